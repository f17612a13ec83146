"""What every spreadsheet import shares: rows in, records out, all or nothing.

A school's list becomes nominations (``importer``), a ceremony list comes back as handovers
(``ceremony``). Both convert each row to a record, check every new record with the real
validator together with the records already there (``check_pending``: a finding about a new
record goes back to its row and column), and write only when no row has an error
(``write_all``). Ids are drawn from a generator seeded by the file's content and the row
(``row_rng``), so ``--dry-run`` shows the very ids the real run then writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from minhbach.checks import run_checks
from minhbach.checks.context import CheckContext
from minhbach.findings import Finding
from minhbach.records import yaml_strict
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import Loaded, Record, display_path
from minhbach.workflow.yaml_out import dump_record

Status = Literal["created", "skipped", "error"]


@dataclass
class RowOutcome:
    """What became of one row: the record it created, why it was skipped, or its errors.

    ``sheet`` names the sheet when a workbook holds several lists (the office's ceremony list);
    ``summary`` says what the record holds, for the dry run (never a name).
    """

    row: int
    status: Status
    record_id: str | None = None
    path: str | None = None
    findings: list[Finding] = field(default_factory=list)
    sheet: str | None = None
    summary: dict = field(default_factory=dict)


@dataclass
class ImportResult:
    """What an import read and did. ``notes`` are (message code, params) to tell the user about
    the file as a whole (a column that was missing and how it was filled in)."""

    source: str
    kind: Literal["nominations", "handovers"] = "nominations"
    sheet: str = ""
    encoding: str | None = None
    header_row: int | None = None
    headers: list[str] = field(default_factory=list)
    unused_headers: list[str] = field(default_factory=list)
    notes: list[tuple[str, dict]] = field(default_factory=list)
    file_findings: list[Finding] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.file_findings and not any(r.status == "error" for r in self.rows)

    def count(self, status: Status) -> int:
        return sum(1 for r in self.rows if r.status == status)


@dataclass
class Pending:
    """A row's new record, not yet written: the record as the checks see it and its text."""

    outcome: RowOutcome
    record: Record
    relative: str
    text: str


def file_digest(path: Path) -> bytes:
    """The SHA-256 of a file's content: what ``row_rng`` seeds from (hashed once per file)."""
    return hashlib.sha256(path.read_bytes()).digest()


def row_rng(digest: bytes, *where: object) -> random.Random:
    """A generator for the ids of one row, seeded by the file's content (``file_digest``) and
    the row's place.

    The same file gives the same ids in ``--dry-run`` and in the real run; another file (or the
    same file corrected) gives others. Only ids come from it, never a lookup code: a code must
    not follow from a spreadsheet that travels by e-mail.
    """
    seed = hashlib.sha256(digest)
    for part in where:
        seed.update(b"\0" + str(part).encode("utf-8"))
    return random.Random(int.from_bytes(seed.digest(), "big"))


def pending_record(
    outcome: RowOutcome,
    type_name: str,
    data: dict,
    relative: str,
    schemas: SchemaSet,
    root: str,
    school: str | None,
) -> Pending:
    """A new record as its file will read: dumped, then loaded back the way ``validate`` reads it."""
    text = dump_record(data, schemas.shapes[type_name])
    loaded = yaml_strict.load(text.encode("utf-8"), schemas.shapes[type_name])
    shown = display_path(root, relative)
    record = Record(type_name, data["id"], shown, loaded.data or {}, loaded.locations, school)
    outcome.record_id, outcome.path = data["id"], shown
    return Pending(outcome, record, relative, text)


def check_pending(
    pending: list[Pending],
    existing: Loaded,
    schemas: SchemaSet,
    today: dt.date,
    source: str,
    column_of: Callable[[Pending, str | None], int | None],
) -> None:
    """Run every check on the old and new records together; keep what concerns the new ones.

    A finding goes to the row of the new record it is about (or names, in ``related``), at the
    column ``column_of`` gives for its field (0-based; None: the row as a whole).
    """
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
        column = column_of(target, item.field)
        outcome.findings.append(
            Finding(
                source,
                outcome.row,
                0 if column is None else column + 1,
                item.severity,
                item.code,
                item.field,
                item.params,
                item.related,
            )
        )
        if item.severity == "error":
            outcome.status = "error"


def write_all(folder: Path, files: list[tuple[str, str]]) -> None:
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
