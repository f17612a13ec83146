"""Lookup codes (mã tra cứu): well formed, with a right check character, and unique.

A code is looked up across nominations and donors alike, so two records must never share one
(after normalisation: case, dashes and spaces do not make two codes different). Messages never
quote a code: it is the key to a family's case.
"""

from __future__ import annotations

import re

from minhbach import codes
from minhbach.checks.context import CheckContext
from minhbach.checks.cross._common import at, of
from minhbach.findings import Finding
from minhbach.records.store import Record, RecordSet

# The written form the schema asks for; such a code is already normalised (a fast path: this runs
# once per nomination of a province).
_CANONICAL = re.compile(rf"[{codes.ALPHABET}]{{4}}(-[{codes.ALPHABET}]{{4}}){{3}}")


def _valid(code: str) -> bool:
    if _CANONICAL.fullmatch(code):
        compact = code.replace("-", "")
        return codes.check_char(compact[:-1]) == compact[-1]
    return codes.is_valid(code)


def check_lookup_codes(records: RecordSet, context: CheckContext) -> list[Finding]:
    """LOOKUP-CODE-INVALID and LOOKUP-CODE-DUPLICATE, over nominations and donors."""
    found: list[Finding] = []
    first: dict[str, Record] = {}
    holders = sorted(of(records, "nomination") + of(records, "donor"), key=lambda r: r.path)
    for record in holders:
        code = record.data.get("lookup_code")
        if code is None:
            continue
        if not _valid(code):
            found.append(at(record, ("lookup_code",), "LOOKUP-CODE-INVALID"))
            continue
        key = code if _CANONICAL.fullmatch(code) else codes.normalize(code)
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
