"""Erased data stays erased: what ``minhbach forget`` reduced is not brought back.

The danger is an old branch or an old clone: merged or pushed after an erasure, it restores the
full record or a handover with the guardian's name. An erasure record (records/erasures/) lists
the nominations it erased; each must still be a tombstone, and every handover and follow-up of a
tombstone must be reduced too. Both are errors that say to run ``minhbach forget`` again.
"""

from __future__ import annotations

from minhbach.checks.context import CheckContext
from minhbach.checks.cross._common import at, day, of
from minhbach.erasure.tombstone import FORGOTTEN, is_forgotten
from minhbach.findings import Finding
from minhbach.records.store import RecordSet


def check_erasures(records: RecordSet, context: CheckContext) -> list[Finding]:
    """ERASURE-RESTORED (a listed nomination holds data again), ERASURE-INCOMPLETE."""
    found: list[Finding] = []
    for erasure in sorted(of(records, "erasure"), key=lambda r: r.path):
        for nomination_id in erasure.data["nominations"]:
            nomination = records.get("nomination", nomination_id)
            if nomination is not None and not is_forgotten(nomination.data):
                found.append(
                    at(
                        nomination,
                        (),
                        "ERASURE-RESTORED",
                        related=[erasure],
                        erasure=erasure.path,
                        on=day(erasure.data["on"]),
                        id=nomination_id,
                    )
                )
    for type_name in ("handover", "followup"):
        for record in of(records, type_name):
            nomination = records.get("nomination", record.data["nomination"])
            if nomination is None or not is_forgotten(nomination.data):
                continue
            if FORGOTTEN not in record.data:
                found.append(
                    at(
                        record,
                        ("nomination",),
                        "ERASURE-INCOMPLETE",
                        related=[nomination],
                        nomination=nomination.path,
                        id=nomination.id,
                    )
                )
    return found
