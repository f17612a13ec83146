"""Finding the header of a school's list and the rows of students below it.

Lists open with title rows ("PHÒNG GD&ĐT…", "DANH SÁCH HỌC SINH…"); the header is the row
among the first 30 that names the most known fields. A header may span two rows (a merged
"Cha/mẹ/người giám hộ" over "Họ tên | SĐT"): each column's header is then the texts of the
header rows joined, so "Cha/mẹ/người giám hộ Họ tên" names the guardian, not the student.
Below the header, blank rows and rows holding only an STT number are skipped, and a
closing line ("Tổng cộng", "Người lập biểu") ends the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minhbach.text.fold import fold
from minhbach.workflow.columns import STT, header_score, match_headers
from minhbach.workflow.readers import Table

HEADER_SEARCH_ROWS = 30
MIN_HEADER_FIELDS = 2
_PLACE_AND_DATE = re.compile(r"\bngay( \d+)? thang( \d+)? nam\b")
_FOOTER_STARTS = (
    "tong cong",
    "tong so",
    "cong ",
    "nguoi lap",
    "hieu truong",
    "xac nhan",
    "ngay thang nam",
)


@dataclass
class Layout:
    header_row: int  # row number (1-based) where the header starts
    headers: list[str]  # one per column, multi-row headers joined
    columns: dict[str, int]  # field → column index (0-based)
    unused: list[str]  # headers that name no field we know
    data: list[tuple[int, list[object]]]  # the student rows


def locate(table: Table) -> Layout | None:
    """The header and data rows of ``table``; None if no row looks like a header."""
    best_index, best_score = -1, 0
    for index, (_, cells) in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        score = header_score([_text(c) for c in cells])
        if score > best_score:
            best_index, best_score = index, score
    if best_score < MIN_HEADER_FIELDS:
        return None
    header_number = table.rows[best_index][0]
    last = _header_end(table, header_number)
    block = [cells for number, cells in table.rows if header_number <= number <= last]
    width = max(len(cells) for cells in block)
    headers = [
        _join_header([_text(cells[i]) if i < len(cells) else "" for cells in block])
        for i in range(width)
    ]
    columns, unused = match_headers(headers)
    data = [(n, cells) for n, cells in table.rows if n > last]
    return Layout(
        header_number, headers, columns, unused, _student_rows(data, columns, table.uncalculated)
    )


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _header_end(table: Table, header_number: int) -> int:
    """The last header row: the bottom of merges that start on the header row, or the row under
    a horizontally merged header cell (which holds its sub-headers)."""
    last = header_number
    for min_row, min_col, max_row, max_col in table.merges:
        if min_row == header_number:
            last = max(last, max_row)
            if max_col > min_col and max_row == min_row:
                last = max(last, header_number + 1)
    return last


def _join_header(parts: list[str]) -> str:
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return " ".join(seen)


def _student_rows(
    rows: list[tuple[int, list[object]]],
    columns: dict[str, int],
    uncalculated: set[tuple[int, int]],
) -> list[tuple[int, list[object]]]:
    """Rows with a value in a known column (a formula without a value counts: it gets an error)."""
    used = [i for f, i in columns.items() if f != STT]
    kept = []
    for number, cells in rows:
        values = [_text(cells[i]) if i < len(cells) else "" for i in used]
        values += ["=" for i in used if (number, i + 1) in uncalculated]
        first = next((_text(c) for c in cells if _text(c)), "")
        if first and is_footer(first) and not _has_name(cells, columns):
            break
        if any(values):
            kept.append((number, cells))
    return kept


def is_footer(text: str) -> bool:
    """Whether a row starting with ``text`` closes a list (a total, a signature, a date line)."""
    folded = fold(text)
    return folded.startswith(_FOOTER_STARTS) or bool(_PLACE_AND_DATE.search(folded))


def _has_name(cells: list[object], columns: dict[str, int]) -> bool:
    index = columns.get("student.full_name")
    if index is None or index >= len(cells):
        return False
    value = _text(cells[index])
    return bool(value) and not is_footer(value)
