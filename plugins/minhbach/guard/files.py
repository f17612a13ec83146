"""Reading output/: every file, unpacked from gzip and zip, and the files that may never be there.

Pagefind writes its index as gzip files (``.pf_fragment``, ``.pf_index``); a data download may be
a zip. A file is unpacked by what its bytes are, not by its name. A PDF is read for its text
(``pdf``): its pages, metadata, notes and earlier revisions, compressed in the file.
"""

from __future__ import annotations

import functools
import gzip
import io
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from minhbach.findings import Bilingual
from minhbach.guard.decode import bytes_to_text
from minhbach.guard.pdf import PdfError, looks_like_pdf, read_pdf

_GZIP_MAGIC = b"\x1f\x8b"
PHOTO_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"RIFF")  # JPEG, PNG, WebP
_ZIP_MAGIC = b"PK\x03\x04"
_MAX_UNPACKED = 512 * 1024 * 1024  # a gzip bomb stops the build instead of filling the memory
_MAX_NESTING = 3

# Source, office and personal-data formats: a public site never needs them.
FORBIDDEN_SUFFIXES: dict[str, Bilingual] = {
    suffix: Bilingual(vi, en)
    for suffixes, vi, en in (
        ((".yaml", ".yml"), "tệp hồ sơ YAML", "a YAML records file"),
        (
            (".docx", ".doc", ".odt", ".rtf"),
            "văn bản Word, thường là báo cáo nội bộ",
            "a Word document, usually an internal report",
        ),
        (
            (".xlsx", ".xlsm", ".xls", ".ods"),
            "bảng tính Excel, thường là danh sách nội bộ",
            "a spreadsheet, usually an internal list",
        ),
        ((".py", ".pyc"), "mã nguồn hoặc tệp cấu hình Python", "Python source or settings"),
        (
            (".sqlite", ".db", ".log", ".bak", ".orig", ".swp", ".tmp", ".env", ".pem", ".key"),
            "tệp dữ liệu, nhật ký, bản sao lưu hoặc khóa",
            "a data, log, backup or key file",
        ),
    )
    for suffix in suffixes
}
OPEN_DATA = "du-lieu"  # the folder of the open data (site.opendata.FOLDER)
# An empty .nojekyll is what GitHub Pages asks of some sites; .well-known/ holds security.txt.
ALLOWED_DOTFILES = frozenset({".nojekyll"})
ALLOWED_DOT_FOLDERS = frozenset({".well-known"})
DOTFILE = Bilingual(
    "tệp hoặc thư mục ẩn (tên bắt đầu bằng dấu chấm)",
    "a hidden file or folder (its name starts with a dot)",
)
SYMLINK = Bilingual(
    "liên kết tượng trưng (symlink), có thể trỏ ra ngoài trang công khai",
    "a symbolic link, which may point outside the public site",
)
BACKUP = Bilingual("bản sao lưu của trình soạn thảo", "an editor's backup copy")
REPORTS = Bilingual(
    "giống một tệp trong thư mục báo cáo nội bộ reports/",
    "looks copied from the internal reports folder reports/",
)


@dataclass(frozen=True)
class OutputFile:
    """One file of output/: its path relative to output/ and where to show it."""

    relative: str
    path: Path


@dataclass(frozen=True)
class Text:
    """The text of one file, or of one member of an archive (``data.zip!/list.csv``)."""

    shown: str
    text: str


def walk(output_dir: Path) -> Iterator[OutputFile]:
    """Every file under ``output_dir``, hidden ones included, in a stable order."""
    for dirpath, dirnames, filenames in os.walk(output_dir):
        dirnames.sort()
        base = Path(dirpath)
        # A linked folder is not walked into (it may be records/): it is listed, to be refused.
        linked = [d for d in dirnames if (base / d).is_symlink()]
        for name in sorted([*filenames, *linked]):
            path = base / name
            yield OutputFile(path.relative_to(output_dir).as_posix(), path)


def forbidden(file: OutputFile, report_names: frozenset[str]) -> Bilingual | None:
    """Why ``file`` may never be published, or None."""
    parts = file.relative.split("/")
    name = parts[-1]
    if file.path.is_symlink():
        return SYMLINK
    if any(p.startswith(".") and p not in ALLOWED_DOT_FOLDERS for p in parts[:-1]) or (
        name.startswith(".") and name not in ALLOWED_DOTFILES
    ):
        return DOTFILE
    if name.endswith("~"):
        return BACKUP
    if "reports" in parts[:-1] or name in report_names:
        return REPORTS
    if _open_data_sheet(file):
        return None
    return FORBIDDEN_SUFFIXES.get(Path(name).suffix.lower())


def _open_data_sheet(file: OutputFile) -> bool:
    """``du-lieu/<table>.xlsx`` beside ``du-lieu/<table>.csv``: the open data's Excel copy.

    The build writes one per published table; it is searched like any zip (every cell), only
    not refused for being a spreadsheet. Any other .xlsx anywhere is still refused.
    """
    parts = file.relative.split("/")
    return (
        len(parts) == 2
        and parts[0] == OPEN_DATA
        and parts[1].endswith(".xlsx")
        and file.path.with_suffix(".csv").is_file()
    )


_SEALED = re.compile(
    rb'\{"v": ?1, ?"iv": ?"[A-Za-z0-9+/]{16}", ?"ct": ?"[A-Za-z0-9+/]*={0,2}"\}\n?'
)


def texts(shown: str, data: bytes, depth: int = 0) -> Iterator[Text]:
    """The texts inside ``data``: itself, or what gzip and zip unpack to. Raises ValueError.

    A lookup file that is exactly a sealed envelope (AES-GCM ciphertext in base64, nothing else)
    holds no readable text: searching its random letters would only find numbers by chance (a
    phone number turned up in 120 MB of them). Anything else in such a file is read as usual.
    """
    if depth > _MAX_NESTING:
        raise ValueError("archive nested too deep")
    if _SEALED.fullmatch(data):
        return
    if data.startswith(_GZIP_MAGIC):
        yield from texts(shown, _gunzip(data), depth + 1)
    elif data.startswith(_ZIP_MAGIC):
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise ValueError(str(exc)) from exc
        with archive:
            for member in archive.infolist():
                if member.is_dir():
                    continue
                if member.file_size > _MAX_UNPACKED:
                    raise ValueError(f"{member.filename} is too large to check")
                content = archive.read(member)
                if content in _library_boilerplate():
                    continue
                yield from texts(f"{shown}!/{member.filename}", content, depth + 1)
    elif looks_like_pdf(data, shown):
        try:
            yield Text(shown, read_pdf(data).everything())
        except PdfError as exc:
            raise ValueError(f"PDF: {exc}") from exc
    else:
        yield Text(shown, bytes_to_text(data))


@functools.cache
def _library_boilerplate() -> frozenset[bytes]:
    """Parts a library writes byte for byte the same into every file, holding no data.

    openpyxl's default theme (``xl/theme/theme1.xml``, in every open-data .xlsx) is full of
    numbers such as ``<a:satMod val="135000"/>``: at a province's scale some donation's unit
    value (a SIM plan of 135.000 đồng) is one of them, and the guard refused every workbook. Only a part equal to
    the library's own bytes is skipped; a theme that differs by one byte is searched as before.
    """
    from openpyxl.writer.theme import theme_xml

    return frozenset({theme_xml.encode("utf-8")})


def _gunzip(data: bytes) -> bytes:
    """Decompress every gzip member, refusing more than ``_MAX_UNPACKED`` bytes."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            unpacked = stream.read(_MAX_UNPACKED + 1)
    except (OSError, EOFError) as exc:
        raise ValueError(str(exc) or "damaged gzip data") from exc
    if len(unpacked) > _MAX_UNPACKED:
        raise ValueError("too large to check once unpacked")
    return unpacked


def report_names(reports_dir: Path | None) -> frozenset[str]:
    """Names of the files in the internal reports folder (an output file by such a name is refused)."""
    if reports_dir is None or not reports_dir.is_dir():
        return frozenset()
    return frozenset(
        p.name for p in reports_dir.rglob("*") if p.is_file() and not p.name.startswith(".")
    )
