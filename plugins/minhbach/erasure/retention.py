"""Retention: which nominations a programme closed before a date leaves (``--ended-before``).

A case is closed when nothing has happened to it since: its last event (nominated, decided,
consent recorded or withdrawn, a device handed over, a follow-up) lies before the date. Judging
each case, not the folder's school year, is the safer reading: a records folder holds one
programme (DESIGN, "One program per records folder"), so when the programme closed every case's
last event precedes the date, while a straggler (a follow-up still under way) keeps its data.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from minhbach.erasure.tombstone import is_forgotten
from minhbach.records.store import RecordSet


def last_events(records: RecordSet) -> dict[str, str]:
    """Each nomination's last event (YYYY-MM-DD)."""
    latest: dict[str, str] = defaultdict(str)
    for nomination in records.of("nomination"):
        data = nomination.data
        consent = data.get("consent") or {}
        days = [
            data.get("nominated_on"),
            (data.get("decision") or {}).get("date"),
            consent.get("recorded_on"),
            consent.get("withdrawn_on"),
        ]
        latest[nomination.id] = max((d for d in days if d), default="")
    for type_name in ("handover", "followup"):
        for record in records.of(type_name):
            owner = record.data["nomination"]
            if owner in latest:
                latest[owner] = max(latest[owner], record.data["on"])
    return dict(latest)


def closed_before(records: RecordSet, day: dt.date) -> list[str]:
    """Ids of the nominations not yet forgotten whose last event lies before ``day``."""
    limit = day.isoformat()
    events = last_events(records)
    return sorted(
        n.id
        for n in records.of("nomination")
        if not is_forgotten(n.data) and events.get(n.id, "") < limit
    )


def counts(records: RecordSet, ids: list[str]) -> dict[str, int]:
    """How many of ``ids`` per status, for the confirmation (handed over apart)."""
    handed = {h.data["nomination"] for h in records.of("handover")}
    chosen = set(ids)
    tally: Counter[str] = Counter()
    for nomination in records.of("nomination"):
        if nomination.id in chosen:
            status = nomination.data["status"]
            tally["da-nhan" if nomination.id in handed else status] += 1
    return dict(tally)
