"""``minhbach import``: a school's list of students → one nomination (đề xuất) file per student.

All or nothing (DESIGN.md, "Decisions", "Import"): every row is converted and every resulting
record checked with the real validator, together with the records already there, before any file
is written; one row with an error and nothing is written. A row for a student who is already
nominated (same student code, or same name and birth date) is skipped and reported, so a
corrected list can be imported again. Files are written into a hidden folder first and then
linked into place, each refusing to replace an existing file.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from minhbach.checks import run_checks
from minhbach.checks.context import CheckContext
from minhbach.findings import Bilingual, Finding, Severity, finding
from minhbach.formats import number as grouped
from minhbach.records import yaml_strict
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import Record, display_path, load_records
from minhbach.text.fold import fold
from minhbach.workflow.columns import FEMALE_MARK, MALE_MARK, missing_columns
from minhbach.workflow.ids import new_lookup_code, new_opaque_id
from minhbach.workflow.layout import Layout, locate
from minhbach.workflow.readers import Table, TooLarge, read_table
from minhbach.workflow.rows import DEFAULT_RELATION, CellError, Converted, convert_row
from minhbach.workflow.yaml_out import dump_record

Status = Literal["created", "skipped", "error"]


class UnknownSchool(Exception):
    """``--school`` names no school of the records folder (bad usage)."""


@dataclass
class RowOutcome:
    """What became of one row: the record it created, why it was skipped, or its errors."""

    row: int
    status: Status
    record_id: str | None = None
    path: str | None = None
    findings: list[Finding] = field(default_factory=list)


@dataclass
class ImportResult:
    source: str
    sheet: str = ""
    encoding: str | None = None
    header_row: int | None = None
    headers: list[str] = field(default_factory=list)
    unused_headers: list[str] = field(default_factory=list)
    defaulted_relation: bool = False
    file_findings: list[Finding] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.file_findings and not any(r.status == "error" for r in self.rows)

    def count(self, status: Status) -> int:
        return sum(1 for r in self.rows if r.status == status)


@dataclass
class _Pending:
    outcome: RowOutcome
    record: Record
    relative: str
    text: str


def import_file(
    path: Path,
    folder: Path,
    school: str,
    *,
    today: dt.date,
    dry_run: bool = False,
    display_root: str | None = None,
    schemas: SchemaSet | None = None,
    rng: random.Random | None = None,
) -> ImportResult:
    """Import ``path`` into ``folder`` as nominations of ``school``; see the module docstring."""
    if not (folder / "schools" / f"{school}.yaml").is_file():
        raise UnknownSchool(school)
    schemas = schemas or SchemaSet.from_folder()
    root = display_root if display_root is not None else str(folder)
    try:
        table = read_table(path)
    except TooLarge as refused:
        result = ImportResult(str(path))
        params = {name: _bilingual_number(value) for name, value in refused.params}
        result.file_findings.append(finding(str(path), (1, 1), refused.code, **params))
        return result
    result = ImportResult(str(path), table.name, table.encoding)
    layout = locate(table)
    if layout is None:
        result.file_findings.append(finding(str(path), (1, 1), "IMPORT-NO-HEADER"))
        return result
    result.header_row, result.unused_headers = layout.header_row, layout.unused
    result.headers = layout.headers
    result.defaulted_relation = "guardian.relation" not in layout.columns
    result.file_findings.extend(_column_findings(str(path), layout))
    if result.file_findings:
        return result

    existing = load_records(folder, schemas, root)
    pending = _convert_rows(
        str(path), table, layout, school, today, existing.records, schemas, root, rng, result
    )
    _validate(pending, existing, schemas, today, layout, str(path))
    if result.ok and not dry_run and pending:
        _write_all(folder, [(p.relative, p.text) for p in pending])
        result.written = True
    return result


def _bilingual_number(value: object) -> object:
    """``1024`` → 1.024 in Vietnamese, 1,024 in English."""
    if not isinstance(value, int):
        return value
    return Bilingual(grouped(value), f"{value:,}")


def _column_findings(source: str, layout: Layout) -> list[Finding]:
    found = ", ".join(f"“{h}”" for h in layout.headers if h) or "(không có)"
    missing = missing_columns(layout.columns)
    if not {"student.gender", FEMALE_MARK, MALE_MARK} & set(layout.columns):
        missing.append("student.gender")
    missing += [f for f in ("categories", "needs") if f not in layout.columns]
    return [
        finding(source, (layout.header_row, 1), "IMPORT-MISSING-COLUMN", field=name, found=found)
        for name in missing
    ]


def _student_keys(data: dict) -> list[tuple]:
    """The ways two rows can be the same child: the student code; the folded name and birth date."""
    student = data.get("student") or {}
    keys: list[tuple] = []
    if isinstance(student.get("student_code"), str):
        keys.append(("code", student["student_code"]))
    if isinstance(student.get("full_name"), str) and isinstance(student.get("birth_date"), str):
        keys.append(("name", fold(student["full_name"]), student["birth_date"]))
    return keys


def _convert_rows(
    source: str,
    table: Table,
    layout: Layout,
    school: str,
    today: dt.date,
    existing: list[Record],
    schemas: SchemaSet,
    root: str,
    rng: random.Random | None,
    result: ImportResult,
) -> list[_Pending]:
    known: dict[tuple, str] = {}
    for record in existing:
        if record.type == "nomination":
            for key in _student_keys(record.data):
                known.setdefault(key, record.path)
    taken_ids = {r.id for r in existing if r.type == "nomination"}
    taken_codes = {r.data.get("lookup_code") for r in existing}
    seen_rows: dict[tuple, int] = {}
    pending: list[_Pending] = []
    shape = schemas.shapes["nomination"]
    for number, cells in layout.data:
        uncalculated = {c - 1 for (r, c) in table.uncalculated if r == number}
        converted = convert_row(cells, layout.columns, uncalculated)
        outcome = RowOutcome(number, "created")
        result.rows.append(outcome)
        if converted.errors:
            outcome.status = "error"
            outcome.findings = _cell_findings(source, number, converted.errors, "error")
            continue
        keys = _student_keys(converted.data)
        if _skip_duplicate(source, number, keys, known, seen_rows, outcome):
            continue
        outcome.findings = _cell_findings(source, number, converted.warnings, "warning")
        for key in keys:
            seen_rows[key] = number
        record_id = new_opaque_id("nomination", taken_ids, rng)
        taken_ids.add(record_id)
        code = new_lookup_code(taken_codes, rng)
        taken_codes.add(code)
        data = _nomination(converted, record_id, school, today, code)
        relative = f"nominations/{school}/{record_id}.yaml"
        text = dump_record(data, shape)
        loaded = yaml_strict.load(text.encode("utf-8"), shape)
        shown = display_path(root, relative)
        record = Record("nomination", record_id, shown, loaded.data or {}, loaded.locations, school)
        outcome.record_id, outcome.path = record_id, shown
        pending.append(_Pending(outcome, record, relative, text))
    return pending


def _cell_findings(
    source: str, number: int, problems: list[CellError], severity: Severity
) -> list[Finding]:
    return [
        finding(
            source,
            (number, (p.column or 0) + 1),
            p.code,
            severity=severity,
            field=p.field,
            **dict(p.params),
        )
        for p in problems
    ]


def _skip_duplicate(
    source: str,
    number: int,
    keys: list[tuple],
    known: dict[tuple, str],
    seen_rows: dict[tuple, int],
    outcome: RowOutcome,
) -> bool:
    for key in keys:
        if key in known:
            outcome.status = "skipped"
            outcome.findings = [
                finding(
                    source,
                    (number, 1),
                    "IMPORT-ALREADY-NOMINATED",
                    severity="warning",
                    related=[known[key]],
                    other=known[key],
                )
            ]
            return True
        if key in seen_rows:
            outcome.status = "skipped"
            outcome.findings = [
                finding(
                    source,
                    (number, 1),
                    "IMPORT-DUPLICATE-ROW",
                    severity="warning",
                    other_row=seen_rows[key],
                )
            ]
            return True
    return False


def _nomination(
    converted: Converted, record_id: str, school: str, today: dt.date, code: str
) -> dict:
    row = converted.data
    guardian = dict(row["guardian"])
    guardian.setdefault("relation", DEFAULT_RELATION)
    data = {
        "id": record_id,
        "school": school,
        "nominated_on": row.get("nominated_on", today.isoformat()),
        "student": row["student"],
        "guardian": guardian,
        "categories": row["categories"],
        "needs": row["needs"],
        "status": "de-xuat",
        "consent": _consent(row.get("consent", {}), row.get("nominated_on", today.isoformat())),
        "lookup_code": code,
    }
    for optional in ("circumstances", "note"):
        if optional in row:
            data[optional] = row[optional]
    return data


def _consent(given: dict, nominated_on: str) -> dict:
    """False/false unless the list says otherwise; consent given on the list without its own date
    is recorded on the nomination's date (the school vouches for it as of that list)."""
    consent = {"guardian": given.get("guardian", False), "child": given.get("child", False)}
    if "recorded_on" in given:
        consent["recorded_on"] = given["recorded_on"]
    elif consent["guardian"] or consent["child"]:
        consent["recorded_on"] = nominated_on
    return consent


def _validate(
    pending: list[_Pending],
    existing,
    schemas: SchemaSet,
    today: dt.date,
    layout: Layout,
    source: str,
) -> None:
    """Run every check on the old and new records together; keep what concerns the new ones."""
    if not pending:
        return
    by_path = {p.record.path: p for p in pending}
    checked = run_checks(
        [*existing.records, *(p.record for p in pending)],
        existing.findings,
        schemas,
        CheckContext(as_of=today),
        unparsed=existing.unparsed,
    )
    for item in checked.findings:
        target = by_path.get(item.path) or next(
            (by_path[r] for r in item.related if r in by_path), None
        )
        if target is None:
            continue
        outcome = target.outcome
        column = layout.columns.get(_field_key(item.field))
        outcome.findings.append(
            Finding(
                source,
                outcome.row,
                (column or 0) + 1,
                item.severity,
                item.code,
                item.field,
                item.params,
                item.related,
            )
        )
        if item.severity == "error":
            outcome.status = "error"


def _field_key(field_name: str | None) -> str:
    """``needs[0].kind`` → ``needs``: the column a field came from."""
    if not field_name:
        return ""
    return field_name.split("[")[0]


def _write_all(folder: Path, files: list[tuple[str, str]]) -> None:
    """Write every file, or none: into a hidden folder first, then linked into place (never over
    an existing file); on any failure the files already placed are removed again."""
    staging = Path(tempfile.mkdtemp(prefix=".minhbach-import-", dir=folder))
    placed: list[Path] = []
    try:
        for relative, text in files:
            staged = staging / relative.replace("/", "__")
            staged.write_text(text, encoding="utf-8")
        for relative, _ in files:
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(
                staging / relative.replace("/", "__"), target
            )  # FileExistsError: never overwrite
            placed.append(target)
    except BaseException:
        for target in placed:
            target.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
