"""Checks: pure functions from records to findings. They never print, read files or exit.

``run_checks`` is the one entry point: per-record checks (schema, identity), then checks across
the collection, then the cross-record rules (``CROSS_RECORD_CHECKS``) over the valid records.
A cross-record check is a function ``(RecordSet, CheckContext) -> Iterable[Finding]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from minhbach.checks.context import CheckContext
from minhbach.checks.cross import CHECKS as CROSS_CHECKS
from minhbach.checks.record import collection_findings, identity_findings
from minhbach.checks.schema import schema_findings
from minhbach.findings import Finding
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import Record, RecordSet

CrossCheck = Callable[[RecordSet, CheckContext], Iterable[Finding]]
CROSS_RECORD_CHECKS: list[CrossCheck] = list(CROSS_CHECKS)


@dataclass
class CheckResult:
    findings: list[Finding]
    valid: RecordSet


def check_record(
    record: Record, load_findings: Sequence[Finding], schemas: SchemaSet
) -> list[Finding]:
    """A record's own findings: its identity, and its schema.

    ``load_findings`` are what reading its file found: a field already reported there (a
    ``yes`` for a boolean) is not reported again by the schema.
    """
    skip = {item.field for item in load_findings if item.field}
    own = identity_findings(record)
    # The compiled check vouches for the valid majority; jsonschema explains the rest.
    if skip or not schemas.fast_validators[record.type](record.data):
        own += schema_findings(
            record, schemas.validators[record.type], schemas.shapes[record.type], skip
        )
    return own


def run_checks(
    records: Sequence[Record],
    load_findings: Sequence[Finding],
    schemas: SchemaSet,
    context: CheckContext,
    cross_checks: Sequence[CrossCheck] | None = None,
    unparsed: Iterable[tuple[str, str]] = (),
) -> CheckResult:
    """All findings for ``records`` (already loaded) and the set of records that passed on their own."""
    by_path: dict[str, list[Finding]] = {}
    for item in load_findings:
        by_path.setdefault(item.path, []).append(item)
    own = [check_record(record, by_path.get(record.path, ()), schemas) for record in records]
    return check_across(records, own, load_findings, context, cross_checks, unparsed)


def check_across(
    records: Sequence[Record],
    own_findings: Sequence[list[Finding]],
    load_findings: Sequence[Finding],
    context: CheckContext,
    cross_checks: Sequence[CrossCheck] | None = None,
    unparsed: Iterable[tuple[str, str]] = (),
) -> CheckResult:
    """The checks across records, given each record's own findings (``check_record``)."""
    result = sort_out(records, own_findings, load_findings, unparsed)
    for check in CROSS_RECORD_CHECKS if cross_checks is None else cross_checks:
        result.findings.extend(check(result.valid, context))
    return result


def sort_out(
    records: Sequence[Record],
    own_findings: Sequence[list[Finding]],
    load_findings: Sequence[Finding],
    unparsed: Iterable[tuple[str, str]] = (),
) -> CheckResult:
    """The findings so far and the valid records the cross-record rules then judge.

    A record with an error of its own, from reading its file or from the collection checks
    (a duplicate id), is left out of the valid set; a reference to it is not reported again
    (``broken``).
    """
    findings: list[Finding] = list(load_findings)
    invalid_paths = {f.path for f in load_findings if f.severity == "error"}
    for record, own in zip(records, own_findings, strict=True):
        findings.extend(own)
        if any(f.severity == "error" for f in own):
            invalid_paths.add(record.path)
    school_ids = {r.id for r in records if r.type == "school"}
    collection = collection_findings(records, school_ids)
    findings.extend(collection)
    invalid_paths.update(f.path for f in collection if f.severity == "error")
    broken = set(unparsed) | {(r.type, r.id) for r in records if r.path in invalid_paths}
    valid = RecordSet([r for r in records if r.path not in invalid_paths], broken=broken)
    return CheckResult(findings, valid)
