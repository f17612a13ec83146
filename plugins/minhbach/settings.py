"""Settings: read once, at the edge, from pelicanconf.py (or --settings FILE) into a typed object.

The office, its parent body, the authority it reports to, the programme and the document-number
prefixes are settings, with the seed plan's values as defaults (DESIGN.md, "Settings").
"""

from __future__ import annotations

import ast
import contextlib
import runpy
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path

DEFAULT_SETTINGS_FILE = Path("pelicanconf.py")


class SettingsError(Exception):
    """A settings file is missing, unreadable, or lacks a setting (named in the message).

    The message is Vietnamese; ``english`` is what ``--lang en`` prints (Vietnamese when none).
    """

    def __init__(self, message: str, english: str | None = None) -> None:
        super().__init__(message)
        self.english = english

    def text(self, lang: str) -> str:
        return self.english if lang == "en" and self.english else str(self)


@dataclass(frozen=True)
class Settings:
    """What the tool needs to know about the office and programme, with the seed's values."""

    OFFICE_NAME: str = "Phòng Giáo dục và Đào tạo huyện Nhà Bè"
    OFFICE_SHORT_NAME: str = "Phòng GD&ĐT huyện Nhà Bè"
    OFFICE_PHONE: str = "028 3873 4567"
    OFFICE_ADDRESS: str = "Thị trấn Nhà Bè, huyện Nhà Bè, TP. Hồ Chí Minh"
    PARENT_BODY: str = "Ủy ban nhân dân huyện Nhà Bè"
    REPORT_RECIPIENT: str = "Ủy ban nhân dân huyện Nhà Bè"
    PLACE_NAME: str = "Nhà Bè"
    PROGRAM_NAME: str = "Chương trình hỗ trợ trang thiết bị học tập trực tuyến cho học sinh"
    SCHOOL_YEAR: str = "2021-2022"
    PLAN_REFERENCE: str = "Kế hoạch số 949/KH-GDĐT ngày 05/10/2021"
    REPORT_NUMBER_PREFIX: str = "BC-GDĐT"
    # A handover receipt's number when the record's ``document`` is a bare running number: {n} is
    # that number, {school_code} the issuer's abbreviation (the school's short_code, or
    # OFFICE_SHORT_CODE at a district ceremony).
    RECEIPT_NUMBER_PATTERN: str = "{n:03d}/BBBG-{school_code}"
    OFFICE_SHORT_CODE: str = "GDĐT"
    OFFICE_HEADER_NAME: str = "Phòng Giáo dục và Đào tạo"  # the office line of a document heading
    SIGNER_TITLE: str = "TRƯỞNG PHÒNG"
    SIGNER_NAME: str = "Lê Thị Oanh"
    REPORT_COPIES_TO: tuple[str, ...] = ("Như trên;", "Lưu: VT.")
    RECEPTION_BOARDS: tuple[str, ...] = ("Ban tiếp nhận Phòng GD&ĐT",)
    CONTACT_NOTE: str = "Liên hệ giáo viên chủ nhiệm hoặc Phòng GD&ĐT huyện Nhà Bè (028 3873 4567)."
    MASKING_STYLE: str = "initials"
    WAITING_WARNING_DAYS: int = 30
    FOLLOWUP_DUE_DAYS: int = 30  # a follow-up is overdue this many days after a handover
    LOOKUP_SITE_KEY: str = "minhbach-demo-khoa-trang-thay-truoc-khi-dung-that"
    SITEURL: str = ""
    GITHUB_ORGANISATION: str = "phong-gddt-nha-be"  # the owner of the reviewers' teams (CODEOWNERS)
    extra: dict = field(default_factory=dict)


def load_settings(path: Path | None = None, *, required: bool = False) -> Settings:
    """Read settings from a Python file such as pelicanconf.py; defaults where it says nothing."""
    target = path or DEFAULT_SETTINGS_FILE
    if not target.exists():
        if required or path is not None:
            raise SettingsError(
                f"Không tìm thấy tệp cấu hình {target}. Chạy lệnh trong thư mục của kho (nơi có "
                "pelicanconf.py và publishconf.py) hoặc chỉ đúng tệp bằng --settings.",
                f"Settings file {target} not found. Run the command in the repository's folder "
                "(where pelicanconf.py and publishconf.py are) or name the file with --settings.",
            )
        return Settings()
    try:
        with _fresh_siblings(target.resolve().parent):
            namespace = runpy.run_path(str(target))
    except Exception as exc:  # a settings file is code: any error in it is the user's to fix
        raise SettingsError(
            f"Không đọc được tệp cấu hình {target}: {exc}",
            f"Cannot read the settings file {target}: {exc}",
        ) from exc
    known = {f.name for f in fields(Settings)} - {"extra"}
    values = {name: namespace[name] for name in known if name in namespace}
    for name, value in values.items():
        if isinstance(value, list):
            values[name] = tuple(value)
    extra = {k: v for k, v in namespace.items() if k.isupper() and k not in known}
    return Settings(**values, extra=extra)


@contextlib.contextmanager
def _fresh_siblings(folder: Path) -> Iterator[None]:
    """``from pelicanconf import *`` reads the file beside the settings file, as it is now.

    Python would reuse a module imported before (another checkout's pelicanconf.py, or this one
    before ``minhbach init`` rewrote it); the process's modules are put back afterwards.
    """
    names = {path.stem for path in folder.glob("*.py")}
    saved = {name: sys.modules.pop(name) for name in names if name in sys.modules}
    try:
        yield
    finally:
        for name in names:
            sys.modules.pop(name, None)
        sys.modules.update(saved)


def assigned_in(path: Path, *, _depth: int = 0) -> dict[str, Path]:
    """Which file sets each setting that ``path`` ends up with: the file itself, or the settings
    file it takes everything from (``from pelicanconf import *`` in publishconf.py).

    Read from the files' syntax, not by running them: a message can then say where to change a
    value ("SITEURL trong publishconf.py"). A setting set nowhere keeps the software's default.
    """
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return {}
    places: dict[str, Path] = {}
    for statement in tree.body:
        if isinstance(statement, ast.ImportFrom) and any(a.name == "*" for a in statement.names):
            sibling = path.parent / f"{statement.module}.py"
            if statement.module and sibling.is_file() and _depth < 5:
                places.update(assigned_in(sibling, _depth=_depth + 1))
        for name in _assigned_names(statement):
            places[name] = path
    return places


def _assigned_names(statement: ast.stmt) -> list[str]:
    if isinstance(statement, ast.Assign):
        targets = statement.targets
    elif isinstance(statement, ast.AnnAssign):
        targets = [statement.target]
    else:
        return []
    return [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()]
