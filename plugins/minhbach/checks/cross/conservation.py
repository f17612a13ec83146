"""Nothing is lost: the ledger's balances, serial numbers and purchase sums (DESIGN "The ledger").

For every source, kind and location the balance never goes below zero; cash spent from a
donation is the same rule for the kind ``cash``. An overdraft is reported once, at the first
record (by date, then file) whose movement takes the balance below zero, with the balance before
it and the records that used up the rest. A handover dated before its source arrived is only an
order error: the ledger applies it on the day the source arrived (see ``minhbach.ledger``).
"""

from __future__ import annotations

from minhbach.checks.context import CheckContext
from minhbach.checks.cross._common import (
    amount,
    at,
    day,
    doubtful_sources,
    files,
    kind_name,
    ledger_of,
    of,
    place,
    source_record,
    used_by,
)
from minhbach.findings import Finding
from minhbach.formats import money, number
from minhbach.ledger import CASH, Ledger, Movement
from minhbach.records.store import RecordSet


def check_conservation(
    records: RecordSet, context: CheckContext, ledger: Ledger | None = None
) -> list[Finding]:
    """Overdrafts, serial problems, purchase sums, serial lists that do not match quantities."""
    ledger = ledger or ledger_of(records)
    found: list[Finding] = []
    found += _overdrafts(records, ledger)
    found += _serials(records, ledger)
    found += _purchase_totals(records)
    found += _serial_counts(records)
    found += _earmarks(records, ledger)
    return found


def _earmarks(records: RecordSet, ledger: Ledger) -> list[Finding]:
    """A donation earmarked for a school goes to that school (a warning: the donor may agree)."""
    found: list[Finding] = []
    for movement in ledger.movements:
        if movement.record.type != "allocation" or movement.delta <= 0:
            continue
        donation = records.get("donation", movement.source)
        earmark = donation.data.get("earmark") if donation is not None else None
        if earmark is None or movement.location == earmark:
            continue
        found.append(
            at(
                movement.record,
                movement.field,
                "ALLOCATION-EARMARK-OTHER-SCHOOL",
                severity="warning",
                related=[donation],
                source=movement.source,
                source_file=donation.path,
                earmark=place(earmark, records),
                location=place(movement.location, records),
            )
        )
    return found


def _quantity_path(movement: Movement) -> tuple:
    return (*movement.field, "amount_vnd" if movement.kind == CASH else "quantity")


def _overdrafts(records: RecordSet, ledger: Ledger) -> list[Finding]:
    found: list[Finding] = []
    sources_with_kind = {(source, kind) for source, kind, _ in ledger.arrivals}
    doubtful = doubtful_sources(records)
    for overdraft in ledger.overdrafts:
        movement = overdraft.movement
        if movement.source in doubtful:
            continue
        source = source_record(records, movement.source)
        related = (
            [source, *overdraft.consumers] if source is not None else list(overdraft.consumers)
        )
        path = _quantity_path(movement)
        common = {
            "source": movement.source,
            "kind": kind_name(movement.kind),
            "location": place(movement.location, records),
        }
        if (movement.source, movement.kind) not in sources_with_kind:
            found.append(
                at(movement.record, path, "LEDGER-KIND-NOT-IN-SOURCE", related=related, **common)
            )
        elif (movement.source, movement.kind, movement.location) not in ledger.arrivals:
            found.append(
                at(movement.record, path, "LEDGER-NOT-AT-LOCATION", related=related, **common)
            )
        else:
            found.append(
                at(
                    movement.record,
                    path,
                    "LEDGER-OVERDRAFT",
                    related=related,
                    **common,
                    taken=amount(movement.kind, -movement.delta),
                    before=amount(movement.kind, overdraft.balance_before),
                    on=day(movement.on),
                    consumers=used_by(overdraft.consumers),
                    source_file=source.path if source is not None else movement.source,
                )
            )
    return found


def _serials(records: RecordSet, ledger: Ledger) -> list[Finding]:
    found: list[Finding] = []
    allocations: dict[tuple[str, str, str], list[str]] = {}
    for movement in ledger.movements:
        if movement.record.type == "allocation" and movement.delta > 0 and movement.serials:
            slot = (movement.source, movement.kind, movement.location)
            allocations.setdefault(slot, []).append(movement.record.path)
    for problem in ledger.serial_problems:
        movement = problem.movement
        if movement.record.type == "allocation":  # a list: the place of the serial in it
            path = (*movement.field, "serials", movement.serials.index(problem.serial))
        else:
            path = (*movement.field, "serial")
        if problem.reason == "handed-twice":
            found.append(
                at(
                    movement.record,
                    path,
                    "SERIAL-HANDED-TWICE",
                    related=[problem.other],
                    other=problem.other,
                )
            )
        elif problem.reason == "not-at-location":
            brought = allocations.get((movement.source, movement.kind, movement.location), [])
            found.append(
                at(
                    movement.record,
                    path,
                    "SERIAL-NOT-AT-LOCATION",
                    related=brought,
                    source=movement.source,
                    location=place(movement.location, records),
                    allocations=files(brought),
                )
            )
        else:
            source = source_record(records, movement.source)
            related = [source] if source is not None else []
            found.append(
                at(
                    movement.record,
                    path,
                    "SERIAL-NOT-FROM-SOURCE",
                    related=related,
                    source=movement.source,
                    source_file=files(related) or movement.source,
                )
            )
    for handover in of(records, "handover"):
        for index, item in enumerate(handover.data["items"]):
            if "serial" in item and item["quantity"] != 1:
                found.append(at(handover, ("items", index, "quantity"), "HANDOVER-SERIAL-QUANTITY"))
    return found


def _purchase_totals(records: RecordSet) -> list[Finding]:
    """What the invoice lines add up to equals the money taken from the donations."""
    found: list[Finding] = []
    for purchase in of(records, "purchase"):
        items = sum(item["quantity"] * item["unit_price_vnd"] for item in purchase.data["items"])
        funded = sum(funding["amount_vnd"] for funding in purchase.data["funded_by"])
        if items != funded:
            found.append(
                at(
                    purchase,
                    ("funded_by",),
                    "PURCHASE-TOTAL-MISMATCH",
                    items=money(items),
                    funded=money(funded),
                )
            )
    return found


def _serial_counts(records: RecordSet) -> list[Finding]:
    """A list of serials names every device of its line, no more, no fewer."""
    found: list[Finding] = []
    for type_name in ("donation", "purchase", "allocation"):
        for record in of(records, type_name):
            for index, item in enumerate(record.data["items"]):
                serials = item.get("serials")
                if serials and "quantity" in item and len(serials) != item["quantity"]:
                    found.append(
                        at(
                            record,
                            ("items", index, "serials"),
                            "SERIALS-COUNT",
                            serials=number(len(serials)),
                            quantity=number(item["quantity"]),
                        )
                    )
    return found
