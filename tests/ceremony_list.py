"""Filling a ceremony list as a school does after the ceremony, with openpyxl (no tool code).

``minhbach report lists`` writes ``reports/danh-sach/<school>.xlsx``; after the ceremony staff
open it, correct a serial here and there, type the date each family received, put an "x" under
"Đã ký" for those who signed and write who handed over under the table. ``fill`` does exactly
that, finding rows by the "Mã đề xuất" column and columns by their headers, the way a person
reads the sheet. The month's acceptance test and the import tests share it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import MergedCell


@dataclass(frozen=True)
class Filled:
    """What happened to one student at the ceremony. ``serial`` None keeps what the list offers."""

    on: dt.date | str
    serial: str | None = None
    signed: str = "x"
    receiver: str | None = None


def fill(path: Path, filled: dict[str, Filled], handed_by: str, sheet: str | None = None) -> None:
    """Write ``filled`` (nomination id → what happened) into the list at ``path`` and save it."""
    book = openpyxl.load_workbook(path)
    target = book[sheet] if sheet else book.worksheets[0]
    header_row, columns = _header(target)
    seen = set()
    for row in target.iter_rows(min_row=header_row + 1):
        nomination = row[columns["Mã đề xuất"]].value
        if row[0].value == "Người trao (họ tên, chức vụ):":
            next(c for c in row[1:] if not isinstance(c, MergedCell)).value = handed_by
            continue
        if nomination not in filled:
            continue
        what = filled[nomination]
        seen.add(nomination)
        row[columns["Ngày nhận"]].value = what.on
        row[columns["Đã ký (x)"]].value = what.signed
        if what.serial is not None:
            row[columns["Số sê-ri"]].value = what.serial
        if what.receiver is not None:
            row[columns["Người nhận thay (quan hệ)"]].value = what.receiver
    assert seen == set(filled), f"not in the list: {set(filled) - seen}"
    book.save(path)


def offered(path: Path, sheet: str | None = None) -> dict[str, str | None]:
    """nomination id → the serial(s) the list offers (or shows as handed)."""
    book = openpyxl.load_workbook(path)
    target = book[sheet] if sheet else book.worksheets[0]
    header_row, columns = _header(target)
    found = {}
    for row in target.iter_rows(min_row=header_row + 1, values_only=True):
        nomination = row[columns["Mã đề xuất"]]
        if isinstance(nomination, str) and nomination.startswith("dx-"):
            found[nomination] = row[columns["Số sê-ri"]]
    return found


def _header(sheet) -> tuple[int, dict[str, int]]:
    for row in sheet.iter_rows():
        texts = [c.value for c in row]
        if "Mã đề xuất" in texts:
            return row[0].row, {text: i for i, text in enumerate(texts) if text}
    raise AssertionError("no header row in the ceremony list")
