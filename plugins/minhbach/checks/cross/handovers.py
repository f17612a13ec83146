"""Handover rules (bàn giao): an approved nomination of the same school, no more than its needs.

And the other side: a nomination approved long ago with nothing handed over yet is a warning
("học sinh vẫn đang chờ"), after ``CheckContext.waiting_warning_days`` (a setting).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from minhbach.checks.context import CheckContext
from minhbach.checks.cross._common import at, day, files, handovers_uncertain, kind_name, of
from minhbach.erasure.tombstone import is_forgotten
from minhbach.findings import Bilingual, Finding
from minhbach.records.store import Record, RecordSet

STATUS_LABELS = {
    "de-xuat": Bilingual("đã đề xuất, chưa duyệt", "proposed, not yet approved"),
    "da-duyet": Bilingual("đã duyệt", "approved"),
    "khong-duyet": Bilingual("không được duyệt", "not approved"),
}


def check_handovers(records: RecordSet, context: CheckContext) -> list[Finding]:
    """HANDOVER-NOT-APPROVED, NOMINATION-OTHER-SCHOOL, HANDOVER-MORE-THAN-NEEDS, NOMINATION-WAITING."""
    found: list[Finding] = []
    for type_name in ("handover", "followup"):
        for record in of(records, type_name):
            nomination = records.get("nomination", record.data["nomination"])
            if nomination is not None and nomination.data["school"] != record.data["school"]:
                found.append(
                    at(
                        record,
                        ("nomination",),
                        "NOMINATION-OTHER-SCHOOL",
                        related=[nomination],
                        nomination=nomination.path,
                        theirs=nomination.data["school"],
                        ours=record.data["school"],
                    )
                )
    for handover in of(records, "handover"):
        nomination = records.get("nomination", handover.data["nomination"])
        if nomination is not None and nomination.data["status"] != "da-duyet":
            found.append(
                at(
                    handover,
                    ("nomination",),
                    "HANDOVER-NOT-APPROVED",
                    related=[nomination],
                    nomination=nomination.path,
                    status=STATUS_LABELS[nomination.data["status"]],
                )
            )
    found += _more_than_needs(records)
    found += _waiting(records, context)
    return found


def _more_than_needs(records: RecordSet) -> list[Finding]:
    """Per nomination and kind, all its handovers together give no more than its needs (warning)."""
    by_nomination: dict[str, list[Record]] = defaultdict(list)
    for handover in sorted(of(records, "handover"), key=lambda r: (r.data["on"], r.path)):
        by_nomination[handover.data["nomination"]].append(handover)
    found: list[Finding] = []
    for nomination_id, handovers in by_nomination.items():
        nomination = records.get("nomination", nomination_id)
        if nomination is None or is_forgotten(nomination.data):
            continue  # an erased nomination keeps no needs to compare with
        needs: dict[str, int] = defaultdict(int)
        for need in nomination.data["needs"]:
            needs[need["kind"]] += need["quantity"]
        given: dict[str, int] = defaultdict(int)
        earlier: dict[str, list[Record]] = defaultdict(list)
        warned: set[str] = set()
        for handover in handovers:
            for index, item in enumerate(handover.data["items"]):
                kind = item["kind"]
                given[kind] += item["quantity"]
                if given[kind] > needs[kind] and kind not in warned:
                    warned.add(kind)
                    others = [r for r in earlier[kind] if r is not handover]
                    found.append(
                        at(
                            handover,
                            ("items", index, "quantity"),
                            "HANDOVER-MORE-THAN-NEEDS",
                            severity="warning",
                            related=[nomination, *others],
                            kind=kind_name(kind),
                            given=given[kind],
                            needed=needs[kind],
                            nomination=nomination.path,
                            others=_counting(others),
                        )
                    )
                if handover not in earlier[kind]:
                    earlier[kind].append(handover)
    return found


def _waiting(records: RecordSet, context: CheckContext) -> list[Finding]:
    """Approved more than the threshold before ``as_of`` and still nothing handed over (warning)."""
    if handovers_uncertain(records):
        return []  # an invalid handover may be this student's: fix it first
    handed = {h.data["nomination"] for h in of(records, "handover")}
    found: list[Finding] = []
    for nomination in of(records, "nomination"):
        if nomination.data["status"] != "da-duyet" or nomination.id in handed:
            continue
        decided = dt.date.fromisoformat(nomination.data["decision"]["date"])
        waited = (context.as_of - decided).days
        if waited > context.waiting_warning_days:
            found.append(
                at(
                    nomination,
                    ("status",),
                    "NOMINATION-WAITING",
                    severity="warning",
                    decided=day(decided.isoformat()),
                    days=waited,
                    limit=context.waiting_warning_days,
                )
            )
    return found


def _counting(others: list[Record]) -> Bilingual:
    """ " (tính cả: a.yaml)" for the earlier handovers counted; nothing when there are none."""
    named = files(others)
    if not named:
        return Bilingual("", "")
    return Bilingual(f" (tính cả: {named})", f" (counting: {named})")
