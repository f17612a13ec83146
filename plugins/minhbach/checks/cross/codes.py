"""Lookup codes (mã tra cứu): well formed, with a right check character, and unique.

A code is looked up across nominations and donors alike, so two records must never share one
(after normalisation: case, dashes and spaces do not make two codes different). Messages never
quote a code: it is the key to a family's case.
"""

from __future__ import annotations

from minhbach import codes
from minhbach.checks.context import CheckContext
from minhbach.checks.cross._common import at, of
from minhbach.findings import Finding
from minhbach.records.store import Record, RecordSet


def check_lookup_codes(records: RecordSet, context: CheckContext) -> list[Finding]:
    """LOOKUP-CODE-INVALID and LOOKUP-CODE-DUPLICATE, over nominations and donors."""
    found: list[Finding] = []
    first: dict[str, Record] = {}
    holders = sorted(of(records, "nomination") + of(records, "donor"), key=lambda r: r.path)
    for record in holders:
        code = record.data.get("lookup_code")
        if code is None:
            continue
        if not codes.is_valid(code):
            found.append(at(record, ("lookup_code",), "LOOKUP-CODE-INVALID"))
            continue
        key = codes.normalize(code)
        if key in first:
            found.append(
                at(
                    record,
                    ("lookup_code",),
                    "LOOKUP-CODE-DUPLICATE",
                    related=[first[key]],
                    other=first[key].path,
                )
            )
        else:
            first[key] = record
    return found
