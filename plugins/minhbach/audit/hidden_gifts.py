"""Hidden gifts: no money figure tells what a donor who hides values gave.

The attack: the cash received is published with the receptions it adds up (their ids, as listed
on the donors' pages). Subtract the amounts of donors who show theirs: what is left is the hidden
gifts' sum. In one release that sum must come from at least two donors who hide values; between
two releases its change must too (a new hidden gift alone moves the total by exactly its
amount, and the donor's page gains a row with its date). A change that no gift entering or
leaving the total explains (a hidden amount corrected) is that one gift's change: refused too.
"""

from __future__ import annotations

from dataclasses import dataclass

from minhbach.audit.release import Release

MINIMUM_DONORS = 2


@dataclass(frozen=True)
class Breach:
    """A money figure that gives away hidden gifts of fewer than two donors."""

    figure: str  # "total" (one release) or "change" (between two)
    donors: int  # donors who hide values behind the figure (or its change)
    gifts: int


def static_breach(release: Release) -> Breach | None:
    """The total received, minus the shown gifts, must be the gifts of two or more donors."""
    if release.cash_received is None:
        return None
    gifts = release.gifts()
    hidden = [gifts.get(g) for g in release.cash_gifts]
    hidden = [g for g in hidden if g is None or g.amount is None]
    shown = sum(gifts[g].amount or 0 for g in release.cash_gifts if g in gifts)
    remainder = release.cash_received - shown
    donors = {g.donor if g is not None else "?" for g in hidden}
    if (remainder != 0 or hidden) and len(donors) < MINIMUM_DONORS:
        return Breach("total", len(donors), len(hidden))
    return None


def change_breach(before: Release, after: Release) -> Breach | None:
    """Between two releases, the change of the total must come from two or more hidden donors."""
    if before.cash_received is None or after.cash_received is None:
        return None
    old, new = before.gifts(), after.gifts()
    entered = after.cash_gifts - before.cash_gifts
    left = before.cash_gifts - after.cash_gifts
    change = after.cash_received - before.cash_received
    shown = sum(new[g].amount or 0 for g in entered if g in new) - sum(
        old[g].amount or 0 for g in left if g in old
    )
    moved = [new.get(g) for g in entered] + [old.get(g) for g in left]
    hidden = [g for g in moved if g is None or g.amount is None]
    donors = {g.donor if g is not None else "?" for g in hidden}
    if (change - shown != 0 or hidden) and len(donors) < MINIMUM_DONORS:
        return Breach("change", len(donors), len(hidden))
    return None
