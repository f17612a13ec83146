"""Qualifying rounds: which families of figures may move in this release, and which are held.

The fresh projection (``project.py``) has every figure as of the build day. Published as it is,
it would let an outsider who keeps every release single children out (``minhbach.audit``). So,
family by family, the fresh figures are tried against the audit's own attacks, with the previous
release as the outsider has it; a family that would give something away keeps the figures of
the previous release (with their day, which the pages print), or is not published yet:

* category figures: district-wide first; the commune table only together with them, and only
  when no hidden cell can be solved;
* the cash received (with the receptions it adds up);
* the donors' reach: tried with every child handed over, named or not yet (a child named later
  is attacked then, with this release in hand);
* named children: one whom public data ties to a single donor is not named in this release.

Holding is always safe: an unchanged figure tells nothing new. ``Hold`` records why, for the
build's summary (it is internal: it names no child).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from minhbach.audit import differencing, hidden_gifts, linkage, tables
from minhbach.audit.release import NamedChild, Release, release_from_documents
from minhbach.public.documents import CATEGORIES, DONORS, PROGRESS, published
from minhbach.public.suppression import Cell
from minhbach.public.views import (
    Categories,
    CategoryCounts,
    CategoryRow,
    CategoryTable,
    DonorAtSchool,
    DonorView,
    KindCount,
    Money,
    PublicSite,
    Reach,
    ReachAtSchool,
    SchoolCount,
)


@dataclass(frozen=True)
class Hold:
    """A family of figures not moved in this release, and why (for the staff's build summary)."""

    figure: str  # "categories", "communes", "cash", "reach" or "students"
    reason: str  # "differencing", "table", "hidden-gift", "donor-link"
    count: int = 0  # children held back (figure "students")
    since: dt.date | None = None  # the day the published figures stand at (None: not published)


def settle(
    fresh: PublicSite, previous: Release | None, handed: Sequence[NamedChild]
) -> tuple[PublicSite, tuple[Hold, ...]]:
    """The release to publish: ``fresh`` with every family that may not move yet held back."""
    holds: list[Hold] = []
    earlier = [previous] if previous is not None else []
    cache: dict = {}

    def read(site: PublicSite) -> Release:
        return as_release(site, cache)

    site = _categories(fresh, previous, holds, read)
    site = _money(site, previous, holds, read)
    site = _reach(site, previous, earlier, handed, holds, read)
    site = _students(site, previous, earlier, holds, read)
    return site, tuple(holds)


def as_release(site: PublicSite, cache: dict | None = None) -> Release:
    """``site`` as an outsider reads it back from /du-lieu/ (``cache``: see ``published``)."""
    return release_from_documents(published(site, cache))


def new_breaches(previous: Release | None, candidate: Release) -> list[differencing.Breach]:
    known = previous.snapshots if previous is not None else ()
    return differencing.new_breaches(known, candidate.snapshots, candidate.columns)


# Categories ----------------------------------------------------------------------------------


def _categories(site: PublicSite, previous: Release | None, holds: list[Hold], read) -> PublicSite:
    fresh = site.categories
    held_district, held_table = _previous_categories(previous)
    district_only = dataclasses.replace(site, categories=Categories(fresh.district, None))
    if new_breaches(previous, read(district_only)):
        since = held_district.as_of if held_district is not None else None
        holds.append(Hold("categories", "differencing", since=since))
        return dataclasses.replace(site, categories=Categories(held_district, held_table))
    for table in (fresh.communes, held_table):
        if table is None:
            continue
        candidate = dataclasses.replace(site, categories=Categories(fresh.district, table))
        release = read(candidate)
        if not new_breaches(previous, release) and not tables.solved_cells(release.communes):
            if table is not fresh.communes:
                holds.append(Hold("communes", "differencing", since=table.as_of))
            return candidate
    holds.append(Hold("communes", "table"))
    return district_only


def _previous_categories(
    previous: Release | None,
) -> tuple[CategoryCounts | None, CategoryTable | None]:
    if previous is None:
        return None, None
    doc = previous.documents[CATEGORIES]
    district = doc["district"]
    communes = doc["communes"]
    held_district = None
    if district is not None:
        held_district = CategoryCounts(
            _columns(district["columns"]),
            tuple(district["counts"]),
            district["students"],
            _day(district["as_of"]),
        )
    held_table = None
    if communes is not None:
        held_table = CategoryTable(
            _columns(communes["columns"]),
            tuple(
                CategoryRow(
                    row["commune"],
                    row["label"],
                    tuple(_cell(c) for c in row["cells"]),
                    row["students"],
                )
                for row in communes["rows"]
            ),
            tuple(_cell(c) for c in communes["district"]),
            communes["students"],
            _day(communes["as_of"]),
        )
    return held_district, held_table


# Cash ----------------------------------------------------------------------------------------


def _money(site: PublicSite, previous: Release | None, holds: list[Hold], read) -> PublicSite:
    release = read(site)
    if hidden_gifts.static_breach(release) is None and (
        previous is None or hidden_gifts.change_breach(previous, release) is None
    ):
        return site
    if previous is not None and previous.cash_received is not None:
        money = previous.documents[PROGRESS]["money"]
        held = dataclasses.replace(
            site,
            money=Money(
                money["received"],
                site.money.spent,
                _day(money["received_as_of"]),
                tuple(money["gifts"]),
            ),
        )
        if hidden_gifts.static_breach(read(held)) is None:
            holds.append(Hold("cash", "hidden-gift", since=held.money.received_as_of))
            return held
    holds.append(Hold("cash", "hidden-gift"))
    return dataclasses.replace(site, money=Money(None, site.money.spent))


# Reach ---------------------------------------------------------------------------------------


def _reach(
    site: PublicSite,
    previous: Release | None,
    earlier: list[Release],
    handed: Sequence[NamedChild],
    holds: list[Hold],
    read,
) -> PublicSite:
    site = _with_school_donors(site)
    release = read(site)
    by_gifts = {
        link.nomination
        for link in linkage.links(dataclasses.replace(release, reach_as_of=None), earlier, handed)
    }
    before = previous if previous is not None else _nothing_reached(release)
    caused = linkage.links(release, earlier, handed) + linkage.change_links(before, release, handed)
    if not [link for link in caused if link.nomination not in by_gifts]:
        return site
    held = _with_school_donors(_held_reach(site, previous))
    holds.append(Hold("reach", "donor-link", since=held.reach.as_of))
    return held


def _nothing_reached(release: Release) -> Release:
    """The release before the first handover: no donor has reached anyone."""
    return dataclasses.replace(
        release, donors={}, reach_as_of=None, reach_handed={}, reach_kinds={}
    )


def _held_reach(site: PublicSite, previous: Release | None) -> PublicSite:
    old: Mapping[str, Mapping] = {}
    reach = Reach(None)
    if previous is not None:
        doc = previous.documents[DONORS]
        old = {d["id"]: d for d in doc["donors"]}
        reach = Reach(
            _day(doc["reach"]["as_of"]),
            tuple(SchoolCount(c["school"], c["students"]) for c in doc["reach"]["handed"]),
            _kinds(doc["reach"]["devices"]),
        )
    donors = tuple(_held_donor(donor, old.get(donor.id)) for donor in site.donors)
    return dataclasses.replace(site, donors=donors, reach=reach)


def _held_donor(donor: DonorView, old: Mapping | None) -> DonorView:
    if old is None:
        return dataclasses.replace(
            donor,
            reach=(),
            students_reached=0,
            reach_elsewhere=0,
            devices_handed=0,
            devices_waiting=None,
            bought=None,
        )
    return dataclasses.replace(
        donor,
        reach=tuple(
            ReachAtSchool(r["school"], r["school_name"], r["students"]) for r in old["reach"]
        ),
        students_reached=old["students_reached"],
        reach_elsewhere=old["reach_elsewhere"],
        devices_handed=old["devices_handed"],
        devices_waiting=old["devices_waiting"],
        bought=_kinds(old["bought"]),
    )


def _with_school_donors(site: PublicSite) -> PublicSite:
    """Each school page lists the donors named there, from the reach being published."""
    schools = tuple(
        dataclasses.replace(
            school,
            donors=tuple(
                DonorAtSchool(d.id, d.name, r.students)
                for d in site.donors
                for r in d.reach
                if r.school == school.id
            ),
        )
        for school in site.schools
    )
    return dataclasses.replace(site, schools=schools)


# Named children ------------------------------------------------------------------------------


def _students(
    site: PublicSite, previous: Release | None, earlier: list[Release], holds: list[Hold], read
) -> PublicSite:
    withheld: set[str] = set()
    while True:
        release = read(site)
        children = linkage.ever_named(release, earlier)
        tied = {link.nomination for link in linkage.links(release, earlier, children)}
        named_now = tied & {child.nomination for child in release.students}
        if named_now:
            withheld |= named_now
            site = _without(site, named_now)
        elif tied and not any(h.figure == "reach" for h in holds):
            # Only a child an earlier release named is tied, by what this one adds about the
            # donors: that cannot be taken back, so the donors' figures stay as they were.
            site = _with_school_donors(_held_reach(site, previous))
            holds.append(Hold("reach", "donor-link", since=site.reach.as_of))
        else:
            break
    if withheld:
        holds.append(Hold("students", "donor-link", len(withheld)))
    return site


def _without(site: PublicSite, nominations: set[str]) -> PublicSite:
    students = tuple(s for s in site.students if s.nomination not in nominations)
    schools = tuple(
        dataclasses.replace(
            school, students=tuple(s for s in school.students if s.nomination not in nominations)
        )
        for school in site.schools
    )
    return dataclasses.replace(
        site,
        students=students,
        schools=schools,
        unnamed_students=site.unnamed_students + len(site.students) - len(students),
    )


def _kinds(entries) -> tuple[KindCount, ...] | None:
    if entries is None:
        return None
    return tuple(KindCount(e["kind"], e["label"], e["quantity"]) for e in entries)


def _columns(pairs) -> tuple[tuple[str, str], ...]:
    return tuple((slug, label) for slug, label in pairs)


def _cell(doc: Mapping) -> Cell:
    return Cell(doc["value"], doc["text"], doc["reason"])


def _day(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)
