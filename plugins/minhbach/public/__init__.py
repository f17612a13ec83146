"""Public views: what the site may show, built by allow-list from the records.

Other code calls ``publish(records, as_of=..., settings=..., previous=...)`` and gets a
``Publication``: the ``PublicSite`` (frozen dataclasses) of this release, with the families of
figures that may not move yet held at the previous release's values, and the list of what was held.
``mask_name``, ``consent_holds`` and ``suppress_table`` are the per-value rules, each testable on
its own. The site package receives ``PublicSite`` and never a record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minhbach.audit.release import Release
from minhbach.consent import consent_holds
from minhbach.public.lookup_view import LookupView, build_lookup_view
from minhbach.public.masking import MASKING_STYLES, MaskingStyleError, mask_name
from minhbach.public.project import ANONYMOUS, build_public_site, handed_children
from minhbach.public.rounds import Hold, settle
from minhbach.public.suppression import Cell, suppress, suppress_table
from minhbach.public.views import PublicSite
from minhbach.records.store import RecordSet
from minhbach.settings import Settings

__all__ = [
    "ANONYMOUS",
    "MASKING_STYLES",
    "Cell",
    "Hold",
    "LookupView",
    "MaskingStyleError",
    "PublicSite",
    "Publication",
    "build_lookup_view",
    "build_public_site",
    "consent_holds",
    "mask_name",
    "publish",
    "suppress",
    "suppress_table",
]


@dataclass(frozen=True)
class Publication:
    """One release: the site to publish, and the families of figures held back in it."""

    site: PublicSite
    holds: tuple[Hold, ...]


def publish(
    records: RecordSet, *, as_of: dt.date, settings: Settings, previous: Release | None
) -> Publication:
    """The release of ``records`` on ``as_of`` that the audit accepts after ``previous``."""
    fresh = build_public_site(records, as_of=as_of, settings=settings)
    site, holds = settle(fresh, previous, handed_children(records))
    return Publication(site, holds)
