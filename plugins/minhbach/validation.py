"""Validation of a records folder: read every file, run every check, return the findings.

The one place that joins loading (I/O) to the pure checks, so that ``validate``, ``build`` and
``diff`` all judge records the same way. Reading a file and checking the record on its own are
done together, file by file, on both cores for a large folder (``bulk``); the checks
across records then run once over everything.
"""

from __future__ import annotations

import marshal
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from minhbach import shortcuts
from minhbach.bulk import DEFAULT_MINIMUM, map_on_two_cores
from minhbach.checks import CROSS_RECORD_CHECKS, CrossCheck, check_record, sort_out
from minhbach.checks.context import CheckContext
from minhbach.findings import Finding, Findings
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import (
    Record,
    RecordFile,
    RecordSet,
    list_record_files,
    read_record_file,
)


@dataclass
class Validation:
    findings: Findings
    valid: RecordSet
    files: int

    @property
    def ok(self) -> bool:
        return self.findings.errors == 0


# What reading and checking one file gave: the record (None if unreadable), the findings from
# reading it, the record's own findings.
FileResult = tuple[Record | None, list[Finding], list[Finding]]


def validate_folder(
    folder: Path,
    context: CheckContext,
    *,
    display_root: str | None = None,
    schemas: SchemaSet | None = None,
    on_file: Callable[[], None] | None = None,
    two_cores_from: int = DEFAULT_MINIMUM,
) -> Validation:
    """Validate every record under ``folder``; paths in findings start with ``display_root``.

    ``two_cores_from``: from how many files the reading is split over two processes.
    """
    schemas = schemas or SchemaSet.from_folder()
    root = display_root if display_root is not None else str(folder)
    with shortcuts.collector_paused():
        return _validate(folder, context, schemas, root, on_file, two_cores_from)


def _validate(folder, context, schemas, root, on_file, two_cores_from) -> Validation:
    files, load_findings = list_record_files(folder, root)
    results = map_on_two_cores(
        partial(_read_and_check, folder=str(folder), root=root, schemas=schemas),
        files,
        encode=_encode,
        decode=_decode,
        on_item=on_file,
        minimum=two_cores_from,
        share=0.48,  # measured at 100,000 students: the child's encoding ≈ this one's decoding
    )
    records: list[Record] = []
    own: list[list[Finding]] = []
    unparsed: set[tuple[str, str]] = set()
    for item, (record, problems, checked) in zip(files, results, strict=True):
        load_findings.extend(problems)
        if record is None:
            unparsed.add(item.key)
        else:
            records.append(record)
            own.append(checked)
    result = sort_out(records, own, load_findings, unparsed)
    across = map_on_two_cores(
        partial(_check_across, records=result.valid, context=context),
        CROSS_RECORD_CHECKS,
        encode=pickle.dumps,
        decode=pickle.loads,
        minimum=0 if len(files) >= two_cores_from else len(CROSS_RECORD_CHECKS) + 1,
    )
    for found in across:
        result.findings.extend(found)
    return Validation(Findings(result.findings), result.valid, len(files))


def _check_across(
    checks: Sequence[CrossCheck],
    on_check: Callable[[], None] | None,
    *,
    records: RecordSet,
    context: CheckContext,
) -> list[list[Finding]]:
    return [list(check(records, context)) for check in checks]


def _read_and_check(
    files: Sequence[RecordFile],
    on_file: Callable[[], None] | None,
    *,
    folder: str,
    root: str,
    schemas: SchemaSet,
) -> list[FileResult]:
    results: list[FileResult] = []
    for item in files:
        if on_file is not None:
            on_file()
        record, problems = read_record_file(folder, item, schemas, root)
        checked = check_record(record, problems, schemas) if record is not None else []
        results.append((record, problems, checked))
    return results


def _encode(results: list[FileResult]) -> bytes:
    """Records as marshal data (plain values: the cheapest to send), findings pickled (few)."""
    records = [_fields(record) if record else None for record, _, _ in results]
    notes = {
        i: (problems, checked)
        for i, (_, problems, checked) in enumerate(results)
        if problems or checked
    }
    return pickle.dumps((marshal.dumps(records), notes), protocol=pickle.HIGHEST_PROTOCOL)


def _decode(payload: bytes) -> list[FileResult]:
    packed, notes = pickle.loads(payload)
    results: list[FileResult] = []
    for i, fields in enumerate(marshal.loads(packed)):
        problems, checked = notes.get(i, ([], []))
        results.append((Record(*fields) if fields else None, problems, checked))
    return results


def _fields(record: Record) -> tuple:
    """A record's fields in order, its data not copied (``dataclasses.astuple`` would copy)."""
    return (
        record.type,
        record.id,
        record.path,
        record.data,
        record.locations,
        record.folder_school,
        record.source,
    )
