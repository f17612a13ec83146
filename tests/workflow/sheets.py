"""Builders for the workflow tests: a records folder with one school, real .xlsx and CSV lists."""

from __future__ import annotations

import datetime as dt
import struct
import zipfile
import zlib
from pathlib import Path

import openpyxl

from helpers import write

SCHOOL = """
id: th-an-phu
name: Trường Tiểu học An Phú
level: tieu-hoc
commune: phuoc-kien
"""

HEADER = [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Lớp",
    "Mã học sinh",
    "Họ tên cha/mẹ/người giám hộ",
    "Số điện thoại",
    "Đối tượng",
    "Nhu cầu",
]


def school_folder(folder: Path) -> Path:
    write(folder, "schools/th-an-phu.yaml", SCHOOL)
    return folder


def student_row(number: int, **changes: object) -> list[object]:
    row = {
        "stt": number,
        "name": f"Nguyễn Văn Số {number}",
        "birth": dt.datetime(2012, 5, 3),
        "gender": "Nam",
        "class": "5A",
        "code": str(7900000000 + number),
        "guardian": "Trần Thị Bình",
        "phone": "0909123456",
        "category": "Mồ côi cha",
        "need": "Máy tính bảng",
    }
    row.update(changes)
    return list(row.values())


def write_xlsx(
    path: Path, rows: list[list[object]], header: list[str] = HEADER, title_rows: int = 0
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for index in range(title_rows):
        sheet.append([f"DÒNG TIÊU ĐỀ {index + 1}"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def nominations(folder: Path) -> list[Path]:
    return sorted((folder / "nominations").rglob("*.yaml"))


def declare_size(path: Path, member: str, size: int) -> Path:
    """Make the zip's directory promise that ``member`` unpacks to ``size`` bytes: what a zip
    bomb promises, without the minutes it takes to compress that much for real."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + length] == name:
            data[at + 24 : at + 28] = size.to_bytes(4, "little")
            path.write_bytes(bytes(data))
            return path
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"{member} is not in {path}")


def with_member(path: Path, member: str, content: bytes) -> Path:
    """The workbook at ``path`` with ``member`` replaced (or added), deflated like Excel does."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[member] = content
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def sheet_xml(rows: int, columns: int) -> bytes:
    """A worksheet's XML with ``rows`` × ``columns`` small text cells (fast to build, unlike
    openpyxl cell by cell)."""
    letters = [chr(ord("A") + index) for index in range(columns)]
    body = "".join(
        f'<row r="{row}">'
        + "".join(f'<c r="{letter}{row}" t="inlineStr"><is><t>x</t></is></c>' for letter in letters)
        + "</row>"
        for row in range(1, rows + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{body}</sheetData></worksheet>"
    ).encode()


def inflating_workbook(path: Path, inflated: int) -> Path:
    """A real zip bomb: a valid workbook whose sheet truly unpacks to ``inflated`` bytes (its
    CRC right), built in well under a second. Deflate restarted at each megabyte (a full flush)
    gives the same bytes for each megabyte of blanks, so they are compressed once and repeated.
    """
    write_xlsx(path, [student_row(1)])
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    megabyte = b" " * (1 << 20)
    head = b'<?xml version="1.0"?><worksheet><sheetData>'
    tail = b"</sheetData></worksheet>"
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    repeated = packer.compress(megabyte) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(tail) + packer.flush()
    count = inflated // len(megabyte)
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(megabyte, crc)
    bomb = (
        first + repeated * count + last,
        zlib.crc32(tail, crc),
        len(head) + count * len(megabyte) + len(tail),
    )
    entries = []
    for name, data in parts:
        if name == "xl/worksheets/sheet1.xml":
            entries.append((name, *bomb))
        else:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            entries.append(
                (name, packer.compress(data) + packer.flush(), zlib.crc32(data), len(data))
            )
    _write_zip(path, entries)
    return path


def _write_zip(path: Path, entries: list[tuple[str, bytes, int, int]]) -> None:
    """Deflated entries (name, compressed bytes, CRC, unpacked size) as a zip file."""
    local, central = bytearray(), bytearray()
    for name, packed, crc, size in entries:
        encoded = name.encode()
        fields = (20, 0, 8, 0, 0x21, crc, len(packed), size, len(encoded))
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0, len(local))
        central += encoded
        local += struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields, 0) + encoded + packed
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(local), 0
    )
    path.write_bytes(bytes(local + central + end))
