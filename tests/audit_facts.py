"""Small hand-made releases for the audit's tests: the outsider's facts, built in the test."""

from __future__ import annotations

import datetime as dt

from minhbach.audit.release import (
    CommuneTable,
    DonorFacts,
    GiftFact,
    Item,
    NamedChild,
    Release,
    Snapshot,
)

DAY = dt.date(2021, 11, 1)
COLUMNS = ("mo-coi-cha", "ho-ngheo")


def day(offset: int) -> dt.date:
    return DAY + dt.timedelta(days=offset)


def gift(ident: str, donor: str, on: int, *kinds: str, place="office", amount=None) -> GiftFact:
    return GiftFact(ident, donor, day(on), place, frozenset(kinds), "cash" in kinds, amount)


def donor(
    ident, *gifts, groups=None, elsewhere=0, hides=False, kinds_at=None, bought=None, handed=0
) -> DonorFacts:
    groups = groups or {}
    return DonorFacts(
        ident,
        hides,
        tuple(gifts),
        groups,
        elsewhere,
        sum(groups.values()) + elsewhere,
        kinds_at,
        handed,
        None if bought is None else frozenset(bought),
    )


def child(ident: str, school: str, *items: tuple[str, int]) -> NamedChild:
    return NamedChild(ident, school, tuple(Item(kind, 1, day(on)) for kind, on in items))


def release(
    *,
    as_of: int = 60,
    students=(),
    donors=(),
    reach_as_of: int | None = None,
    reach_handed=None,
    reach_kinds=None,
    snapshots=(),
    communes: CommuneTable | None = None,
    cash=None,
    cash_gifts=(),
    purchased=(),
    schools=("th-a", "th-b", "th-c"),
) -> Release:
    return Release(
        as_of=day(as_of),
        columns=COLUMNS,
        students=tuple(students),
        school_commune=dict.fromkeys(schools, "phuoc-kien"),
        donors={d.id: d for d in donors},
        reach_as_of=None if reach_as_of is None else day(reach_as_of),
        reach_handed=reach_handed or {},
        reach_kinds=reach_kinds or {},
        snapshots=tuple(snapshots),
        communes=communes,
        cash_received=cash,
        cash_as_of=None if cash is None else day(as_of),
        cash_gifts=frozenset(cash_gifts),
        purchased_kinds=frozenset(purchased),
    )


def snapshot(population: str, on: int, students: int, *cells) -> Snapshot:
    return Snapshot(
        population, day(on), students, tuple(c if isinstance(c, tuple) else (c, c) for c in cells)
    )
