"""Donor linkage: no named child can be tied to the one donor whose device they received.

A donor's name can tell a child's category (an orphans' fund), so DESIGN keeps donors away from
children: every named child must fit at least two donors, or the donor is acknowledged at the
child's school for a group of at least five named children (a group, not a child).

The attack, from public data only: a donor *fits* an item a named child received (a kind, on a
day, at a school) when one of the donor's receptions came before it, at the office or at that
school, and brought that kind, or cash while devices of that kind were bought. Where the item
falls within the donors' reach figures (on or before their day), the donor must also have
reached that school: named there, or with students elsewhere. Counting is an attack too: a donor
whose students at a school (or elsewhere) are as many as all the children handed there took
every one of them; and between two versions of the reach, a child handed in between fits only
the donors whose figures moved, and a donor whose figures moved by as many children as were
handed in the places it could reach took them all.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from minhbach.audit.release import OFFICE, DonorFacts, Item, NamedChild, Release

GROUP = 5


@dataclass(frozen=True)
class Link:
    """A child whom public data ties to one donor."""

    nomination: str
    school: str
    donor: str
    how: str  # "only-donor", "all-children" or "change"


def fits(release: Release, donor: DonorFacts, school: str, item: Item) -> bool:
    """True when ``donor`` could have given ``item`` to a child of ``school`` (public data)."""
    if not any(_gift_fits(release, gift, school, item) for gift in donor.gifts):
        return False
    if release.reach_as_of is None or item.on > release.reach_as_of:
        return True  # the reach figures do not count this item yet
    if donor.kinds_at is not None:  # kinds per school: the shape the site published before
        return item.kind in donor.kinds_at.get(school, frozenset())
    return school in donor.groups or donor.elsewhere > 0


def _gift_fits(release: Release, gift, school: str, item: Item) -> bool:
    if gift.on > item.on or gift.place not in (OFFICE, school):
        return False
    return item.kind in gift.kinds or (gift.cash and item.kind in release.purchased_kinds)


def donors_of(release: Release, school: str, item: Item) -> set[str]:
    return {d.id for d in release.donors.values() if fits(release, d, school, item)}


def links(
    release: Release, earlier: Sequence[Release] = (), children: Iterable[NamedChild] | None = None
) -> list[Link]:
    """Every named child of ``release`` that public data (this and ``earlier`` releases) ties to one donor.

    ``children``: whom to test (default: the release's named children); the build passes every
    child handed over, named or not yet, because a child named later can be attacked then.
    """
    named_here = list(release.students)
    children = named_here if children is None else list(children)
    found: list[Link] = []
    group_sizes = _group_sizes(release, named_here)
    for child in children:
        for item in child.items:
            candidates = donors_of(release, child.school, item)
            for other in earlier:
                if _holds(other, child, item):
                    candidates &= donors_of(other, child.school, item) | _new_donors(other, release)
            if len(candidates) == 1:
                (donor,) = candidates
                if not _acknowledged(release, donor, child.school, group_sizes):
                    found.append(Link(child.nomination, child.school, donor, "only-donor"))
                    break
    found += _counted(release, children, group_sizes)
    return _unique(found)


def change_links(
    before: Release, after: Release, children: Iterable[NamedChild] | None = None
) -> list[Link]:
    """Children tied to a donor by the change of the reach figures between two releases."""
    if after.reach_as_of is None or before.reach_as_of == after.reach_as_of:
        return []
    start = before.reach_as_of or dt.date.min
    moved = {
        d.id: d.total - (before.donors[d.id].total if d.id in before.donors else 0)
        for d in after.donors.values()
    }
    movers = {donor for donor, change in moved.items() if change > 0}
    children = list(after.students if children is None else children)
    group_sizes = _group_sizes(after, after.students)
    found: list[Link] = []
    for child in children:
        for item in child.items:
            if not start < item.on <= after.reach_as_of:
                continue
            candidates = donors_of(after, child.school, item) & movers
            if len(candidates) == 1:
                (donor,) = candidates
                if not _acknowledged(after, donor, child.school, group_sizes):
                    found.append(Link(child.nomination, child.school, donor, "change"))
    for donor_id in movers:
        donor = after.donors[donor_id]
        places = _places(after, donor)
        handed = sum(after.reach_handed.get(s, 0) - before.reach_handed.get(s, 0) for s in places)
        if moved[donor_id] < handed:
            continue
        for child in children:
            if (
                child.school in places
                and any(start < item.on <= after.reach_as_of for item in child.items)
                and not _acknowledged(after, donor_id, child.school, group_sizes)
            ):
                found.append(Link(child.nomination, child.school, donor_id, "change"))
    return _unique(found)


def _holds(release: Release, child: NamedChild, item: Item) -> bool:
    """True when ``release`` names ``child`` with ``item``: its data narrows the donors too."""
    return any(c.nomination == child.nomination and item in c.items for c in release.students)


def _new_donors(earlier: Release, release: Release) -> set[str]:
    """Donors unknown to an earlier release: it cannot have ruled them out."""
    return {d for d in release.donors if d not in earlier.donors}


def _group_sizes(release: Release, named: Iterable[NamedChild]) -> dict[tuple[str, str], int]:
    """(donor, school) → named children at that school whom the donor fits."""
    sizes: dict[tuple[str, str], int] = defaultdict(int)
    for child in named:
        fitting: set[str] = set()
        for item in child.items:
            fitting |= donors_of(release, child.school, item)
        for donor in fitting:
            sizes[(donor, child.school)] += 1
    return sizes


def _acknowledged(release: Release, donor: str, school: str, sizes) -> bool:
    facts = release.donors.get(donor)
    return (
        facts is not None
        and school in facts.groups
        and facts.groups[school] >= GROUP
        and sizes.get((donor, school), 0) >= GROUP
    )


def _places(release: Release, donor: DonorFacts) -> set[str]:
    """Schools the donor's devices could reach: any, once a gift came through the office."""
    if any(g.place == OFFICE for g in donor.gifts):
        return set(release.school_commune)
    return {g.place for g in donor.gifts}


def _counted(release: Release, children: list[NamedChild], sizes) -> list[Link]:
    """A donor with as many students somewhere as were handed there took every one of them."""
    if release.reach_as_of is None:
        return []
    found = []
    for donor in release.donors.values():
        unlisted = _places(release, donor) - set(donor.groups)
        everywhere = [(school, n) for school, n in donor.groups.items()]
        if donor.elsewhere > 0:
            total = sum(release.reach_handed.get(s, 0) for s in unlisted)
            if donor.elsewhere >= total:
                everywhere += [(s, None) for s in unlisted]
        for school, students in everywhere:
            if students is not None and students < release.reach_handed.get(school, 0):
                continue
            for child in children:
                if (
                    child.school == school
                    and any(item.on <= release.reach_as_of for item in child.items)
                    and not _acknowledged(release, donor.id, school, sizes)
                ):
                    found.append(Link(child.nomination, school, donor.id, "all-children"))
    return found


def _unique(found: list[Link]) -> list[Link]:
    return list(dict.fromkeys(found))
