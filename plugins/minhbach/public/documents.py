"""The public views as JSON documents: what ``/du-lieu/`` publishes and what the next build reads.

The documents are the views themselves (``plain``: ``dataclasses.asdict`` without its deep
copies, a province's views being some million values), so the open data holds exactly
what the pages show. They are also the release that the next build's audit compares against (an
outsider keeps every version of them): ``FORMAT`` says which shape they have, and the audit
refuses to guess at a shape it does not know.
"""

from __future__ import annotations

import datetime as dt
import json

from minhbach.audit.release import CATEGORIES, DONORS, FORMAT, PROGRESS, SCHOOLS, STUDENTS
from minhbach.public.views import PublicSite


def plain(value: object) -> object:
    """A view as JSON-ready values: dataclasses as dicts, tuples as lists; dates stay dates."""
    fields = getattr(type(value), "__dataclass_fields__", None)
    if fields is not None:
        return {name: plain(getattr(value, name)) for name in fields}
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def json_views(site: PublicSite) -> dict[str, object]:
    """The views as JSON-ready documents, by file stem."""
    return {stem: make(site) for stem, (make, _) in _DOCUMENTS.items()}


def _progress(site: PublicSite) -> object:
    return {
        "phien_ban": FORMAT,
        "ngay_so_lieu": site.as_of,
        "du_lieu_minh_hoa": site.demo,
        "counts": plain(site.counts),
        "devices": [plain(d) for d in site.devices],
        "money": plain(site.money),
        "unnamed_students": site.unnamed_students,
    }


# Each document: how it is made from the site, and the parts of the site it depends on.
_DOCUMENTS = {
    STUDENTS: (
        lambda site: [plain(s) for s in site.students],
        lambda site: (site.students,),
    ),
    SCHOOLS: (
        lambda site: [plain(s) for s in site.schools],
        lambda site: (site.schools,),
    ),
    DONORS: (
        lambda site: {
            "reach": plain(site.reach),
            "donors": [plain(d) for d in site.donors],
        },
        lambda site: (site.reach, site.donors),
    ),
    CATEGORIES: (
        lambda site: plain(site.categories),
        lambda site: (site.categories,),
    ),
    PROGRESS: (
        _progress,
        lambda site: (
            site.as_of,
            site.demo,
            site.counts,
            site.devices,
            site.money,
            site.unnamed_students,
        ),
    ),
}


def dumps(document: object, indent: int | None = None) -> str:
    """JSON with markup characters escaped; compact by default (the C encoder, fast at scale).

    ``<``, ``>`` and ``&`` are escaped so that a browser that sniffs a file as HTML finds no markup.
    """
    text = json.dumps(
        document,
        ensure_ascii=False,
        indent=indent,
        default=_default,
        separators=(",", ":") if indent is None else None,
    )
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


def published(site: PublicSite, cache: dict | None = None) -> dict[str, object]:
    """The documents exactly as a reader of the site gets them back (dates as ISO strings).

    ``cache`` (a dict the caller keeps) spares remaking a document whose parts of the site are
    the very same objects as in an earlier call: ``rounds`` tries several variants of a release.
    """
    result = {}
    for stem, (make, parts_of) in _DOCUMENTS.items():
        parts = parts_of(site)
        key = (stem, tuple(map(id, parts)))
        kept = cache.get(key) if cache is not None else None
        if kept is None or any(a is not b for a, b in zip(kept[0], parts, strict=True)):
            kept = (parts, json.loads(dumps(make(site))))
            if cache is not None:
                cache[key] = kept
        result[stem] = kept[1]
    return result


def _default(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(type(value).__name__)
