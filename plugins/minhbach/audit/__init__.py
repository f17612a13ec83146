"""The disclosure audit: what the site publishes, taken with every earlier release, singles out no child.

Masking each value is not enough: an outsider keeps every version of the site and may know a
child by sight (initials, school, grade). Each module here is one attack, written as the outsider
would run it on the open data of ``/du-lieu/`` (``release.py`` reads it), and returns what it
managed to learn:

* ``differencing``: a category count moving with too few newcomers, or by all of them;
* ``tables``: a hidden cell of the commune × category table worked out from the totals;
* ``linkage``: a named child who fits one donor only (kinds, places, days, counts);
* ``hidden_gifts``: the cash total, minus shown gifts, being one donor's hidden gift.

``audit`` runs them all on a candidate release against the previous one and turns what they
learn into ``DISCLOSURE-…`` findings: the build refuses such a release (exit 1). The public views
(``public.rounds``) use the same attacks to decide what may move in a release, so an ordinary
week of work publishes; the audit is what stands between a mistake there and the public.
"""

from __future__ import annotations

from minhbach.audit import differencing, hidden_gifts, linkage, tables
from minhbach.audit import release as documents
from minhbach.audit.release import (
    DISTRICT,
    Release,
    ReleaseFormatError,
    read_release,
    release_from_documents,
)
from minhbach.findings import Bilingual, Finding, finding

__all__ = [
    "Release",
    "ReleaseFormatError",
    "audit",
    "read_release",
    "release_from_documents",
]


def audit(
    previous: Release | None, candidate: Release, *, folder: str = "du-lieu"
) -> list[Finding]:
    """Every disclosure ``candidate`` makes, alone and against ``previous``; paths under ``folder``."""
    found: list[Finding] = []
    found += _differencing(previous, candidate, folder)
    found += _tables(candidate, folder)
    found += _linkage(previous, candidate, folder)
    found += _hidden_gifts(previous, candidate, folder)
    return found


def _where(folder: str, stem: str) -> str:
    return f"{folder}/{stem}.json"


def _population(name: str) -> str:
    return "toàn huyện" if name == DISTRICT else f"xã/thị trấn `{name}`"


def _differencing(previous, candidate, folder) -> list[Finding]:
    found = []
    known = previous.snapshots if previous is not None else ()
    for breach in differencing.new_breaches(known, candidate.snapshots, candidate.columns):
        params = {
            "population": _population(breach.population),
            "before": _date(breach.before),
            "after": _date(breach.after),
            "newcomers": breach.newcomers,
        }
        if breach.category is None:
            code = "DISCLOSURE-DIFFERENCING"
        else:
            code = "DISCLOSURE-SHARED-CATEGORY"
            params["category"] = breach.category
        found.append(
            finding(
                _where(folder, documents.CATEGORIES),
                (1, 1),
                code,
                field=breach.population,
                **params,
            )
        )
    return found


def _tables(candidate: Release, folder: str) -> list[Finding]:
    if candidate.communes is None:
        return []
    return [
        finding(
            _where(folder, documents.CATEGORIES),
            (1, 1),
            "DISCLOSURE-TABLE",
            field=f"communes.{cell.commune}.{candidate.columns[cell.column]}",
            commune=cell.commune,
            category=candidate.columns[cell.column],
        )
        for cell in tables.solved_cells(candidate.communes)
    ]


def _linkage(previous, candidate, folder) -> list[Finding]:
    earlier = [previous] if previous is not None else []
    found_links = linkage.links(candidate, earlier, linkage.ever_named(candidate, earlier))
    if previous is not None:
        found_links += linkage.change_links(previous, candidate)
    return [
        finding(
            _where(folder, documents.STUDENTS),
            (1, 1),
            "DISCLOSURE-DONOR-LINK",
            field=link.nomination,
            nomination=link.nomination,
            school=link.school,
            donor=link.donor,
            how=_HOW[link.how],
        )
        for link in dict.fromkeys(found_links)
    ]


def _hidden_gifts(previous, candidate, folder) -> list[Finding]:
    breaches = [hidden_gifts.static_breach(candidate)]
    if previous is not None:
        breaches.append(hidden_gifts.change_breach(previous, candidate))
    return [
        finding(
            _where(folder, documents.PROGRESS),
            (1, 1),
            "DISCLOSURE-HIDDEN-GIFT",
            field="money.received",
            figure=_FIGURE[breach.figure],
            donors=breach.donors,
        )
        for breach in breaches
        if breach is not None
    ]


_HOW = {
    "only-donor": Bilingual(
        "chỉ một nhà tài trợ đã tặng loại thiết bị đó, trước ngày đó, ở nơi đó",
        "only one donor gave that kind, before that day, at that place",
    ),
    "all-children": Bilingual(
        "số học sinh nhà tài trợ đã đến bằng mọi em đã nhận ở đó",
        "the donor's students there are as many as all children handed there",
    ),
    "change": Bilingual(
        "so với bản trước, chỉ số liệu của nhà tài trợ này đổi khi em nhận thiết bị",
        "against the previous release, only this donor's figures moved when the child received",
    ),
    "kind-count": Bilingual(
        "số thiết bị nhà tài trợ đã trao tăng nhiều hơn mọi loại khác có thể góp, nên mọi thiết "
        "bị loại đó trao trong khoảng ấy là của nhà tài trợ này",
        "the donor's devices handed grew by more than all other kinds could account for, so "
        "every device of that kind handed in the window was this donor's",
    ),
}
_FIGURE = {
    "total": Bilingual("trong bản này", "in this release"),
    "change": Bilingual("phần tăng so với bản trước", "its change since the previous release"),
}


def _date(day) -> str:
    return "đầu chương trình" if day == differencing.ORIGIN else day.strftime("%d/%m/%Y")
