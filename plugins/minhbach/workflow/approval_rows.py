"""Which nominations a decision's spreadsheet names, row by row (``minhbach approve --list``).

Two kinds of list come back to the office. Its own list, with the nominations' ids (``dx-…``)
in a column, names them directly. A school's own list, the one it sent and the office ticked,
names students: each row is matched to the nomination of the same student, as the import matched
duplicates (the student code; else the name and birth date, written the same, then the same
without diacritics). A row that matches no nomination, or two, is an error of that row: the
decision then covers nobody until the list is right.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from minhbach.findings import Finding, finding
from minhbach.records.store import Record
from minhbach.text.fold import fold, tidy
from minhbach.workflow import values
from minhbach.workflow.layout import locate
from minhbach.workflow.readers import Table, read_table

# A nomination's id as ``new`` and ``import`` make them (workflow.ids: "dx" and an opaque part).
_ID = re.compile(r"dx-[a-z0-9]{4,61}")
_NAME, _BIRTH, _CODE = "student.full_name", "student.birth_date", "student.student_code"


@dataclass
class NamedRows:
    """The ids the list names, each with its row; the rows that name nobody, and why."""

    wanted: list[tuple[str, str, tuple[int, int]]] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)
    rows: int = 0  # rows of students (or ids) read


def student_keys(data: dict) -> list[tuple]:
    """The ways a row and a nomination are the same student, surest first."""
    student = data.get("student") or {}
    keys: list[tuple] = []
    code, name, birth = (
        student.get("student_code"),
        student.get("full_name"),
        student.get("birth_date"),
    )
    if isinstance(code, str) and code:
        keys.append(("code", code))
    if isinstance(name, str) and isinstance(birth, str):
        keys.append(("name", tidy(name), birth))
        keys.append(("folded", fold(name), birth))
    return keys


def named_rows(path: Path, nominations: Iterable[Record]) -> NamedRows:
    """The nominations ``path`` names (raises ``readers.UnreadableFile``, ``readers.TooLarge``)."""
    table = read_table(path)
    ids = _id_column(table)
    if ids is not None:
        return _by_id(str(path), table, ids)
    return _by_student(str(path), table, list(nominations))


def _id_column(table: Table) -> int | None:
    """The column holding nominations' ids, if the list has one (the one with the most)."""
    counts: dict[int, int] = defaultdict(int)
    for _, cells in table.rows:
        for index, cell in enumerate(cells):
            if isinstance(cell, str) and _ID.fullmatch(cell.strip()):
                counts[index] += 1
    return max(counts, key=counts.__getitem__) if counts else None


def _by_id(source: str, table: Table, column: int) -> NamedRows:
    named = NamedRows()
    for number, cells in table.rows:
        cell = cells[column] if column < len(cells) else None
        if isinstance(cell, str) and _ID.fullmatch(cell.strip()):
            named.rows += 1
            named.wanted.append((cell.strip(), source, (number, column + 1)))
    return named


def _by_student(source: str, table: Table, nominations: list[Record]) -> NamedRows:
    named = NamedRows()
    layout = locate(table)
    if layout is None or _NAME not in layout.columns:
        named.problems.append(finding(source, (1, 1), "APPROVE-LIST-NO-COLUMNS"))
        return named
    index: dict[tuple, list[Record]] = defaultdict(list)
    for record in nominations:
        for key in student_keys(record.data):
            index[key].append(record)
    for number, cells in layout.data:
        named.rows += 1
        keys = _row_keys(cells, layout.columns)
        matches = next((index[key] for key in keys if index.get(key)), [])
        if len(matches) == 1:
            named.wanted.append((matches[0].id, source, (number, 1)))
        else:
            code = "APPROVE-ROW-AMBIGUOUS" if matches else "APPROVE-ROW-UNMATCHED"
            related = [m.path for m in matches]
            named.problems.append(finding(source, (number, 1), code, related=related, row=number))
    return named


def _row_keys(cells: list[object], columns: dict[str, int]) -> list[tuple]:
    """The row's student as ``student_keys`` reads a nomination (cells that cannot be read as a
    name, date or code give no key: the row then matches nobody and says so)."""

    def cell(name: str) -> object:
        at = columns.get(name)
        return cells[at] if at is not None and at < len(cells) else None

    student: dict[str, str] = {}
    for name, convert in ((_NAME, values.text), (_BIRTH, values.date), (_CODE, values.code)):
        if values.is_blank(cell(name)):
            continue
        try:
            student[name.split(".")[1]] = convert(cell(name))
        except values.CellProblem:
            continue
    return student_keys({"student": student})
