"""Builders for the workflow tests: a records folder with one school, real .xlsx and CSV lists."""

from __future__ import annotations

import datetime as dt
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
