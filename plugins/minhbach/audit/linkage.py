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

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from minhbach.audit.release import CASH, OFFICE, DonorFacts, Item, NamedChild, Release

GROUP = 5


@dataclass(frozen=True)
class Link:
    """A child whom public data ties to one donor."""

    nomination: str
    school: str
    donor: str
    how: str  # "only-donor", "all-children", "change" or "kind-count"


class Fitting:
    """Which donors fit an item, for one release: its gifts indexed by place and kind.

    The attacks only need to know whether *one* donor fits, so a search stops at the second:
    a province's release has tens of thousands of named children and thousands of gifts.
    """

    def __init__(self, release: Release) -> None:
        self.release = release
        # (place, kind) → [(day, donor)] of gifts that brought the kind there, oldest first
        gifts: dict[tuple[str, str], list[tuple[dt.date, str]]] = defaultdict(list)
        for donor in release.donors.values():
            for gift in donor.gifts:
                for kind in gift.kinds:
                    gifts[(gift.place, kind)].append((gift.on, donor.id))
        self._gifts = {key: sorted(found) for key, found in gifts.items()}
        self._fits: dict[tuple[str, str, str, dt.date], bool] = {}

    def some(
        self, school: str, item: Item, accept: Callable[[str], bool] | None = None, limit: int = 2
    ) -> set[str]:
        """Up to ``limit`` donors that could have given ``item`` to a child of ``school``.

        ``accept`` narrows the donors further (those whose figures moved; those an earlier
        release allows too).
        """
        found: set[str] = set()
        for key in self._keys(school, item):
            cash = key[1] == CASH
            for on, donor in self._gifts.get(key, ()):
                if on > item.on:
                    break
                if donor in found or not self._reached(donor, school, item):
                    continue
                if cash and not self._bought(donor, item):
                    continue
                if accept is None or accept(donor):
                    found.add(donor)
                    if len(found) >= limit:
                        return found
        return found

    def fits(self, donor: str, school: str, item: Item) -> bool:
        """True when ``donor`` could have given ``item`` to a child of ``school``."""
        key = (donor, school, item.kind, item.on)
        known = self._fits.get(key)
        if known is None:
            known = self._fits[key] = self._find(donor, school, item)
        return known

    def _find(self, donor: str, school: str, item: Item) -> bool:
        facts = self.release.donors.get(donor)
        if facts is None or not self._reached(donor, school, item):
            return False
        keys = set(self._keys(school, item))
        return any(
            gift.on <= item.on
            and any(
                (gift.place, kind) in keys and (kind != CASH or self._bought(donor, item))
                for kind in gift.kinds
            )
            for gift in facts.gifts
        )

    def _bought(self, donor: str, item: Item) -> bool:
        """The donor's cash could have bought the item's kind (what it bought, where published)."""
        release = self.release
        facts = release.donors[donor]
        if (
            facts.bought_kinds is None
            or release.reach_as_of is None
            or item.on > release.reach_as_of
        ):
            return True  # not published, or a purchase after the figures' day may have bought it
        return item.kind in facts.bought_kinds

    def _keys(self, school: str, item: Item) -> list[tuple[str, str]]:
        kinds = [item.kind] + ([CASH] if item.kind in self.release.purchased_kinds else [])
        return [(place, kind) for place in (OFFICE, school) for kind in kinds]

    def _reached(self, donor: str, school: str, item: Item) -> bool:
        """The donor's reach figures allow it at ``school``, if they count the item at all."""
        release = self.release
        if release.reach_as_of is None or item.on > release.reach_as_of:
            return True  # the reach figures do not count this item yet
        facts = release.donors[donor]
        if facts.kinds_at is not None:  # kinds per school: the shape the site published before
            return item.kind in facts.kinds_at.get(school, frozenset())
        return school in facts.groups or facts.elsewhere > 0


def links(
    release: Release, earlier: Sequence[Release] = (), children: Iterable[NamedChild] | None = None
) -> list[Link]:
    """Every child of ``release`` that public data (this and ``earlier`` releases) ties to one donor.

    ``children``: whom to test (default: the release's named children); the build passes every
    child handed over, named or not yet, because a child named later can be attacked then.
    """
    named_here = list(release.students)
    children = named_here if children is None else list(children)
    fitting = Fitting(release)
    before = [
        (Fitting(other), _named_items(other), _new_donors(other, release)) for other in earlier
    ]
    found: list[Link] = []
    groups = _Groups(fitting, named_here)
    for child in children:
        for item in child.items:
            narrowing = [
                (other, new)
                for other, named, new in before
                if item in named.get(child.nomination, ())
            ]

            def allowed(donor: str, school=child.school, item=item, narrowing=narrowing) -> bool:
                return all(donor in new or o.fits(donor, school, item) for o, new in narrowing)

            candidates = fitting.some(child.school, item, allowed if narrowing else None)
            if len(candidates) == 1:
                (donor,) = candidates
                if not groups.acknowledge(donor, child.school):
                    found.append(Link(child.nomination, child.school, donor, "only-donor"))
                    break
    found += _counted(release, children, groups)
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
    fitting = Fitting(after)
    groups = _Groups(fitting, after.students)
    found: list[Link] = []
    for child in children:
        for item in child.items:
            if not start < item.on <= after.reach_as_of:
                continue
            candidates = fitting.some(child.school, item, movers.__contains__)
            if len(candidates) == 1:
                (donor,) = candidates
                if not groups.acknowledge(donor, child.school):
                    found.append(Link(child.nomination, child.school, donor, "change"))
    found += _kind_counted(before, after, children, groups, start)
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
                and not groups.acknowledge(donor_id, child.school)
            ):
                found.append(Link(child.nomination, child.school, donor_id, "change"))
    return _unique(found)


def _kind_takers(before: Release, after: Release) -> dict[str, str]:
    """kind → the donor that surely handed every device of that kind between the two releases.

    The outsider's arithmetic (found by a red-team attack on three simulated years): K[k], the
    devices of kind k handed district-wide in the window, comes from the reach's devices per
    kind; a donor's change of ``devices_handed`` is the sum of what it handed of each kind it
    can supply (its receptions' kinds, and for cash what its money bought, or any kind bought).
    Each of its other kinds took at most min(change, K[k']) of it, so it handed at least
    change − Σ others of kind k: when that reaches K[k], every kind-k device was its own. Only
    bounds that stay true when a purchase paid by several donors counts for each of them.
    """
    day = after.reach_as_of
    handed = {
        kind: after.reach_kinds.get(kind, 0) - before.reach_kinds.get(kind, 0)
        for kind in after.reach_kinds
    }
    window = {kind: count for kind, count in handed.items() if count > 0}
    takers: dict[str, str] = {}
    for donor in after.donors.values():
        was = before.donors[donor.id].devices_handed if donor.id in before.donors else 0
        change = donor.devices_handed - was
        if change <= 0:
            continue
        kinds = _suppliable(after, donor, day) & window.keys()
        for kind in kinds:
            others = sum(min(change, window[other]) for other in kinds if other != kind)
            if change - others >= window[kind]:
                takers[kind] = donor.id
    return takers


def _kind_counted(
    before: Release, after: Release, children: list[NamedChild], groups: _Groups, start: dt.date
) -> list[Link]:
    """Children with an item of a kind one donor surely took, handed after ``start``."""
    end = after.reach_as_of
    return [
        Link(child.nomination, child.school, donor, "kind-count")
        for kind, donor in _kind_takers(before, after).items()
        for child in children
        if any(item.kind == kind and start < item.on <= end for item in child.items)
        and not groups.acknowledge(donor, child.school)
    ]


def _suppliable(release: Release, donor: DonorFacts, day: dt.date) -> set[str]:
    """The kinds ``donor`` could have handed by ``day``: what it gave, and what its cash bought."""
    kinds: set[str] = set()
    for gift in donor.gifts:
        if gift.on > day:
            continue
        for kind in gift.kinds:
            if kind != CASH:
                kinds.add(kind)
            elif donor.bought_kinds is not None:
                kinds |= donor.bought_kinds
            else:
                kinds |= release.purchased_kinds
    return kinds


def ever_named(release: Release, earlier: Sequence[Release]) -> list[NamedChild]:
    """The children named in ``release`` and those only an earlier release names.

    A child no longer named (consent withdrawn, or held back) is still named in the versions the
    outsider kept: what this release adds may tie them to a donor all the same.
    """
    named = {child.nomination: child for child in release.students}
    for other in earlier:
        for child in other.students:
            named.setdefault(child.nomination, child)
    return list(named.values())


def _named_items(release: Release) -> dict[str, frozenset[Item]]:
    """What ``release`` names each child with: its data narrows that child's donors too."""
    return {child.nomination: frozenset(child.items) for child in release.students}


def _new_donors(earlier: Release, release: Release) -> set[str]:
    """Donors unknown to an earlier release: it cannot have ruled them out."""
    return {d for d in release.donors if d not in earlier.donors}


class _Groups:
    """Whether a donor is acknowledged at a school for a group of five named children there.

    Asked only about a child already tied to one donor, so each (donor, school) pair is counted
    the first time it is asked, not for every donor named at every school.
    """

    def __init__(self, fitting: Fitting, named: Iterable[NamedChild]) -> None:
        self.fitting = fitting
        self.release = fitting.release
        self.at_school: dict[str, list[NamedChild]] = defaultdict(list)
        for child in named:
            self.at_school[child.school].append(child)
        self._sizes: dict[tuple[str, str], int] = {}

    def acknowledge(self, donor: str, school: str) -> bool:
        facts = self.release.donors.get(donor)
        if facts is None or facts.groups.get(school, 0) < GROUP:
            return False
        key = (donor, school)
        if key not in self._sizes:
            self._sizes[key] = sum(
                1
                for child in self.at_school.get(school, ())
                if any(self.fitting.fits(donor, school, item) for item in child.items)
            )
        return self._sizes[key] >= GROUP


def _places(release: Release, donor: DonorFacts) -> set[str]:
    """Schools the donor's devices could reach: any, once a gift came through the office."""
    if any(g.place == OFFICE for g in donor.gifts):
        return set(release.school_commune)
    return {g.place for g in donor.gifts}


def _counted(release: Release, children: list[NamedChild], groups: _Groups) -> list[Link]:
    """A donor with as many students (or devices) as were handed took them all.

    At a school, or at the schools it is not named at: its students there against all the
    children handed there. District-wide: its devices handed against all the devices handed by
    the figures' day.
    """
    if release.reach_as_of is None:
        return []
    day = release.reach_as_of
    counted: dict[str, list[NamedChild]] = defaultdict(list)  # school → children the reach counts
    for child in children:
        if any(item.on <= day for item in child.items):
            counted[child.school].append(child)
    found = []
    for donor in release.donors.values():
        everywhere = [s for s, n in donor.groups.items() if n >= release.reach_handed.get(s, 0)]
        if donor.elsewhere > 0:
            unlisted = _places(release, donor) - set(donor.groups)
            if donor.elsewhere >= sum(release.reach_handed.get(s, 0) for s in unlisted):
                everywhere += unlisted
        for school in everywhere:
            for child in counted.get(school, ()):
                if not groups.acknowledge(donor.id, school):
                    found.append(Link(child.nomination, school, donor.id, "all-children"))
        if donor.devices_handed and donor.devices_handed >= sum(release.reach_kinds.values()):
            for school, at_school in counted.items():
                for child in at_school:
                    if not groups.acknowledge(donor.id, school):
                        found.append(Link(child.nomination, school, donor.id, "all-children"))
    nothing_yet = dataclasses.replace(release, donors={}, reach_kinds={})
    found += _kind_counted(nothing_yet, release, children, groups, dt.date.min)
    return found


def _unique(found: list[Link]) -> list[Link]:
    return list(dict.fromkeys(found))
