"""``minhbach import LIST.xlsx`` for a ceremony list: each signed row → one handover (bàn giao).

``minhbach report lists`` writes the list (``reports.lists``); staff print it, hold the
ceremony, then type into the file what happened: the serial of each device given (the list
offers one the ledger places at the school), the date received, an "x" under "Đã ký" for each
student who signed, and who handed over. The list is recognised by its hidden marker sheet, not
by guessing; it names each sheet's school and header row, and the columns are found by header.

As for a school's list (``importer``), all or nothing: every signed row becomes a handover
checked with the real validator together with the records already there; one row with an error
and nothing is written. A row whose student already has a handover is skipped (the list can be
imported again after a correction); an unsigned row is left for the next ceremony. The handover
takes its devices from the school (``from`` is left at its default), each from the source the
ledger finds there (``stock``), and is numbered after the school's last biên bản.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from minhbach.checks import run_checks
from minhbach.checks.context import CheckContext
from minhbach.erasure.tombstone import is_forgotten
from minhbach.findings import Finding, finding
from minhbach.ledger import compute
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import Record, RecordSet, load_records
from minhbach.reports import lists
from minhbach.text.fold import fold
from minhbach.workflow import values
from minhbach.workflow.batch import (
    ImportResult,
    Pending,
    RowOutcome,
    check_pending,
    file_digest,
    pending_record,
    row_rng,
    write_all,
)
from minhbach.workflow.dates import DateProblem, parse_date
from minhbach.workflow.ids import new_opaque_id
from minhbach.workflow.layout import is_footer
from minhbach.workflow.readers import Table, has_sheet, read_sheets
from minhbach.workflow.stock import Stock, stock_at, waiting_needs

# The columns a filled-in list must still have, and the handover field each one gives.
NEEDED = ("nomination", "receiver", "serial", "received_on", "signed")
FIELD_COLUMN = {
    "nomination": "nomination",
    "on": "received_on",
    "received_by": "receiver",
    "items": "serial",
    "handed_by": None,
    "document": None,
}
_RECEIVER = re.compile(r"(?P<name>[^()]+?)\s*\((?P<relation>[^()]+)\)")
_SERIALS = re.compile(r"[,;\n]+")
_DOCUMENT = re.compile(r"(\d+)(/.+)")


class NotInList(Exception):
    """``--school`` names a school the ceremony list has no sheet for (bad usage)."""

    def __init__(self, school: str, schools: list[str]) -> None:
        super().__init__(school)
        self.school = school
        self.schools = schools


@dataclass(frozen=True)
class ListSheet:
    """One school's sheet of a ceremony list: its rows and where its columns are."""

    table: Table
    school: str
    header_row: int
    columns: dict[str, int]  # column key (``reports.lists.COLUMNS``) → 0-based index


def is_ceremony_list(path: Path) -> bool:
    """Whether ``path`` is a list ``minhbach report lists`` wrote (it has the marker sheet)."""
    return path.suffix.lower() in (".xlsx", ".xlsm") and has_sheet(path, lists.MARKER_SHEET)


def import_ceremony(
    path: Path,
    folder: Path,
    *,
    today: dt.date,
    school: str | None = None,
    dry_run: bool = False,
    display_root: str | None = None,
    schemas: SchemaSet | None = None,
) -> ImportResult:
    """Import the signed rows of the ceremony list ``path`` into ``folder`` as handovers."""
    schemas = schemas or SchemaSet.from_folder()
    root = display_root if display_root is not None else str(folder)
    source = str(path)
    result = ImportResult(source, "handovers")
    tables = read_sheets(path)
    sheets, problems = _sheets(source, tables)
    result.file_findings += problems
    if school is not None:
        chosen = [s for s in sheets if s.school == school]
        if not chosen and not problems:
            raise NotInList(school, sorted({s.school for s in sheets}))
        sheets = chosen
    if result.file_findings:
        return result
    result.headers = list(lists.HEADER)
    existing = load_records(folder, schemas, root)
    valid = run_checks(
        existing.records, existing.findings, schemas, CheckContext(as_of=today)
    ).valid
    ledger = compute(valid)
    content = file_digest(path)
    pending: list[Pending] = []
    for sheet in sheets:
        if not valid.exists("school", sheet.school):
            result.file_findings.append(
                finding(source, (1, 1), "CEREMONY-UNKNOWN-SCHOOL", school=sheet.school)
            )
            continue
        reader = _SheetReader(source, sheet, valid, stock_at(ledger, sheet.school), result)
        signed = reader.signed_rows()
        if signed and reader.handed_by is None:
            result.file_findings.append(reader.no_handed_by())
        for number, cells in signed:
            made = reader.handover(number, cells)
            if made is None:
                continue
            outcome, data = made
            taken = reader.taken_ids | {p.record.id for p in pending}
            rng = row_rng(content, sheet.table.name, number)
            data = {"id": new_opaque_id("handover", taken, rng), **data}
            relative = f"handovers/{sheet.school}/{data['id']}.yaml"
            made = pending_record(outcome, "handover", data, relative, schemas, root, sheet.school)
            reader.handed[data["nomination"]] = [made.record.path]
            pending.append(made)
    check_pending(pending, existing, schemas, today, source, _column_of)
    if result.ok and not dry_run and pending:
        write_all(folder, [(p.relative, p.text) for p in pending])
        result.written = True
    return result


def _column_of(pending: Pending, field_name: str | None) -> int | None:
    key = FIELD_COLUMN.get((field_name or "").split("[")[0].split(".")[0])
    return lists.COLUMN[key] if key else None


def _sheets(source: str, tables: list[Table]) -> tuple[list[ListSheet], list[Finding]]:
    """The list's sheets as its marker names them; findings for a marker or header not as written."""
    by_title = {table.name: table for table in tables}
    marker = by_title.get(lists.MARKER_SHEET)
    rows = [cells for _, cells in marker.rows] if marker else []
    if not rows or rows[0][:1] != [lists.MARKER]:
        return [], [finding(source, (1, 1), "CEREMONY-MARKER")]
    if rows[0][1:2] != [lists.MARKER_VERSION]:
        return [], [finding(source, (1, 1), "CEREMONY-MARKER")]
    sheets: list[ListSheet] = []
    problems: list[Finding] = []
    wanted = {fold(header): key for key, header, _ in lists.COLUMNS}
    for cells in rows[1:]:
        title, school, header_row = (list(cells) + [None] * 3)[:3]
        table = by_title.get(str(title))
        if table is None or not isinstance(header_row, int) or not isinstance(school, str):
            problems.append(finding(source, (1, 1), "CEREMONY-SHEET-MISSING", sheet=str(title)))
            continue
        header = next((cells for number, cells in table.rows if number == header_row), [])
        columns = {}
        for index, text in enumerate(header):
            key = wanted.get(fold(str(text))) if text is not None else None
            if key is not None:
                columns.setdefault(key, index)
        for key in NEEDED:
            if key not in columns:
                problems.append(
                    finding(
                        source,
                        (header_row, 1),
                        "CEREMONY-MISSING-COLUMN",
                        sheet=table.name,
                        column=lists.HEADER[lists.COLUMN[key]],
                    )
                )
        sheets.append(ListSheet(table, school, header_row, columns))
    return sheets, problems


class _SheetReader:
    """The rows of one school's sheet → handover data, problems to their rows and columns."""

    def __init__(
        self, source: str, sheet: ListSheet, records: RecordSet, stock: Stock, result: ImportResult
    ) -> None:
        self.source = source
        self.sheet = sheet
        self.records = records
        self.stock = stock
        self.result = result
        self.taken_ids = set(records.ids("handover"))
        self.handed: dict[str, list[str]] = {}
        for handover in records.of("handover"):
            self.handed.setdefault(handover.data["nomination"], []).append(handover.path)
        self.documents = _next_documents(records, sheet.school)
        self.handed_by = self._handed_by()

    def cell(self, cells: list[object], key: str) -> object:
        index = self.sheet.columns.get(key)
        value = cells[index] if index is not None and index < len(cells) else None
        return None if values.is_blank(value) else value

    def signed_rows(self) -> list[tuple[int, list[object]]]:
        """The table's rows marked as signed; a waiting student's unmarked row is counted only.

        The table ends at the "Người trao" line, or at a closing line (a total, a signature),
        whichever comes first: a blank row inside the table does not end it.
        """
        signed, unsigned = [], 0
        for number, cells in self.sheet.table.rows:
            if number <= self.sheet.header_row:
                continue
            if number == self.handed_by_row or _closes(cells):
                break
            mark, nomination = self.cell(cells, "signed"), self.cell(cells, "nomination")
            if mark is None:
                unsigned += nomination is not None and str(nomination).strip() not in self.handed
                continue
            signed.append((number, cells))
        if unsigned:
            self.result.notes.append(
                ("CEREMONY-NOTE-UNSIGNED", {"count": unsigned, "sheet": self.sheet.table.name})
            )
        return signed

    def handover(self, number: int, cells: list[object]) -> tuple[RowOutcome, dict] | None:
        """The new handover of a signed row, or None (the row's outcome says why)."""
        outcome = RowOutcome(number, "created", sheet=self.sheet.table.name)
        self.result.rows.append(outcome)
        problems: list[tuple[str, str | None, dict]] = []  # (code, column key, params)
        try:
            if not values.signed(self.cell(cells, "signed")):
                self.result.rows.remove(outcome)
                return None
        except values.CellProblem as problem:
            problems.append((problem.code, "signed", problem.params))
        nomination = self._nomination(cells, problems)
        if nomination is not None and nomination.id in self.handed:
            outcome.status = "skipped"
            outcome.findings.append(
                finding(
                    self.source,
                    (number, lists.COLUMN["nomination"] + 1),
                    "CEREMONY-ALREADY-HANDED",
                    severity="warning",
                    related=self.handed[nomination.id],
                    other=", ".join(self.handed[nomination.id]),
                )
            )
            return None
        on = self._date(cells, problems)
        receiver = self._receiver(cells, problems)
        items: list[dict] = []
        if nomination is not None and not problems:
            serials = [s.strip() for s in _SERIALS.split(str(self.cell(cells, "serial") or ""))]
            items, taken = self.stock.take(
                number, waiting_needs(nomination.data), [s for s in serials if s]
            )
            problems += [(p.code, p.column, dict(p.params)) for p in taken]
        if problems or nomination is None or self.handed_by is None:
            outcome.status = "error"
            outcome.findings += [self._finding(number, *problem) for problem in problems]
            return None
        data = {
            "school": self.sheet.school,
            "nomination": nomination.id,
            "on": on,
            "items": items,
            "handed_by": self.handed_by,
            "received_by": receiver,
            "document": next(self.documents),
        }
        outcome.summary = {"items": items, "on": on, "document": data["document"]}
        return outcome, data

    def _finding(self, number: int, code: str, key: str, params: dict) -> Finding:
        field = {"received_on": "on", "receiver": "received_by", "serial": "items"}.get(key, key)
        return finding(
            self.source,
            (number, lists.COLUMN[key] + 1),
            code,
            field=field,
            column=lists.HEADER[lists.COLUMN[key]],
            **params,
        )

    def no_handed_by(self) -> Finding:
        """The list was signed but nobody is named as handing over (a file problem, said once)."""
        return finding(
            self.source,
            (self.handed_by_row or self.sheet.header_row, 1),
            "CEREMONY-NO-HANDED-BY",
            field="handed_by",
            sheet=self.sheet.table.name,
            label=lists.HANDED_BY_LABEL,
        )

    def _nomination(self, cells: list[object], problems: list) -> Record | None:
        written = self.cell(cells, "nomination")
        if written is None:
            problems.append(("CEREMONY-NO-NOMINATION", "nomination", {}))
            return None
        nomination = self.records.get("nomination", str(written).strip())
        if nomination is None or nomination.data["school"] != self.sheet.school:
            problems.append(("CEREMONY-UNKNOWN-NOMINATION", "nomination", {"written": written}))
            return None
        if is_forgotten(nomination.data):
            problems.append(("CEREMONY-ERASED", "nomination", {"nomination": nomination.id}))
            return None
        if nomination.data["status"] != "da-duyet":
            problems.append(("CEREMONY-NOT-APPROVED", "nomination", {"nomination": nomination.id}))
            return None
        return nomination

    def _date(self, cells: list[object], problems: list) -> str | None:
        written = self.cell(cells, "received_on")
        if written is None:
            problems.append(("IMPORT-MISSING-VALUE", "received_on", {}))
            return None
        try:
            return parse_date(written).isoformat()
        except DateProblem as problem:
            problems.append((problem.code, "received_on", dict(problem.params)))
            return None

    def _receiver(self, cells: list[object], problems: list) -> dict | None:
        written = self.cell(cells, "receiver")
        if written is None:
            problems.append(("IMPORT-MISSING-VALUE", "receiver", {}))
            return None
        match = _RECEIVER.fullmatch(_plain(written))
        if match is None:
            problems.append(("CEREMONY-RECEIVER", "receiver", {}))
            return None
        return {"name": match["name"].strip(), "relation": match["relation"].strip()}

    def _handed_by(self) -> str | None:
        """The value written beside the "Người trao" label under the table."""
        label = fold(lists.HANDED_BY_LABEL)
        self.handed_by_row: int | None = None
        for number, cells in self.sheet.table.rows:
            if number <= self.sheet.header_row:
                continue
            texts = [_plain(c) for c in cells if not values.is_blank(c)]
            if texts and fold(texts[0]) == label:
                self.handed_by_row = number
                return next((t for t in texts[1:] if fold(t) != label), None)
        return None


def _closes(cells: list[object]) -> bool:
    first = next((_plain(c) for c in cells if not values.is_blank(c)), "")
    return bool(first) and is_footer(first)


def _plain(value: object) -> str:
    """A cell as one line of text, whatever its type (a date typed in the wrong cell included)."""
    if isinstance(value, dt.datetime | dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _next_documents(records: RecordSet, school: str):
    """Biên bản numbers after the school's last one: ``007/BBBG-TH-AN`` → ``008/BBBG-TH-AN``."""
    last, suffix = 0, f"/BBBG-{school.upper()}"
    for handover in records.of("handover"):
        if handover.data["school"] != school or handover.data.get("from") == "office":
            continue
        match = _DOCUMENT.fullmatch(str(handover.data.get("document", "")))
        if match and int(match[1]) >= last:
            last, suffix = int(match[1]), match[2]
    while True:
        last += 1
        yield f"{last:03d}{suffix}"
