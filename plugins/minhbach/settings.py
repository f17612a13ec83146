"""Settings: read once, at the edge, from pelicanconf.py (or --settings FILE) into a typed object.

The office, its parent body, the authority it reports to, the programme and the document-number
prefixes are settings, with the seed plan's values as defaults (DESIGN.md, "Settings").
"""

from __future__ import annotations

import runpy
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
    extra: dict = field(default_factory=dict)


def load_settings(path: Path | None = None, *, required: bool = False) -> Settings:
    """Read settings from a Python file such as pelicanconf.py; defaults where it says nothing."""
    target = path or DEFAULT_SETTINGS_FILE
    if not target.exists():
        if required or path is not None:
            raise SettingsError(
                f"Không tìm thấy tệp cấu hình {target}.", f"Settings file {target} not found."
            )
        return Settings()
    try:
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
