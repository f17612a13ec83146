"""The ledger: every device and every đồng, where it is and where it went.

One computation feeds ``validate`` (overdrafts, serials), ``balance``, the site's progress figures
and the UBND report, so that they can never disagree. Modelled on Beancount's inventory: every
movement has a source (a donation = tiếp nhận, or a purchase = mua sắm), an item kind and a
location (``office`` or a school id); balances per (source, kind, location) never go negative.

Movements (DESIGN.md, "Decisions", "The ledger"):

* reception: a donation puts its items at ``received_by`` (the office or a school);
* purchase: cash of the funding donations leaves ``at``; the bought devices appear there;
* allocation: items leave the office and reach the school ``to``;
* handover: items leave ``from`` (the handover's school, or the office at a district ceremony).

Within a day, movements are applied in the order reception, purchase, allocation, handover (then
by file path): "on the same date counts as after", so a device received and handed out on the same
day is not an overdraft. A movement out of a location dated before the source first reached that
location (a handover dated before its donation arrived) is an order error only (DESIGN.md,
"Messages"): the ledger applies it on the day the source arrived there, so that it does not also
show as an overdraft. The input is a ``RecordSet`` of records that passed their schema; a movement
whose source is not a valid donation or purchase is skipped here (the reference check reports it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from minhbach.records.store import OFFICE, Record, RecordSet

CASH = "cash"
_RANK = {"donation": 0, "purchase": 1, "allocation": 2, "handover": 3}


@dataclass(frozen=True)
class Movement:
    """One change of one balance: ``delta`` units (or đồng) of ``kind`` from ``source`` at ``location``."""

    on: str
    record: Record
    field: tuple
    source: str
    kind: str
    location: str
    delta: int
    serials: tuple[str, ...] = ()

    @property
    def sort_key(self) -> tuple:
        return (self.on, _RANK[self.record.type], self.record.path)


@dataclass(frozen=True)
class Overdraft:
    """A movement that took a balance below zero, with the balance before it and who used it up."""

    movement: Movement
    balance_before: int
    consumers: tuple[str, ...]


@dataclass(frozen=True)
class SerialProblem:
    """A handed serial that was handed before, or never reached the handing location."""

    movement: Movement
    serial: str
    reason: str  # "handed-twice" | "not-at-location" | "not-from-source"
    other: str | None = None


@dataclass
class Position:
    """One source and kind: what came in, moved, went out, and what is left where."""

    source: str
    source_type: str
    kind: str
    received: int = 0
    allocated: int = 0
    handed: int = 0
    spent: int = 0
    at: dict[str, int] = field(default_factory=dict)

    @property
    def left(self) -> int:
        return sum(self.at.values())


@dataclass
class Ledger:
    positions: dict[tuple[str, str], Position]
    overdrafts: list[Overdraft]
    serial_problems: list[SerialProblem]
    movements: list[Movement]
    # (source, kind, location) → the first movement that brought that source and kind there
    arrivals: dict[tuple[str, str, str], Movement] = field(default_factory=dict)
    # effective day of each movement (by position in ``movements``): its own day, or the day its
    # source first reached the location it leaves, if later
    effective_on: list[str] = field(default_factory=list)

    def by_kind(self) -> dict[str, dict[str, int]]:
        """Totals per item kind: received, allocated, handed, spent (cash), left."""
        totals: dict[str, dict[str, int]] = {}
        for position in self.positions.values():
            row = totals.setdefault(
                position.kind,
                dict.fromkeys(("received", "allocated", "handed", "spent", "left"), 0),
            )
            row["received"] += position.received
            row["allocated"] += position.allocated
            row["handed"] += position.handed
            row["spent"] += position.spent
            row["left"] += position.left
        return dict(sorted(totals.items()))

    def at_location(self, location: str) -> dict[str, int]:
        """What is left at one location, per kind."""
        left: dict[str, int] = defaultdict(int)
        for position in self.positions.values():
            left[position.kind] += position.at.get(location, 0)
        return {kind: count for kind, count in sorted(left.items()) if count}


def compute(records: RecordSet) -> Ledger:
    """Apply every movement in order; collect positions, overdrafts and serial problems."""
    movements, effective_on, arrivals = _in_effective_order(list(_movements(records)))
    positions: dict[tuple[str, str], Position] = {}
    balances: dict[tuple[str, str, str], int] = defaultdict(int)
    consumers: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    overdrafts: list[Overdraft] = []
    source_types = {r.id: r.type for r in records.of("donation")} | {
        r.id: r.type for r in records.of("purchase")
    }
    for movement in movements:
        key = (movement.source, movement.kind)
        position = positions.get(key)
        if position is None:
            position = positions[key] = Position(
                movement.source, source_types.get(movement.source, "?"), movement.kind
            )
        _account(position, movement)
        slot = (movement.source, movement.kind, movement.location)
        before = balances[slot]
        balances[slot] = before + movement.delta
        position.at[movement.location] = balances[slot]
        if movement.delta < 0:
            if balances[slot] < 0 and before >= 0:
                overdrafts.append(
                    Overdraft(movement, before, tuple(dict.fromkeys(consumers[slot])))
                )
            consumers[slot].append(movement.record.path)
    for position in positions.values():
        position.at = {loc: n for loc, n in sorted(position.at.items()) if n}
    return Ledger(
        positions, overdrafts, _serial_problems(movements), movements, arrivals, effective_on
    )


def _in_effective_order(
    movements: list[Movement],
) -> tuple[list[Movement], list[str], dict[tuple[str, str, str], Movement]]:
    """Movements sorted by effective day; a movement never leaves a place before its source got there.

    Receptions (donations, bought devices) arrive on their own day. An allocation leaves the office
    no earlier than the source arrived there, and reaches the school that same effective day. A
    handover or a purchase's payment leaves no earlier than the first arrival at its location.
    Without an arrival at all, the movement keeps its day and the balance check reports it.
    """
    arrivals: dict[tuple[str, str, str], Movement] = {}
    first_day: dict[tuple[str, str, str], str] = {}
    effective: dict[int, str] = {}

    def slot(m: Movement) -> tuple[str, str, str]:
        return (m.source, m.kind, m.location)

    def arrive(m: Movement, day: str) -> None:
        key = slot(m)
        if key not in first_day or (day, m.sort_key) < (first_day[key], arrivals[key].sort_key):
            first_day[key] = day
            arrivals[key] = m

    for index, m in enumerate(movements):
        if m.record.type in ("donation", "purchase") and m.delta > 0:
            effective[index] = m.on
            arrive(m, m.on)
    pending: dict[tuple[Record, tuple], str] = {}
    for m in movements:
        if m.record.type == "allocation" and m.delta < 0:
            pending[(m.record, m.field)] = max(m.on, first_day.get(slot(m), m.on))
    for index, m in enumerate(movements):
        if m.record.type == "allocation":
            effective[index] = pending[(m.record, m.field)]
            if m.delta > 0:
                arrive(m, effective[index])
    for index, m in enumerate(movements):
        if index not in effective:
            effective[index] = max(m.on, first_day.get(slot(m), m.on))
    order = sorted(range(len(movements)), key=lambda i: (effective[i], *movements[i].sort_key[1:]))
    return [movements[i] for i in order], [effective[i] for i in order], arrivals


def _account(position: Position, movement: Movement) -> None:
    kind = movement.record.type
    if kind == "donation" or (kind == "purchase" and movement.delta > 0):
        position.received += movement.delta
    elif kind == "purchase":
        position.spent -= movement.delta
    elif kind == "allocation" and movement.delta > 0:
        position.allocated += movement.delta
    elif kind == "handover":
        position.handed -= movement.delta


def _amount(item: dict) -> int:
    return item["amount_vnd"] if item["kind"] == CASH else item["quantity"]


def _movements(records: RecordSet) -> Iterable[Movement]:
    donations = records.ids("donation")
    purchases = records.ids("purchase")
    for movement in _all_movements(records):
        paid = movement.record.type == "purchase" and movement.delta < 0
        if movement.source in donations or (movement.source in purchases and not paid):
            yield movement


def _all_movements(records: RecordSet) -> Iterable[Movement]:
    for donation in records.of("donation"):
        for i, item in enumerate(donation.data["items"]):
            yield Movement(
                donation.data["received_on"],
                donation,
                ("items", i),
                donation.id,
                item["kind"],
                donation.data["received_by"],
                _amount(item),
                tuple(item.get("serials", ())),
            )
    for purchase in records.of("purchase"):
        at = purchase.data.get("at", OFFICE)
        for i, funding in enumerate(purchase.data["funded_by"]):
            yield Movement(
                purchase.data["on"],
                purchase,
                ("funded_by", i),
                funding["donation"],
                CASH,
                at,
                -funding["amount_vnd"],
            )
        for i, item in enumerate(purchase.data["items"]):
            yield Movement(
                purchase.data["on"],
                purchase,
                ("items", i),
                purchase.id,
                item["kind"],
                at,
                item["quantity"],
                tuple(item.get("serials", ())),
            )
    for allocation in records.of("allocation"):
        data = allocation.data
        for i, item in enumerate(data["items"]):
            serials = tuple(item.get("serials", ()))
            yield Movement(
                data["on"],
                allocation,
                ("items", i),
                data["source"],
                item["kind"],
                OFFICE,
                -_amount(item),
                serials,
            )
            yield Movement(
                data["on"],
                allocation,
                ("items", i),
                data["source"],
                item["kind"],
                data["to"],
                _amount(item),
                serials,
            )
    for handover in records.of("handover"):
        data = handover.data
        location = OFFICE if data.get("from") == "office" else data["school"]
        for i, item in enumerate(data["items"]):
            serial = (item["serial"],) if "serial" in item else ()
            yield Movement(
                data["on"],
                handover,
                ("items", i),
                item["source"],
                item["kind"],
                location,
                -item["quantity"],
                serial,
            )


def _serial_problems(movements: list[Movement]) -> list[SerialProblem]:
    """A serial is handed at most once and comes from where the records say it is.

    An allocation's serials, and a handover's, must be in the source's list when the source
    lists its serials (a donation or purchase that did not list them cannot be checked).
    """
    problems: list[SerialProblem] = []
    listed_by_source: dict[tuple[str, str], set[str]] = defaultdict(set)
    reached: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    allocated_with_serials: set[tuple[str, str, str]] = set()
    handed: dict[str, str] = {}
    for movement in movements:
        slot = (movement.source, movement.kind, movement.location)
        if movement.record.type in ("donation", "purchase") and movement.delta > 0:
            listed_by_source[(movement.source, movement.kind)].update(movement.serials)
            reached[slot].update(movement.serials)
        elif movement.record.type == "allocation" and movement.delta > 0 and movement.serials:
            # Devices sent to a school by serial come from the source's list, when it has one.
            from_source = listed_by_source[(movement.source, movement.kind)]
            for serial in movement.serials:
                if from_source and serial not in from_source:
                    problems.append(SerialProblem(movement, serial, "not-from-source"))
            reached[slot].update(movement.serials)
            allocated_with_serials.add(slot)
        elif movement.record.type == "handover":
            for serial in movement.serials:
                if serial in handed:
                    problems.append(SerialProblem(movement, serial, "handed-twice", handed[serial]))
                    continue
                handed[serial] = movement.record.path
                from_source = listed_by_source[(movement.source, movement.kind)]
                if slot in allocated_with_serials:
                    if serial not in reached[slot]:
                        problems.append(SerialProblem(movement, serial, "not-at-location"))
                elif from_source and serial not in from_source:
                    problems.append(SerialProblem(movement, serial, "not-from-source"))
    return problems


def serials_in_place(ledger: Ledger) -> dict[tuple[str, str, str], list[str]]:
    """(source, kind, location) → the serials the records place there now, oldest arrival first.

    A serial is at a place once a reception, a purchase or an allocation listed it arriving
    there, until an allocation or a handover lists it leaving. Devices the records do not follow
    by serial (a reception with serials allocated without them) are not placed: what a ceremony
    list pre-fills from this is a suggestion staff correct, never a guess.
    """
    places: dict[tuple[str, str, str], dict[str, None]] = defaultdict(dict)
    for movement in ledger.movements:
        slot = (movement.source, movement.kind, movement.location)
        for serial in movement.serials:
            if movement.delta > 0:
                places[slot][serial] = None
            else:
                places[slot].pop(serial, None)
    return {slot: list(serials) for slot, serials in places.items() if serials}
