"""Counts the reports need beyond ``figures.py``: pure functions over the records and the figures.

The programme's totals (nominated, approved, handed over, devices per kind, cash) come from
``figures.compute_figures`` only, so the report and the site cannot disagree; this module adds
what only internal reports show (categories at district level, waiting times, overdue follow-ups,
missing consent) without recounting any of those totals.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from minhbach.consent import CHILD_CONSENT_AGE, refusal
from minhbach.erasure.tombstone import LABEL as ERASED
from minhbach.erasure.tombstone import is_forgotten
from minhbach.ledger import CASH, Ledger
from minhbach.records.store import OFFICE, RecordSet


def categories(records: RecordSet) -> dict[str, int]:
    """Nominated students per category (a student may be in several), district level.

    An erased child has no category left: ``erased`` counts them.
    """
    counts: Counter[str] = Counter()
    for nomination in records.of("nomination"):
        counts.update(nomination.data.get("categories", ()))
    return dict(sorted(counts.items()))


def erased(records: RecordSet) -> int:
    """Nominations whose personal data was erased (minhbach forget): counted, never named."""
    return sum(1 for n in records.of("nomination") if is_forgotten(n.data))


def nominating_schools(records: RecordSet) -> int:
    return len({n.data["school"] for n in records.of("nomination")})


def donors_by_kind(records: RecordSet) -> dict[str, int]:
    return dict(sorted(Counter(d.data["kind"] for d in records.of("donor")).items()))


def receptions(records: RecordSet) -> tuple[int, int]:
    """Receptions (tiếp nhận) by the office's board and by the schools' boards."""
    donations = records.of("donation")
    at_office = sum(1 for d in donations if d.data["received_by"] == OFFICE)
    return at_office, len(donations) - at_office


def devices_bought(records: RecordSet) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for purchase in records.of("purchase"):
        for item in purchase.data["items"]:
            counts[item["kind"]] += item["quantity"]
    return dict(sorted(counts.items()))


def devices_not_working(records: RecordSet) -> int:
    """Students whose latest follow-up says the device no longer works."""
    latest: dict[str, tuple[str, bool]] = {}
    for followup in records.of("followup"):
        data = followup.data
        if data["nomination"] not in latest or data["on"] >= latest[data["nomination"]][0]:
            latest[data["nomination"]] = (data["on"], data["device_ok"])
    return sum(1 for _, ok in latest.values() if not ok)


@dataclass(frozen=True)
class Waiting:
    """An approved student without any handover yet, and since when (the decision's date)."""

    nomination: str
    school: str
    approved_on: str
    days: int


def waiting(records: RecordSet, waiting_ids: list[str], as_of: dt.date) -> list[Waiting]:
    """``figures.waiting_nominations`` with how long each has waited, longest first."""
    rows = []
    for nomination_id in waiting_ids:
        nomination = records.get("nomination", nomination_id)
        if nomination is None:
            continue
        approved_on = (nomination.data.get("decision") or {}).get("date") or nomination.data.get(
            "nominated_on", as_of.isoformat()
        )
        days = (as_of - dt.date.fromisoformat(approved_on)).days
        rows.append(Waiting(nomination_id, nomination.data["school"], approved_on, days))
    return sorted(rows, key=lambda w: (-w.days, w.school, w.nomination))


@dataclass(frozen=True)
class OverdueFollowup:
    """A student handed a device ``days`` ago with no follow-up since (plan item 9)."""

    nomination: str
    school: str
    handed_on: str
    days: int


def overdue_followups(records: RecordSet, as_of: dt.date, due_days: int) -> list[OverdueFollowup]:
    """Handed-over students with no follow-up on or after their last handover, past ``due_days``."""
    last_handover: dict[str, tuple[str, str]] = {}
    for handover in records.of("handover"):
        data = handover.data
        if (
            data["nomination"] not in last_handover
            or data["on"] > last_handover[data["nomination"]][0]
        ):
            last_handover[data["nomination"]] = (data["on"], data["school"])
    followed: dict[str, str] = {}
    for followup in records.of("followup"):
        data = followup.data
        followed[data["nomination"]] = max(followed.get(data["nomination"], ""), data["on"])
    rows = []
    for nomination_id, (handed_on, school) in last_handover.items():
        if followed.get(nomination_id, "") >= handed_on:
            continue
        days = (as_of - dt.date.fromisoformat(handed_on)).days
        if days > due_days:
            rows.append(OverdueFollowup(nomination_id, school, handed_on, days))
    return sorted(rows, key=lambda o: (-o.days, o.school, o.nomination))


@dataclass(frozen=True)
class IdleStock:
    """What has been at one place (the office or a school) for more than the allowed days.

    ``items`` counts devices per kind (cash in đồng under ``cash``); ``since`` is, per kind, the
    day the oldest of them arrived there.
    """

    location: str
    items: dict[str, int]
    since: dict[str, str]

    @property
    def devices(self) -> dict[str, int]:
        return {kind: n for kind, n in self.items.items() if kind != CASH}

    @property
    def devices_since(self) -> str:
        """The day the oldest device arrived ("" when only cash is idle)."""
        return min((self.since[kind] for kind in self.devices), default="")


def idle_stock(ledger: Ledger, as_of: dt.date, days: int) -> list[IdleStock]:
    """Devices and cash received, bought or allocated more than ``days`` ago and still where they
    arrived: the office first, then the schools (by id)."""
    items: dict[str, Counter[str]] = {}
    since: dict[str, dict[str, str]] = {}
    for (source, kind), position in ledger.positions.items():
        for location, count in position.at.items():
            arrival = ledger.arrivals.get((source, kind, location))
            if count <= 0 or arrival is None:
                continue
            if (as_of - dt.date.fromisoformat(arrival.on)).days <= days:
                continue
            items.setdefault(location, Counter())[kind] += count
            first = since.setdefault(location, {})
            first[kind] = min(first.get(kind, arrival.on), arrival.on)
    order = sorted(items, key=lambda location: (location != OFFICE, location))
    return [
        IdleStock(place, dict(sorted(items[place].items())), dict(sorted(since[place].items())))
        for place in order
    ]


@dataclass(frozen=True)
class MissingConsent:
    """A nomination that may not be shown by name on ``as_of``, and why (in Vietnamese)."""

    nomination: str
    school: str
    reason: str


def missing_consent(records: RecordSet, as_of: dt.date) -> list[MissingConsent]:
    """Nominations only counted on the site: no consent, the child's missing, or withdrawn."""
    rows = []
    for nomination in records.of("nomination"):
        why = refusal(nomination.data, as_of)
        if why is not None:
            rows.append(MissingConsent(nomination.id, nomination.data["school"], _REASONS[why]))
    return sorted(rows, key=lambda m: (m.school, m.nomination))


_REASONS = {
    "forgotten": ERASED,
    "withdrawn": "Gia đình đã rút lại đồng ý",
    "no-guardian": "Chưa có đồng ý của người giám hộ",
    "recorded-later": "Đồng ý ghi nhận sau ngày lập báo cáo",
    "child": f"Học sinh từ {CHILD_CONSENT_AGE} tuổi chưa đồng ý",
}
