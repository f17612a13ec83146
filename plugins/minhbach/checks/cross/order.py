"""Order in time: things happen after what they depend on, and nothing after the ``--as-of`` day.

A handover follows the nomination's approval, its source's reception and, when a school hands
out what the office sent it, an allocation of that source to that school; a follow-up follows a
handover; a decision follows its nomination. "On the same date counts as after". Each problem is
reported at the later record (the one whose date is wrong), naming the earlier one.
"""

from __future__ import annotations

from collections.abc import Iterator

from minhbach.checks.context import CheckContext
from minhbach.checks.cross._common import (
    at,
    day,
    handovers_uncertain,
    ledger_of,
    of,
    place,
    received_at,
    received_on,
    source_record,
)
from minhbach.findings import Finding
from minhbach.ledger import CASH, Ledger
from minhbach.records.store import OFFICE, Record, RecordSet

# Where dates are, per record type (schema: common.json#/$defs/date). A fixed table, not a walk
# over every value: this runs on every record of a province-sized folder.
DATE_PATHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "donation": (("received_on",),),
    "purchase": (("on",),),
    "allocation": (("on",),),
    "nomination": (
        ("nominated_on",),
        ("decision", "date"),
        ("student", "birth_date"),
        ("consent", "recorded_on"),
        ("consent", "withdrawn_on"),
    ),
    "handover": (("on",),),
    "followup": (("on",),),
}


def check_order(records: RecordSet, context: CheckContext) -> list[Finding]:
    """Dates in the future, decisions before nominations, movements before what they need."""
    ledger = ledger_of(records)
    found: list[Finding] = []
    as_of = context.as_of.isoformat()
    for record in records.records:
        for path in _late_dates(record.data, DATE_PATHS.get(record.type, ()), as_of):
            found.append(at(record, path, "DATE-IN-FUTURE", as_of=day(as_of)))
    for nomination in of(records, "nomination"):
        decision = nomination.data.get("decision")
        nominated = nomination.data.get("nominated_on")  # an erased nomination has none
        if decision and nominated and decision["date"] < nominated:
            found.append(
                at(
                    nomination,
                    ("decision", "date"),
                    "ORDER-DECISION-BEFORE-NOMINATION",
                    decided=day(decision["date"]),
                    nominated=day(nomination.data["nominated_on"]),
                )
            )
    for allocation in of(records, "allocation"):
        lines = [(item["kind"], allocation.data["source"]) for item in allocation.data["items"]]
        found += _after_sources(records, ledger, allocation, allocation.data["on"], OFFICE, lines)
    for purchase in of(records, "purchase"):
        lines = [(CASH, funding["donation"]) for funding in purchase.data["funded_by"]]
        found += _after_sources(
            records, ledger, purchase, purchase.data["on"], purchase.data.get("at", OFFICE), lines
        )
    for handover in of(records, "handover"):
        found += _handover_order(records, ledger, handover)
    found += _followups(records)
    return found


def _late_dates(
    data: dict, paths: tuple[tuple[str, ...], ...], as_of: str
) -> Iterator[tuple[str, ...]]:
    for path in paths:
        value: object = data
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, str) and value > as_of:
            yield path


def _handover_order(records: RecordSet, ledger: Ledger, handover: Record) -> list[Finding]:
    data = handover.data
    found: list[Finding] = []
    nomination = records.get("nomination", data["nomination"])
    decision = (nomination.data.get("decision") if nomination is not None else None) or {}
    if (
        nomination is not None
        and nomination.data["status"] == "da-duyet"
        and data["on"] < decision["date"]
    ):
        found.append(
            at(
                handover,
                ("on",),
                "ORDER-HANDOVER-BEFORE-APPROVAL",
                related=[nomination],
                on=day(data["on"]),
                decided=day(decision["date"]),
                nomination=nomination.path,
            )
        )
    location = OFFICE if data.get("from") == "office" else data["school"]
    lines = [(item["kind"], item["source"]) for item in data["items"]]
    return found + _after_sources(records, ledger, handover, data["on"], location, lines)


def _after_sources(
    records: RecordSet,
    ledger: Ledger,
    record: Record,
    on: str,
    location: str,
    lines: list[tuple[str, str]],
) -> list[Finding]:
    """``record`` (dated ``on``) takes (kind, source) lines from ``location``: after they got there."""
    found: list[Finding] = []
    reported: set[str] = set()
    for kind, source_id in lines:
        source = source_record(records, source_id)
        if source is None or source_id in reported:
            continue
        if on < received_on(source):
            reported.add(source_id)
            found.append(
                at(
                    record,
                    ("on",),
                    "ORDER-BEFORE-RECEPTION",
                    related=[source],
                    on=day(on),
                    source=source_id,
                    received=day(received_on(source)),
                    source_file=source.path,
                )
            )
            continue
        if location == received_at(source):
            continue
        arrival = ledger.arrivals.get((source_id, kind, location))
        if arrival is not None and arrival.record is not record and on < arrival.on:
            reported.add(source_id)
            found.append(
                at(
                    record,
                    ("on",),
                    "ORDER-BEFORE-ALLOCATION",
                    related=[arrival.record],
                    on=day(on),
                    source=source_id,
                    location=place(location, records),
                    allocated=day(arrival.on),
                    allocation=arrival.record.path,
                )
            )
    return found


def _followups(records: RecordSet) -> list[Finding]:
    """A follow-up (theo dõi) needs a handover of its nomination on or before its day."""
    first_handover: dict[str, Record] = {}
    for handover in sorted(of(records, "handover"), key=lambda r: (r.data["on"], r.path)):
        first_handover.setdefault(handover.data["nomination"], handover)
    found: list[Finding] = []
    uncertain = handovers_uncertain(records)
    for followup in of(records, "followup"):
        nomination_id = followup.data["nomination"]
        nomination = records.get("nomination", nomination_id)
        if nomination is None:
            continue  # a wrong reference, or an invalid nomination: reported elsewhere
        handover = first_handover.get(nomination_id)
        if handover is None and not uncertain:
            found.append(
                at(
                    followup,
                    ("nomination",),
                    "FOLLOWUP-WITHOUT-HANDOVER",
                    related=[nomination],
                    nomination=nomination.path,
                )
            )
        elif handover is not None and followup.data["on"] < handover.data["on"]:
            found.append(
                at(
                    followup,
                    ("on",),
                    "ORDER-FOLLOWUP-BEFORE-HANDOVER",
                    related=[handover],
                    on=day(followup.data["on"]),
                    handed=day(handover.data["on"]),
                    handover=handover.path,
                )
            )
    return found
