"""``minhbach import``: a school's list of students → one nomination (đề xuất) file per student.

All or nothing (DESIGN.md, "Decisions", "Import"): every row is converted and every resulting
record checked with the real validator, together with the records already there, before any file
is written; one row with an error and nothing is written. A row for a student who is already
nominated (same student code, or same name and birth date) is skipped and reported, so a
corrected list can be imported again. Files are written into a hidden folder first and then
linked into place, each refusing to replace an existing file (``batch``).

Messages name a column by the list's own header (``columns.header_name``), and the file-wide
notes say how a missing column was filled in (the relation, a single consent column).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from minhbach.findings import Bilingual, Finding, Severity, finding
from minhbach.formats import number as grouped
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import Record, load_records
from minhbach.text.fold import fold
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
from minhbach.workflow.columns import (
    CONSENT_BOTH,
    FEMALE_MARK,
    MALE_MARK,
    column_for,
    header_name,
    missing_columns,
    template_header,
)
from minhbach.workflow.ids import new_lookup_code, new_opaque_id
from minhbach.workflow.layout import Layout, locate
from minhbach.workflow.readers import Table, TooLarge, read_table
from minhbach.workflow.rows import DEFAULT_RELATION, CellError, Converted, convert_row

__all__ = ["ImportResult", "RowOutcome", "UnknownSchool", "import_file"]


class UnknownSchool(Exception):
    """``--school`` names no school of the records folder (bad usage)."""


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
    """Import ``path`` into ``folder`` as nominations of ``school``; see the module docstring.

    Ids follow from the file's content and row (the dry run shows the ids then written); lookup
    codes are random (``rng`` only makes them reproducible in tests).
    """
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
    result = ImportResult(str(path), "nominations", table.name, table.encoding)
    layout = locate(table)
    if layout is None:
        result.file_findings.append(finding(str(path), (1, 1), "IMPORT-NO-HEADER"))
        return result
    result.header_row, result.unused_headers = layout.header_row, layout.unused
    result.headers = layout.headers
    result.notes = _notes(layout)
    result.file_findings.extend(_column_findings(str(path), layout))
    if result.file_findings:
        return result

    existing = load_records(folder, schemas, root)
    content = file_digest(path)
    pending = _convert_rows(
        str(path),
        table,
        layout,
        school,
        today,
        existing.records,
        schemas,
        root,
        result,
        lambda number: row_rng(content, school, number),
        rng,
    )
    check_pending(
        pending,
        existing,
        schemas,
        today,
        str(path),
        lambda _pending, name: column_for(name, layout.columns),
    )
    if result.ok and not dry_run and pending:
        write_all(folder, [(p.relative, p.text) for p in pending])
        result.written = True
    return result


def _notes(layout: Layout) -> list[tuple[str, dict]]:
    """What the user should know about the columns as a whole (see messages/workflow.py)."""
    notes: list[tuple[str, dict]] = []
    columns = layout.columns
    if "guardian.relation" not in columns:
        notes.append(("IMPORT-NOTE-RELATION", {"relation": DEFAULT_RELATION}))
    child = template_header("consent.child")
    if CONSENT_BOTH in columns:
        both = layout.headers[columns[CONSENT_BOTH]].strip()
        if "consent.child" not in columns:
            notes.append(("IMPORT-NOTE-ONE-CONSENT", {"column": both, "child_column": child}))
    elif "consent.guardian" in columns and "consent.child" not in columns:
        notes.append(("IMPORT-NOTE-NO-CHILD-CONSENT", {"child_column": child}))
    return notes


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
        finding(
            source,
            (layout.header_row, 1),
            "IMPORT-MISSING-COLUMN",
            field=name,
            column=template_header(name),
            hint=_GENDER_HINT if name == "student.gender" else Bilingual("", ""),
            found=found,
        )
        for name in missing
    ]


_GENDER_HINT = Bilingual(
    " (ghi Nam hoặc Nữ), hoặc một cột “Nữ” đánh dấu x cho học sinh nữ",
    " (Nam or Nữ), or a “Nữ” column with an x for each girl",
)


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
    result: ImportResult,
    id_rng,
    code_rng: random.Random | None,
) -> list[Pending]:
    known: dict[tuple, str] = {}
    for record in existing:
        if record.type == "nomination":
            for key in _student_keys(record.data):
                known.setdefault(key, record.path)
    taken_ids = {r.id for r in existing if r.type == "nomination"}
    taken_codes = {r.data.get("lookup_code") for r in existing}
    seen_rows: dict[tuple, int] = {}
    pending: list[Pending] = []
    for number, cells in layout.data:
        uncalculated = {c - 1 for (r, c) in table.uncalculated if r == number}
        converted = convert_row(cells, layout.columns, uncalculated)
        outcome = RowOutcome(number, "created")
        result.rows.append(outcome)
        if converted.errors:
            outcome.status = "error"
            outcome.findings = _cell_findings(source, number, converted.errors, "error", layout)
            continue
        keys = _student_keys(converted.data)
        if _skip_duplicate(source, number, keys, known, seen_rows, outcome):
            continue
        outcome.findings = _cell_findings(source, number, converted.warnings, "warning", layout)
        for key in keys:
            seen_rows[key] = number
        record_id = new_opaque_id("nomination", taken_ids, id_rng(number))
        taken_ids.add(record_id)
        code = new_lookup_code(taken_codes, code_rng)
        taken_codes.add(code)
        data = _nomination(converted, record_id, school, today, code)
        relative = f"nominations/{school}/{record_id}.yaml"
        pending.append(pending_record(outcome, "nomination", data, relative, schemas, root, school))
    return pending


def _cell_findings(
    source: str, number: int, problems: list[CellError], severity: Severity, layout: Layout
) -> list[Finding]:
    return [
        finding(
            source,
            (number, (p.column or 0) + 1) if p.column is not None else (number, 0),
            p.code,
            severity=severity,
            field=p.field,
            column=header_name(p.field, layout.headers, layout.columns),
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
