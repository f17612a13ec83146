"""Programme figures: progress, per school, per donor, per kind — from the ledger and the records.

The site, ``minhbach balance`` and the UBND report all take their numbers from here, so a figure
on the public page and the same figure in the report to the UBND cannot differ. Everything here is
unsuppressed: small-cell suppression is the public view's job (public.py), applied on top.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from minhbach.ledger import CASH, Ledger
from minhbach.records.store import OFFICE, RecordSet

STATUSES = ("de-xuat", "da-duyet", "khong-duyet")
ATTENDANCE = ("full", "partial", "none")


@dataclass
class SchoolFigures:
    """One school's row: students (nominated … waiting), follow-up attendance, devices."""

    school: str
    nominated: int = 0
    approved: int = 0
    rejected: int = 0
    handed_over: int = 0
    waiting: int = 0
    attendance: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ATTENDANCE, 0))
    devices_received: dict[str, int] = field(default_factory=dict)
    devices_handed: dict[str, int] = field(default_factory=dict)
    devices_left: dict[str, int] = field(default_factory=dict)


@dataclass
class DonorFigures:
    """One donor's row: what was given (units per kind, cash), its value, where it went."""

    donor: str
    donations: list[str] = field(default_factory=list)
    items: dict[str, int] = field(default_factory=dict)
    cash_vnd: int = 0
    value_vnd: int = 0
    # school id → {"items": {kind: units handed}, "students": number of students reached,
    # "nominations": the ids of those students}
    schools: dict[str, dict] = field(default_factory=dict)
    # What its gifts became, per kind: devices bought with its cash (a purchase paid by several
    # donors counts for each), handed to students, and still held (at the office or a school).
    bought: dict[str, int] = field(default_factory=dict)
    handed: dict[str, int] = field(default_factory=dict)
    left: dict[str, int] = field(default_factory=dict)


@dataclass
class Figures:
    nominated: int
    by_status: dict[str, int]
    handed_over: int
    waiting: int
    followed_up: int
    attendance: dict[str, int]
    devices_by_kind: dict[str, dict[str, int]]  # kind → received/allocated/handed/left
    cash_received: int
    cash_spent: int
    schools: dict[str, SchoolFigures]
    donors: dict[str, DonorFigures]
    waiting_nominations: list[str]  # ids of approved nominations without any handover

    @property
    def cash_left(self) -> int:
        return self.cash_received - self.cash_spent


def compute_figures(records: RecordSet, ledger: Ledger) -> Figures:
    """Every published or reported figure of the programme."""
    nominations = records.of("nomination")
    handed_nominations = {h.data["nomination"] for h in records.of("handover")}
    latest_followup: dict[str, tuple[str, str]] = {}
    for followup in records.of("followup"):
        data = followup.data
        previous = latest_followup.get(data["nomination"])
        if previous is None or data["on"] >= previous[0]:
            latest_followup[data["nomination"]] = (data["on"], data["attending"])

    schools = {s.id: SchoolFigures(s.id) for s in sorted(records.of("school"), key=lambda r: r.id)}
    by_status = dict.fromkeys(STATUSES, 0)
    waiting: list[str] = []
    for nomination in nominations:
        status = nomination.data["status"]
        by_status[status] += 1
        row = schools.setdefault(
            nomination.data["school"], SchoolFigures(nomination.data["school"])
        )
        row.nominated += 1
        row.approved += status == "da-duyet"
        row.rejected += status == "khong-duyet"
        if nomination.id in handed_nominations:
            row.handed_over += 1
        elif status == "da-duyet":
            row.waiting += 1
            waiting.append(nomination.id)
        if nomination.id in latest_followup:
            row.attendance[latest_followup[nomination.id][1]] += 1
    _school_devices(schools, ledger)

    by_kind = ledger.by_kind()
    cash = by_kind.get(CASH, {})
    return Figures(
        nominated=len(nominations),
        by_status=by_status,
        handed_over=sum(1 for n in nominations if n.id in handed_nominations),
        waiting=len(waiting),
        followed_up=len(latest_followup),
        attendance={a: Counter(v[1] for v in latest_followup.values())[a] for a in ATTENDANCE},
        devices_by_kind={k: v for k, v in by_kind.items() if k != CASH},
        cash_received=cash.get("received", 0),
        cash_spent=cash.get("spent", 0),
        schools=schools,
        donors=_donor_figures(records, ledger),
        waiting_nominations=sorted(waiting),
    )


def _school_devices(schools: dict[str, SchoolFigures], ledger: Ledger) -> None:
    for movement in ledger.movements:
        if movement.kind == CASH or movement.location == OFFICE or movement.location not in schools:
            continue
        row = schools[movement.location]
        target = row.devices_received if movement.delta > 0 else row.devices_handed
        target[movement.kind] = target.get(movement.kind, 0) + abs(movement.delta)
        row.devices_left[movement.kind] = row.devices_left.get(movement.kind, 0) + movement.delta
    for row in schools.values():
        row.devices_left = {k: v for k, v in sorted(row.devices_left.items()) if v}


def _donor_figures(records: RecordSet, ledger: Ledger) -> dict[str, DonorFigures]:
    """What each donor gave and, following each gift (also through purchases), where it went.

    A purchase paid from several donations counts the devices it bought for each of its donors:
    every donor whose money is in a device "reached" that student.
    """
    donors = {d.id: DonorFigures(d.id) for d in sorted(records.of("donor"), key=lambda r: r.id)}
    donor_of_source: dict[str, set[str]] = defaultdict(set)
    for donation in sorted(records.of("donation"), key=lambda r: r.id):
        donor = donors.get(donation.data["donor"])
        if donor is None:
            continue
        donor.donations.append(donation.id)
        donor_of_source[donation.id].add(donor.donor)
        for item in donation.data["items"]:
            if item["kind"] == CASH:
                donor.cash_vnd += item["amount_vnd"]
                donor.value_vnd += item["amount_vnd"]
            else:
                donor.items[item["kind"]] = donor.items.get(item["kind"], 0) + item["quantity"]
                donor.value_vnd += item["quantity"] * item.get("unit_value_vnd", 0)
    for purchase in records.of("purchase"):
        for funding in purchase.data["funded_by"]:
            donor_of_source[purchase.id] |= donor_of_source.get(funding["donation"], set())
    for position in ledger.positions.values():
        if position.kind == CASH:
            continue
        for donor_id in donor_of_source.get(position.source, ()):
            donor = donors[donor_id]
            if position.source_type == "purchase":
                donor.bought[position.kind] = donor.bought.get(position.kind, 0) + position.received
            donor.handed[position.kind] = donor.handed.get(position.kind, 0) + position.handed
            donor.left[position.kind] = donor.left.get(position.kind, 0) + position.left
    students: dict[tuple[str, str], set[str]] = defaultdict(set)
    for handover in records.of("handover"):
        school = handover.data["school"]
        for item in handover.data["items"]:
            for donor_id in donor_of_source.get(item["source"], ()):
                cell = donors[donor_id].schools.setdefault(school, {"items": {}, "students": 0})
                cell["items"][item["kind"]] = cell["items"].get(item["kind"], 0) + item["quantity"]
                students[(donor_id, school)].add(handover.data["nomination"])
    for (donor_id, school), reached in students.items():
        donors[donor_id].schools[school]["students"] = len(reached)
        donors[donor_id].schools[school]["nominations"] = reached
    for donor in donors.values():
        donor.schools = dict(sorted(donor.schools.items()))
        for counts in (donor.bought, donor.handed, donor.left):
            for kind in [k for k, n in counts.items() if not n]:
                del counts[kind]
    return donors
