"""What a school holds, by the ledger, and which device a ceremony row gave (source and kind).

A row of a ceremony list says what a student needs and, after the ceremony, the serials of
the devices given. A handover names each device's source (the donation or purchase it came
from): a serial the records place at the school gives its source; a serial that only a source's
list names gives that source, if the school holds devices of it; a device without a serial (a
SIM card, or a source that listed none) comes from the sources the school holds, oldest arrival
first. Earlier rows of the same list take their devices first (``Stock.take`` keeps count).

Pure: records and ledger in, items and problems out. Problems are message codes with their
parameters and the column they concern (``serial`` or ``items``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from minhbach.findings import Bilingual
from minhbach.formats import number
from minhbach.labels import item_kinds
from minhbach.ledger import Ledger, serials_in_place
from minhbach.reports.formatting import lower_first

Slot = tuple[str, str]  # (source, kind)


@dataclass(frozen=True)
class Problem:
    """Why a row's devices cannot be worked out: a message code, its parameters, its column."""

    code: str
    column: str  # "serial" | "items"
    params: tuple[tuple[str, object], ...] = ()


@dataclass
class Stock:
    """The devices one school holds now, and what the rows of this list already took."""

    school: str
    balance: dict[Slot, int]
    order: list[Slot]  # by first arrival at the school
    placed: dict[str, Slot]  # serials the records place at the school
    listed: dict[str, Slot]  # serials some source lists, wherever they are
    handed: dict[str, str]  # serials already handed over → the handover's file
    listing: set[Slot] = field(default_factory=set)  # (source, kind) whose source lists serials
    taken: dict[str, int] = field(default_factory=dict)  # serials this list gave → its row

    def take(
        self, row: int, needs: list[tuple[str, int]], serials: list[str]
    ) -> tuple[list[dict], list[Problem]]:
        """The handover items of a row (``needs`` as (kind, quantity), ``serials`` as written).

        Nothing is taken when the row has a problem, so one wrong row does not make the next
        ones wrong too.
        """
        balance = dict(self.balance)
        items: list[dict] = []
        problems: list[Problem] = []
        for position, serial in enumerate(serials, start=1):
            slot, problem = self._source_of(serial, position, needs, items, balance)
            if problem is not None:
                problems.append(problem)
                continue
            balance[slot] -= 1
            items.append({"source": slot[0], "kind": slot[1], "quantity": 1, "serial": serial})
        for kind, quantity in needs if not problems else ():
            given = sum(1 for item in items if item["kind"] == kind)
            if given == 0:
                more, problem = self._without_serial(kind, quantity, balance)
                items += more
                if problem is not None:
                    problems.append(problem)
        if not problems:
            self.balance = balance
            self.taken.update(dict.fromkeys(serials, row))
        return items, problems

    def _source_of(
        self,
        serial: str,
        position: int,
        needs: list[tuple[str, int]],
        items: list[dict],
        balance: dict,
    ) -> tuple[Slot, Problem | None]:
        """The source and kind of the device ``serial``. A message quotes a serial only when it
        is not one the records know (serials are private); else it says where in the cell."""
        if serial in self.taken:
            return ("", ""), Problem(
                "CEREMONY-SERIAL-TWICE",
                "serial",
                _p(position=position, other_row=self.taken[serial]),
            )
        if serial in self.handed:
            return ("", ""), Problem(
                "CEREMONY-SERIAL-HANDED", "serial", _p(position=position, other=self.handed[serial])
            )
        slot = self.placed.get(serial)
        if slot is None and serial in self.listed:
            slot = self.listed[serial]
            if slot in self.placed.values():  # the school's devices of it are known by serial
                return slot, Problem(
                    "CEREMONY-SERIAL-NOT-HERE", "serial", _p(position=position, source=slot[0])
                )
        if slot is None:
            slot = self._unlisted_slot(needs, items, balance)
            if slot is None:
                return ("", ""), Problem("CEREMONY-SERIAL-UNKNOWN", "serial", _p(serial=serial))
        if balance.get(slot, 0) <= 0:
            return slot, Problem(
                "CEREMONY-SERIAL-NOT-HERE", "serial", _p(position=position, source=slot[0])
            )
        return slot, None

    def _unlisted_slot(
        self, needs: list[tuple[str, int]], items: list[dict], balance: dict
    ) -> Slot | None:
        """A source at the school that lists no serials, of a kind the row still needs."""
        for kind, quantity in needs:
            if sum(1 for item in items if item["kind"] == kind) >= quantity:
                continue
            for slot in self.order:
                if slot[1] == kind and balance.get(slot, 0) > 0 and not self._lists(slot):
                    return slot
        return None

    def _without_serial(
        self, kind: str, quantity: int, balance: dict
    ) -> tuple[list[dict], Problem | None]:
        """``quantity`` of ``kind`` from sources that list no serials, oldest first."""
        held = sum(n for s, n in balance.items() if s[1] == kind and n > 0)
        items, left = [], quantity
        for slot in self.order:
            if left == 0:
                break
            if slot[1] != kind or self._lists(slot) or balance.get(slot, 0) <= 0:
                continue
            count = min(left, balance[slot])
            balance[slot] -= count
            left -= count
            items.append({"source": slot[0], "kind": kind, "quantity": count})
        if left == 0:
            return items, None
        tracked = any(s[1] == kind and self._lists(s) and balance.get(s, 0) > 0 for s in self.order)
        if tracked:
            return items, Problem("CEREMONY-SERIAL-NEEDED", "serial", _p(kind=kind_label(kind)))
        return items, Problem(
            "CEREMONY-NOT-ENOUGH",
            "items",
            _p(kind=kind_label(kind), needed=number(quantity), held=number(held)),
        )

    def _lists(self, slot: Slot) -> bool:
        return slot in self.listing


def stock_at(ledger: Ledger, school: str) -> Stock:
    """What ``school`` holds now by ``ledger`` (the ledger of the valid records)."""
    balance: dict[Slot, int] = {}
    for (source, kind), position in ledger.positions.items():
        if position.at.get(school, 0) > 0:
            balance[(source, kind)] = position.at[school]
    arrivals = sorted(
        (movement.sort_key, (source, kind))
        for (source, kind, location), movement in ledger.arrivals.items()
        if location == school and (source, kind) in balance
    )
    placed = {
        serial: (source, kind)
        for (source, kind, location), serials in serials_in_place(ledger).items()
        if location == school
        for serial in serials
    }
    listed: dict[str, Slot] = {}
    handed: dict[str, str] = {}
    for movement in ledger.movements:
        if movement.record.type in ("donation", "purchase") and movement.delta > 0:
            for serial in movement.serials:
                listed.setdefault(serial, (movement.source, movement.kind))
        elif movement.record.type == "handover":
            for serial in movement.serials:
                handed.setdefault(serial, movement.record.path)
    order = [slot for _, slot in arrivals]
    return Stock(school, balance, order, placed, listed, handed, set(listed.values()))


def kind_label(kind: str) -> Bilingual:
    """``tablet`` → "máy tính bảng" / "tablet", to stand inside a sentence."""
    return Bilingual(
        lower_first(item_kinds().get(kind, kind)), lower_first(item_kinds("en").get(kind, kind))
    )


def waiting_needs(nomination: dict) -> list[tuple[str, int]]:
    """A nomination's needs as (kind, quantity), one entry per kind."""
    needs: dict[str, int] = defaultdict(int)
    for need in nomination.get("needs", ()):
        needs[need["kind"]] += need["quantity"]
    return list(needs.items())


def _p(**params: object) -> tuple[tuple[str, object], ...]:
    return tuple(params.items())
