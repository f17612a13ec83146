"""A donor's case: the trace of each gift (tiếp nhận) to the schools and students it reached.

Devices given in kind are followed from the donation to each handover (bàn giao). Cash is
followed through the purchases (mua sắm) it paid for; a purchase paid from several donations
counts its devices for each donor who paid (as on the public donor pages), and its value is
shared in proportion to what each donation paid. Values are the donor's own, so they are shown
even when ``show_value`` hides them from the public pages; the name stays the public one (the
lookup view, ``minhbach.public.lookup_view``, gives no other).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from minhbach import labels
from minhbach.formats import date, money, number
from minhbach.lookup._index import CASE_VERSION, CaseIndex
from minhbach.public.lookup_view import LookupRecord
from minhbach.text.collate import sort_key

CASH = "cash"


@dataclass
class _Reach:
    """What one gift brought to one school."""

    students: set[str] = field(default_factory=set)
    devices: Counter = field(default_factory=Counter)
    value: int = 0


def donor_case(donor: LookupRecord, index: CaseIndex) -> dict:
    """The donor's view: every gift, where it went, the values, the students reached."""
    gifts = []
    students: set[str] = set()
    schools: set[str] = set()
    value = 0
    for donation in index.donations_of.get(donor.id, []):
        gift, reach = _gift(donation, index)
        gifts.append(gift)
        value += _received_value(donation)
        for school, slot in reach.items():
            schools.add(school)
            students |= slot.students
    return {
        "v": CASE_VERSION,
        "type": "donor",
        "donor": donor.data["name"],
        "gifts": gifts,
        "value": money(value),
        "students": number(len(students)),
        "schools": number(len(schools)),
    }


def _unit_values(lines: list[dict], price_field: str) -> dict[str, float]:
    """Value of one unit per kind (weighted over lines), for kinds whose every line has one."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missing: set[str] = set()
    for line in lines:
        if line["kind"] == CASH:
            continue
        if price_field not in line:
            missing.add(line["kind"])
            continue
        totals[line["kind"]][0] += line[price_field] * line["quantity"]
        totals[line["kind"]][1] += line["quantity"]
    return {kind: v / q for kind, (v, q) in totals.items() if kind not in missing and q}


def _received_value(donation: LookupRecord) -> int:
    return sum(
        item["amount_vnd"]
        if item["kind"] == CASH
        else item["quantity"] * item.get("unit_value_vnd", 0)
        for item in donation.data["items"]
    )


def _gift(donation: LookupRecord, index: CaseIndex) -> tuple[dict, dict[str, _Reach]]:
    data = donation.data
    items = []
    for item in data["items"]:
        cash = item["kind"] == CASH
        unit = item.get("unit_value_vnd")
        items.append(
            {
                "kind": labels.item_kinds()[item["kind"]],
                "quantity": "" if cash else number(item["quantity"]),
                "value": money(item["amount_vnd"] if cash else unit * item["quantity"])
                if cash or unit is not None
                else "",
            }
        )
    reach: dict[str, _Reach] = defaultdict(_Reach)
    handed = _follow(donation.id, _unit_values(data["items"], "unit_value_vnd"), 1.0, reach, index)
    purchases, spent = _purchases(donation, reach, index)
    left = [
        {"kind": labels.item_kinds()[kind], "quantity": number(quantity - handed[kind])}
        for kind, quantity in _received_units(data["items"]).items()
        if quantity > handed[kind]
    ]
    cash = sum(item["amount_vnd"] for item in data["items"] if item["kind"] == CASH)
    if cash > spent:
        left.append({"kind": labels.item_kinds()[CASH], "quantity": money(cash - spent)})
    gift = {
        "date": date(data["received_on"]),
        "document": data["document"],
        "received_by": index.place(data["received_by"]),
        "items": items,
        "value": money(_received_value(donation)),
        "purchases": purchases,
        "reached": [
            {
                "school": index.school_names.get(school, school),
                "students": number(len(slot.students)),
                "devices": [
                    {"kind": labels.item_kinds()[k], "quantity": number(q)}
                    for k, q in sorted(slot.devices.items())
                ],
                "value": money(slot.value) if slot.value else "",
            }
            for school, slot in sorted(
                reach.items(), key=lambda kv: sort_key(index.school_names.get(kv[0], kv[0]))
            )
        ],
        "students": number(len({n for slot in reach.values() for n in slot.students})),
        "left": left,
    }
    return gift, reach


def _received_units(items: list[dict]) -> dict[str, int]:
    units: Counter = Counter()
    for item in items:
        if item["kind"] != CASH:
            units[item["kind"]] += item["quantity"]
    return dict(sorted(units.items()))


def _follow(
    source: str,
    unit_values: dict[str, float],
    share: float,
    reach: dict[str, _Reach],
    index: CaseIndex,
) -> Counter:
    """Add the handovers from ``source`` to ``reach``; returns the units handed per kind."""
    handed: Counter = Counter()
    for handover, item in index.handed_from.get(source, []):
        slot = reach[handover.data["school"]]
        slot.students.add(handover.data["nomination"])
        slot.devices[item["kind"]] += item["quantity"]
        slot.value += round(item["quantity"] * unit_values.get(item["kind"], 0) * share)
        handed[item["kind"]] += item["quantity"]
    return handed


def _purchases(
    donation: LookupRecord, reach: dict[str, _Reach], index: CaseIndex
) -> tuple[list[dict], int]:
    """The purchases this donation's cash paid for, followed to the students; and the cash spent."""
    lines = []
    spent = 0
    for purchase, amount in index.purchases_of.get(donation.id, []):
        spent += amount
        funded = sum(f["amount_vnd"] for f in purchase.data["funded_by"]) or 1
        _follow(
            purchase.id,
            _unit_values(purchase.data["items"], "unit_price_vnd"),
            amount / funded,
            reach,
            index,
        )
        lines.append(
            {
                "date": date(purchase.data["on"]),
                "amount": money(amount),
                "bought": [
                    {"kind": labels.item_kinds()[k], "quantity": number(q)}
                    for k, q in _received_units(purchase.data["items"]).items()
                ],
            }
        )
    return lines, spent
