"""Supply for the demo, valid by construction: donations, purchases and allocations on demand.

The generator walks the handovers in date order and asks :class:`Ledger` for units of a kind at a
place before a day. Each unit comes from a *lot*: what one source (a donation or a purchase)
brought to one place on one day. A lot is used only by movements dated strictly after it arrived
and never beyond what it holds, so every (source, kind, place) balance stays at or above zero on
every day, whatever order a checker sorts same-day events in. When no lot fits, the ledger creates
the supply that a real office would have: an allocation from the office's stock, a new donation,
or a purchase paid with cash received earlier.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from minhbach.demo import _pools
from minhbach.demo._context import END, START, Demo, day_of, iso
from minhbach.demo._directory import Donor, School

OFFICE = "office"
SERIAL_PREFIX = {"laptop": "LT", "tablet": "TB", "smartphone": "DT"}
SERIAL_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
PRICE = {
    "laptop": (8_990_000, 9_490_000, 10_500_000),
    "tablet": (2_990_000, 3_290_000, 3_590_000),
    "smartphone": (2_390_000, 2_690_000),
    "desktop": (6_200_000, 7_100_000),
    "sim-data": (120_000, 150_000),
}
MODELS = {
    "laptop": (
        "Lenovo IdeaPad 3, Core i3, RAM 8 GB",
        "Dell Inspiron 15 3511, Core i3",
        "HP 240 G8, Core i3",
    ),
    "tablet": (
        "Samsung Galaxy Tab A7 Lite, 32 GB",
        "Lenovo Tab M8, 32 GB",
        "iPad 10,2 inch thế hệ 9, 64 GB",
    ),
    "smartphone": (
        "Samsung Galaxy A12, 4 GB/128 GB",
        "Oppo A16, 3 GB/32 GB",
        "Xiaomi Redmi 9C, 3 GB/64 GB",
    ),
    "desktop": ("Máy tính để bàn: thùng máy Core i3, màn hình 19 inch, bàn phím, chuột",),
    "sim-data": ("SIM 4G kèm gói dữ liệu học tập 12 tháng",),
}
# How much a donor of each kind gives at once: (least, most) devices and cash in millions of đồng.
DEVICE_BATCH = {
    "doanh-nghiep": (10, 40),
    "to-chuc": (5, 25),
    "tap-the": (2, 8),
    "ca-nhan": (1, 3),
    "hoi-cha-me": (3, 10),
}
CASH_MILLIONS = {
    "doanh-nghiep": (50, 300),
    "to-chuc": (20, 150),
    "tap-the": (5, 40),
    "ca-nhan": (2, 20),
    "hoi-cha-me": (10, 60),
}


@dataclass
class Lot:
    """Units (or đồng) of one kind that one source brought to one place on one day."""

    location: str
    source: str
    kind: str
    day: int
    left: int
    serials: list[str] | None = None
    earmark: str | None = None
    condition: str | None = None
    _next_serial: int = 0

    def take(self, count: int) -> list[str] | None:
        self.left -= count
        if not self.serials:
            return None
        taken = self.serials[self._next_serial : self._next_serial + count]
        self._next_serial += count
        return taken


class Ledger:
    """Lots per (place, kind), and the records that create them."""

    def __init__(self, demo: Demo, schools: list[School], donors: list[Donor]) -> None:
        self.demo = demo
        self.schools = {school.id: school for school in schools}
        self._lots: dict[tuple[str, str], list[Lot]] = {}
        self._office_donors = deque(donor for donor in donors if donor.kind != "hoi-cha-me")
        demo.rng.shuffle(self._office_donors)
        self._associations = {donor.school: donor for donor in donors if donor.kind == "hoi-cha-me"}
        self._donors = donors
        self.donated: set[str] = set()
        self._serials: set[str] = set()
        self._purchased = self._allocated = False
        self._public_amounts: set[int] = set()
        self._hidden_amounts: set[int] = set()

    # -- lots -------------------------------------------------------------------------------
    def _add_lot(self, lot: Lot) -> Lot:
        self._lots.setdefault((lot.location, lot.kind), []).append(lot)
        return lot

    def _usable(self, location: str, kind: str, before: int, school: str | None) -> Iterator[Lot]:
        for lot in self._lots.get((location, kind), ()):
            if lot.left > 0 and lot.day < before and lot.earmark in (None, school):
                yield lot

    def take(
        self, location: str, kind: str, quantity: int, day: int, school: str
    ) -> list[tuple[Lot, int, list | None]]:
        """``quantity`` units of ``kind`` held at ``location`` before ``day``, for a student of ``school``."""
        taken = []
        while quantity > 0:
            lot = next(self._usable(location, kind, day, school), None)
            if lot is None:
                if location == OFFICE:
                    self._supply_office(kind, quantity, day, school)
                else:
                    self._supply_school(self.schools[location], kind, quantity, day)
                continue
            count = min(lot.left, quantity)
            taken.append((lot, count, lot.take(count)))
            quantity -= count
        return taken

    # -- making supply ----------------------------------------------------------------------
    def _serial_list(self, kind: str, count: int, day: int) -> list[str] | None:
        prefix = SERIAL_PREFIX.get(kind)
        if prefix is None:
            return None
        serials = []
        while len(serials) < count:
            serial = f"{prefix}{iso(day)[2:4]}" + "".join(self.demo.rng.choices(SERIAL_CHARS, k=7))
            if serial not in self._serials:
                self._serials.add(serial)
                serials.append(serial)
        return serials

    def _next_office_donor(self) -> Donor:
        donor = self._office_donors.popleft()
        self._office_donors.append(donor)
        return donor

    def _supply_school(self, school: School, kind: str, quantity: int, by: int) -> None:
        rng = self.demo.rng
        association = self._associations.get(school.id)
        if association is not None and self._allocated and rng.random() < 0.3 and by - 2 > START:
            if kind == "sim-data" or rng.random() < 0.5:
                day = self.demo.between(max(START, by - 30), by - 1)
                self._device_donation(association, kind, quantity, day, school.id, None)
            else:
                self._school_purchase(association, school, kind, quantity, by)
            return
        self._allocated = True
        day = self.demo.between(max(START + 1, by - 10), by - 1)
        wanted = quantity + rng.randint(0, 6)
        moved = 0
        while moved < quantity:
            lot = next(self._usable(OFFICE, kind, day, school.id), None)
            if lot is None:
                self._supply_office(kind, wanted - moved, day, school.id)
                continue
            count = min(lot.left, wanted - moved)
            self._allocate(lot, school, count, day)
            moved += count

    def _allocate(self, lot: Lot, school: School, count: int, day: int) -> None:
        allocation_id = self.demo.new_id("pb")
        serials = lot.take(count)
        item = {"kind": lot.kind, "quantity": count}
        if serials:
            item["serials"] = serials
        number = self.demo.next_number("PB")
        self.demo.add(
            "allocation",
            f"allocations/{allocation_id}.yaml",
            {
                "id": allocation_id,
                "source": lot.source,
                "to": school.id,
                "on": iso(day),
                "document": f"{number:03d}/PB-GDĐT",
                "items": [item],
            },
        )
        self._add_lot(
            Lot(school.id, lot.source, lot.kind, day, count, serials, None, lot.condition)
        )

    def _supply_office(self, kind: str, quantity: int, by: int, school: str | None) -> None:
        rng = self.demo.rng
        if (not self._purchased or rng.random() < 0.3) and by - 1 > START:
            self._purchased = True
            self._office_purchase(kind, quantity, by)
            return
        donor = self._next_office_donor()
        least, most = DEVICE_BATCH[donor.kind]
        day = self.demo.between(max(START, by - 30), by - 1)
        earmark = school if school and rng.random() < 0.1 else None
        self._device_donation(
            donor, kind, max(quantity, rng.randint(least, most)), day, OFFICE, earmark
        )

    def _device_donation(
        self, donor: Donor, kind: str, quantity: int, day: int, place: str, earmark: str | None
    ) -> None:
        rng = self.demo.rng
        donation_id = self.demo.new_id("tn")
        used = donor.kind == "ca-nhan" and kind in ("laptop", "desktop") and rng.random() < 0.5
        condition = "da-qua-su-dung" if used else "moi"
        serials = self._serial_list(kind, quantity, day) if rng.random() < 0.85 else None
        items = [self._device_item(donor, kind, quantity, condition, serials)]
        self._add_lot(Lot(place, donation_id, kind, day, quantity, serials, earmark, condition))
        if kind in ("tablet", "smartphone") and rng.random() < 0.3:
            items.append(self._device_item(donor, "sim-data", quantity, "moi", None))
            self._add_lot(Lot(place, donation_id, "sim-data", day, quantity, None, earmark, "moi"))
        if place == OFFICE and earmark is None and rng.random() < 0.1:
            amount = self._distinct(donor, self._cash_amount(donor))
            items.append({"kind": "cash", "amount_vnd": amount})
            self._add_lot(Lot(place, donation_id, "cash", day, amount))
        self._donation(donation_id, donor, day, place, earmark, items)

    def _device_item(
        self, donor: Donor, kind: str, quantity: int, condition: str, serials: list[str] | None
    ) -> dict:
        rng = self.demo.rng
        unit_value = rng.choice(PRICE[kind])
        if condition == "da-qua-su-dung":
            unit_value = unit_value // 2 // 100_000 * 100_000
        if not donor.shows_value:  # ends in 5.000: never the same figure as a value shown publicly
            unit_value -= rng.randint(1, 9) * 10_000 + 5_000
        item = {
            "kind": kind,
            "quantity": quantity,
            "unit_value_vnd": unit_value,
            "condition": condition,
            "description": rng.choice(MODELS[kind]),
        }
        if serials:
            item["serials"] = serials
        return item

    def _distinct(self, donor: Donor, amount: int) -> int:
        """``amount``, raised by whole millions until no public gift equals a hidden one.

        A donor who hides values (``show_value: false``) must not find the same figure printed for
        someone else: the leak guard would flag it. Raising only ever over-funds a purchase.
        """
        if (
            not donor.shows_value
        ):  # an odd figure, that no sum of round public ones is likely to make
            amount += self.demo.rng.randint(1, 99) * 10_000 + 5_000
        while amount in self._hidden_amounts or (
            not donor.shows_value and amount in self._public_amounts
        ):
            amount += 1_000_000
        (self._public_amounts if donor.shows_value else self._hidden_amounts).add(amount)
        return amount

    def _cash_amount(self, donor: Donor) -> int:
        least, most = CASH_MILLIONS[donor.kind]
        return self.demo.rng.randint(least, most) * 1_000_000

    def _donation(
        self, donation_id: str, donor: Donor, day: int, place: str, earmark: str | None, items: list
    ) -> None:
        self.donated.add(donor.id)
        if place == OFFICE:
            number = self.demo.next_number(f"TN-{iso(day)[:4]}")
            document = f"{number:03d}/BB-TN"
        else:
            number = self.demo.next_number(f"TN-{place}")
            document = f"{number:02d}/BB-TN-{self.schools[place].short_code}"
        record = {
            "id": donation_id,
            "donor": donor.id,
            "received_on": iso(day),
            "received_by": place,
            "document": document,
        }
        if earmark:
            record["earmark"] = earmark
        record["items"] = items
        self.demo.add("donation", f"donations/{donation_id}.yaml", record)

    def cash_donation(
        self, donor: Donor, day: int, place: str = OFFICE, amount: int | None = None
    ) -> Lot:
        """A gift of money received at ``place`` on ``day`` (spent later by purchases)."""
        amount = self._distinct(donor, amount or self._cash_amount(donor))
        donation_id = self.demo.new_id("tn")
        self._donation(
            donation_id, donor, day, place, None, [{"kind": "cash", "amount_vnd": amount}]
        )
        return self._add_lot(Lot(place, donation_id, "cash", day, amount))

    def _fund(self, place: str, cost: int, day: int) -> list[dict]:
        """Cash for a purchase on ``day`` at ``place``: earlier gifts first, a new gift if short."""
        funded: list[dict] = []
        remaining = cost
        while remaining > 0:
            lot = next(self._usable(place, "cash", day, None), None)
            if lot is None:
                millions = -(-remaining // 5_000_000) * 5 + self.demo.rng.randint(0, 4) * 5
                gift_day = self.demo.between(max(START, day - 30), day - 1)
                lot = self.cash_donation(
                    self._next_office_donor(), gift_day, place, millions * 1_000_000
                )
            used = min(lot.left, remaining)
            lot.take(used)
            remaining -= used
            funded.append({"donation": lot.source, "amount_vnd": used})
        return funded

    def _purchase(
        self, place: str, kind: str, quantity: int, day: int, funded: list[dict], price: int
    ) -> None:
        purchase_id = self.demo.new_id("ms")
        serials = self._serial_list(kind, quantity, day)
        item = {
            "kind": kind,
            "quantity": quantity,
            "unit_price_vnd": price,
            "description": self.demo.rng.choice(MODELS[kind]),
        }
        if serials:
            item["serials"] = serials
        self.demo.add(
            "purchase",
            f"purchases/{purchase_id}.yaml",
            {
                "id": purchase_id,
                "at": place,
                "on": iso(day),
                "funded_by": funded,
                "supplier": self.demo.rng.choice(_pools.SUPPLIERS),
                "invoice": f"HĐ {self.demo.rng.randint(1, 99999):07d}",
                "items": [item],
            },
        )
        self._add_lot(Lot(place, purchase_id, kind, day, quantity, serials, None, "moi"))

    def _office_purchase(self, kind: str, quantity: int, by: int) -> None:
        rng = self.demo.rng
        day = self.demo.between(max(START + 1, by - 25), by - 1)
        quantity += rng.randint(0, 10)
        price = rng.choice(PRICE[kind])
        self._purchase(
            OFFICE, kind, quantity, day, self._fund(OFFICE, quantity * price, day), price
        )

    def _school_purchase(
        self, association: Donor, school: School, kind: str, quantity: int, by: int
    ) -> None:
        """A parents' association gives the school cash, and the school buys the devices itself."""
        rng = self.demo.rng
        quantity += rng.randint(0, 3)
        price = rng.choice(PRICE[kind])
        gift_day = self.demo.between(max(START, by - 30), by - 2)
        buy_day = self.demo.between(gift_day + 1, by - 1)
        millions = -(-quantity * price // 1_000_000) + rng.randint(0, 5)
        self.cash_donation(association, gift_day, school.id, millions * 1_000_000)
        self._purchase(
            school.id,
            kind,
            quantity,
            buy_day,
            self._fund(school.id, quantity * price, buy_day),
            price,
        )

    # -- before and after the handovers ----------------------------------------------------
    def early_cash(self) -> None:
        """Individuals and staff collectives give money early in the campaign."""
        latest = day_of(2022, 4, 30)
        for donor in self._donors:
            if donor.kind in ("ca-nhan", "tap-the") or (
                donor.kind == "to-chuc" and self.demo.rng.random() < 0.5
            ):
                self.cash_donation(donor, self.demo.between(START, latest))

    def remaining_gifts(self) -> None:
        """Every donor has given something: the last ones' gifts are still in stock on 31/05/2022."""
        rng = self.demo.rng
        for donor in self._donors:
            if donor.id in self.donated:
                continue
            day = self.demo.between(START, END - 1)
            place = donor.school or OFFICE
            if rng.random() < 0.5:
                self.cash_donation(donor, day, place)
            else:
                least, most = DEVICE_BATCH[donor.kind]
                kind = rng.choice(("tablet", "smartphone", "laptop"))
                self._device_donation(donor, kind, rng.randint(least, most), day, place, None)
