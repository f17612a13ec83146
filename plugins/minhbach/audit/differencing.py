"""Differencing: two versions of a category figure must not tell a newcomer's category.

The attack: an outsider keeps every release. Between two of them a population (the district's
approved students, or a commune's) grows by ``e`` children, which the published numbers of
students say; if a category count grows by ``e`` too, every newcomer has that category, and the
newcomers who are later named on /ho-tro/ (or who are few enough to know) have it revealed. With
one newcomer, any change of a category count is that child's category.

So a category figure may change only if ``e ≥ 5`` and no category can be shown to have grown by
``e``: with hidden cells, the outsider's smallest possible growth (the new interval's low end
minus the old interval's high end) must stay below ``e`` (DESIGN "Differencing"). Every pair of
versions of the same population is compared, not only consecutive ones: the tables of one
release (the district figures, the commune table's district row) are versions too.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from minhbach.audit.release import DISTRICT, Snapshot

MINIMUM = 5
ORIGIN = dt.date.min  # the programme before its first approval: every population is empty


@dataclass(frozen=True)
class Breach:
    """A pair of versions that gives away newcomers' categories."""

    population: str
    before: dt.date
    after: dt.date
    newcomers: int
    category: str | None  # None: too few newcomers for any change; else the category revealed


def origin(columns: tuple[str, ...], populations: Iterable[str]) -> list[Snapshot]:
    """The empty version of each population: what every outsider knows before the first release."""
    zero = tuple((0, 0) for _ in columns)
    return [Snapshot(p, ORIGIN, 0, zero) for p in {DISTRICT, *populations}]


def breaches(snapshots: Iterable[Snapshot], columns: tuple[str, ...]) -> list[Breach]:
    """Every pair of versions of one population that breaks the rule."""
    by_population: dict[str, dict[dt.date, Snapshot]] = defaultdict(dict)
    found: list[Breach] = []
    for snapshot in snapshots:
        versions = by_population[snapshot.population]
        known = versions.get(snapshot.as_of)
        if known is None:
            versions[snapshot.as_of] = snapshot
        elif known != snapshot:  # one day, two different figures: the difference is a change
            found += _pair(known, snapshot, columns)
    for versions in by_population.values():
        ordered = [versions[day] for day in sorted(versions)]
        for i, before in enumerate(ordered):
            for after in ordered[i + 1 :]:
                found += _pair(before, after, columns)
    return found


def _pair(before: Snapshot, after: Snapshot, columns: tuple[str, ...]) -> list[Breach]:
    if before.cells == after.cells:
        return []
    newcomers = after.students - before.students
    if newcomers < MINIMUM:
        return [Breach(after.population, before.as_of, after.as_of, newcomers, None)]
    return [
        Breach(after.population, before.as_of, after.as_of, newcomers, column)
        for column, old, new in zip(columns, before.cells, after.cells, strict=True)
        if new[0] - old[1] >= newcomers
    ]


def new_breaches(
    known: Sequence[Snapshot], candidate: Sequence[Snapshot], columns: tuple[str, ...]
) -> list[Breach]:
    """Breaches that involve a version in ``candidate`` (pairs of ``known`` ones were judged before).

    ``known``: the versions of earlier releases; the empty origin is added to them.
    """
    populations = {s.population for s in (*candidate, *known)}
    base = origin(columns, populations) + list(known)
    old = set(base)
    fresh = {(s.population, s.as_of) for s in candidate if s not in old}
    return [
        b
        for b in breaches(base + list(candidate), columns)
        if (b.population, b.after) in fresh or (b.population, b.before) in fresh
    ]
