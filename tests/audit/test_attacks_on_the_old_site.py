"""Each attack of issue 14, run on weekly releases of the site as it was before publication safety.

The old site published every figure as of the build day, and each donor's page listed every
school it reached with the kinds handed there. Weekly releases of a 300-student demo year, read
as an outsider reads them, give away every kind of secret the audit looks for: these tests are
the attacks succeeding. ``tests/public/test_rounds.py`` runs the same year through the release
the build now publishes, and the same attacks find nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from minhbach import ledger
from minhbach.audit import audit, release_from_documents
from minhbach.demo import build_demo
from minhbach.demo.timeline import records_on, weeks
from minhbach.figures import compute_figures
from minhbach.public import build_public_site
from minhbach.public.documents import DONORS, published
from minhbach.settings import Settings


def old_site(records, day: dt.date):
    """The release the old site made: fresh figures, donors' reach with kinds per school."""
    documents = published(build_public_site(records, as_of=day, settings=Settings()))
    figures = compute_figures(records, ledger.compute(records))
    for entry in documents[DONORS]["donors"]:
        cells = figures.donors[entry["id"]].schools
        entry["reach"] = [
            {
                "school": school,
                "school_name": school,
                "students": cell["students"],
                "devices": [{"kind": kind} for kind in cell["items"]],
            }
            for school, cell in cells.items()
        ]
        entry["reach_elsewhere"] = 0
    documents[DONORS]["reach"]["as_of"] = day.isoformat()
    return release_from_documents(documents)


@pytest.fixture(scope="module")
def found() -> Counter:
    tree = build_demo(300, 1)
    previous, codes = None, Counter()
    for day in list(weeks(tree))[:20]:
        candidate = old_site(records_on(tree, day), day)
        codes.update(f.code for f in audit(previous, candidate))
        previous = candidate
    return codes


@pytest.mark.parametrize(
    "code",
    [
        "DISCLOSURE-DIFFERENCING",  # one child approved, a category count moves by one
        "DISCLOSURE-TABLE",  # "< 5" cells worked out from column totals and commune counts
        "DISCLOSURE-DONOR-LINK",  # a named child's kinds fit one donor's school and kinds
        "DISCLOSURE-HIDDEN-GIFT",  # the cash total moves by exactly one hidden gift
    ],
)
def test_the_attack_succeeds_on_the_old_site(found: Counter, code: str) -> None:
    assert found[code] > 0, found
