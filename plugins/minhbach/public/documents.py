"""The public views as JSON documents: what ``/du-lieu/`` publishes and what the next build reads.

The documents are the views themselves (``dataclasses.asdict``), so the open data holds exactly
what the pages show. They are also the release that the next build's audit compares against (an
outsider keeps every version of them): ``FORMAT`` says which shape they have, and the audit
refuses to guess at a shape it does not know.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from minhbach.public.views import PublicSite

# 2: figures that move in qualifying rounds carry ``as_of``; donors' reach and the cash received
# name what they add up (see views.py). Version 1 (before publication safety) had no field.
FORMAT = 2
STUDENTS = "ho-tro"
SCHOOLS = "truong"
DONORS = "nha-tai-tro"
CATEGORIES = "doi-tuong"
PROGRESS = "tien-do"


def json_views(site: PublicSite) -> dict[str, object]:
    """The views as JSON-ready documents, by file stem."""
    return {
        STUDENTS: [dataclasses.asdict(s) for s in site.students],
        SCHOOLS: [dataclasses.asdict(s) for s in site.schools],
        DONORS: {
            "reach": dataclasses.asdict(site.reach),
            "donors": [dataclasses.asdict(d) for d in site.donors],
        },
        CATEGORIES: dataclasses.asdict(site.categories),
        PROGRESS: {
            "phien_ban": FORMAT,
            "ngay_so_lieu": site.as_of,
            "du_lieu_minh_hoa": site.demo,
            "counts": dataclasses.asdict(site.counts),
            "devices": [dataclasses.asdict(d) for d in site.devices],
            "money": dataclasses.asdict(site.money),
            "unnamed_students": site.unnamed_students,
        },
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


def published(site: PublicSite) -> dict[str, object]:
    """The documents exactly as a reader of the site gets them back (dates as ISO strings)."""
    return {stem: json.loads(dumps(doc)) for stem, doc in json_views(site).items()}


def _default(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(type(value).__name__)
