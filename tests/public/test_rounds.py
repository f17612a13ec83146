"""A simulated school year: weekly releases of a growing demo, each audited against the last.

The release the build publishes (``public.publish``) is tried the way an outsider would attack it
(``minhbach.audit``), week after week, on several seeds: no attack may succeed, and the site must
keep publishing: at least 80 % of the weeks in which a child could be named (handed over, with
consent) name new children.
"""

from __future__ import annotations

import dataclasses

import pytest

from minhbach.audit import audit
from minhbach.demo import build_demo
from minhbach.demo.timeline import records_on, weeks
from minhbach.public import build_public_site, publish
from minhbach.public.rounds import as_release
from minhbach.settings import Settings


@dataclasses.dataclass
class Year:
    weeks: int = 0
    findings: list = dataclasses.field(default_factory=list)
    could_name: int = 0  # weeks with children who could be named for the first time
    named_new: int = 0  # weeks that named new children
    holds: dict = dataclasses.field(default_factory=dict)


def simulate(students: int, seed: int) -> Year:
    tree = build_demo(students, seed)
    settings = Settings()
    year, previous, named = Year(), None, set()
    for day in weeks(tree):
        records = records_on(tree, day)
        publication = publish(records, as_of=day, settings=settings, previous=previous)
        candidate = as_release(publication.site)
        year.findings += [(day, f.code, f.field) for f in audit(previous, candidate)]
        fresh = build_public_site(records, as_of=day, settings=settings)
        now = {s.nomination for s in publication.site.students}
        year.weeks += 1
        year.could_name += bool({s.nomination for s in fresh.students} - named)
        year.named_new += bool(now - named)
        for hold in publication.holds:
            year.holds[hold.figure] = year.holds.get(hold.figure, 0) + 1
        previous, named = candidate, named | now
    return year


@pytest.mark.parametrize("seed", [1, 2])
def test_a_year_of_weekly_releases_publishes_and_gives_nothing_away(seed: int) -> None:
    year = simulate(300, seed)
    assert year.findings == []
    assert year.weeks > 30
    assert year.named_new >= 0.8 * year.could_name, year


def test_a_release_after_nothing_changed_holds_nothing_back_it_had_published() -> None:
    tree = build_demo(60, 3)
    day = list(weeks(tree))[12]
    records = records_on(tree, day)
    first = publish(records, as_of=day, settings=Settings(), previous=None)
    again = publish(records, as_of=day, settings=Settings(), previous=as_release(first.site))
    assert as_release(again.site).documents == as_release(first.site).documents
