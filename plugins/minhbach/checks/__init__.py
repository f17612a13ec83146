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


def run_checks(
    records: Sequence[Record],
    load_findings: Sequence[Finding],
    schemas: SchemaSet,
    context: CheckContext,
    cross_checks: Sequence[CrossCheck] | None = None,
    unparsed: Iterable[tuple[str, str]] = (),
) -> CheckResult:
    """All findings for ``records`` (already loaded) and the set of records that passed on their own."""
    findings: list[Finding] = list(load_findings)
    invalid_paths = {f.path for f in load_findings if f.severity == "error"}
    skip_by_path: dict[str, set[str]] = {}
    for item in load_findings:
        if item.field:
            skip_by_path.setdefault(item.path, set()).add(item.field)
    for record in records:
        own = identity_findings(record)
        # The compiled check vouches for the valid majority; jsonschema explains the rest.
        if record.path in skip_by_path or not schemas.fast_validators[record.type](record.data):
            own += schema_findings(
                record,
                schemas.validators[record.type],
                schemas.shapes[record.type],
                skip_by_path.get(record.path, ()),
            )
        findings.extend(own)
        if any(f.severity == "error" for f in own):
            invalid_paths.add(record.path)
    school_ids = {r.id for r in records if r.type == "school"}
    collection = collection_findings(records, school_ids)
    findings.extend(collection)
    invalid_paths.update(f.path for f in collection if f.severity == "error")
    broken = set(unparsed) | {(r.type, r.id) for r in records if r.path in invalid_paths}
    valid = RecordSet([r for r in records if r.path not in invalid_paths], broken=broken)
    for check in CROSS_RECORD_CHECKS if cross_checks is None else cross_checks:
        findings.extend(check(valid, context))
    return CheckResult(findings, valid)
