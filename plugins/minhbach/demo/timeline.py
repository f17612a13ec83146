"""A demo as it stood on a given day: the records of a simulated school year, week by week.

The demo is generated whole; an office's records grow. To try the releases of a year (one a
week), ``records_on`` keeps what existed on a day: receptions, purchases, allocations, handovers
and follow-ups dated on or before it; nominations made by then, still proposed (``de-xuat``) if
their decision came later, with no consent yet if it was recorded later (and not withdrawn yet);
donors once their first gift arrived. Nothing is back-dated, as it would not be in an office that
records as it goes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence

from minhbach.records.store import Record, RecordSet
from minhbach.records.types import BY_NAME

Tree = Mapping[str, Sequence[tuple[str, dict]]]
_DATED = {
    "donation": "received_on",
    "purchase": "on",
    "allocation": "on",
    "handover": "on",
    "followup": "on",
    "nomination": "nominated_on",
}


def records_on(tree: Tree, day: dt.date) -> RecordSet:
    """The records of ``tree`` (``demo.build_demo``'s output) as they stood on ``day``."""
    iso = day.isoformat()
    kept: list[Record] = []
    for type_name, entries in tree.items():
        for path, data in entries:
            field = _DATED.get(type_name)
            if field is not None and data[field] > iso:
                continue
            if type_name == "nomination":
                data = _nomination_on(data, iso)
            kept.append(_record(type_name, path, data))
    givers = {r.data["donor"] for r in kept if r.type == "donation"}
    kept = [r for r in kept if r.type != "donor" or r.id in givers]
    return RecordSet(kept)


def weeks(tree: Tree, weekday: int = 4) -> Iterator[dt.date]:
    """Every ``weekday`` (Friday by default) from the first dated record to a week after the last."""
    days = [data[f] for t, f in _DATED.items() for _, data in tree.get(t, ())]
    if not days:
        return
    day = dt.date.fromisoformat(min(days))
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    last = dt.date.fromisoformat(max(days)) + dt.timedelta(days=7)
    while day <= last:
        yield day
        day += dt.timedelta(days=7)


def _nomination_on(data: dict, iso: str) -> dict:
    """A nomination as it read on ``iso``: undecided, and its consent not yet given or withdrawn."""
    data = dict(data)
    decision = data.get("decision")
    if decision is not None and decision["date"] > iso:
        del data["decision"]
        data["status"] = "de-xuat"
    consent = dict(data["consent"])
    if consent.get("withdrawn_on", "") > iso:
        del consent["withdrawn_on"]
    if consent.get("recorded_on", "") > iso:
        consent = {"guardian": False, "child": False}
    data["consent"] = consent
    return data


def _record(type_name: str, path: str, data: dict) -> Record:
    folder_school = path.split("/")[1] if BY_NAME[type_name].per_school else None
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return Record(type_name, stem, path, data, None, folder_school)
