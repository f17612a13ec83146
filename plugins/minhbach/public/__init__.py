"""Public views: what the site may show, built by allow-list from the records.

Other code calls ``build_public_site(records, as_of=..., settings=...)`` and gets a ``PublicSite``
of frozen dataclasses; ``mask_name``, ``consent_holds`` and ``suppress_table`` are the three rules, each
testable on its own. The site package receives ``PublicSite`` and never a record.
"""

from minhbach.consent import consent_holds
from minhbach.public.lookup_view import LookupView, build_lookup_view
from minhbach.public.masking import MASKING_STYLES, MaskingStyleError, mask_name
from minhbach.public.project import ANONYMOUS, build_public_site
from minhbach.public.suppression import Cell, suppress, suppress_table
from minhbach.public.views import PublicSite

__all__ = [
    "ANONYMOUS",
    "MASKING_STYLES",
    "Cell",
    "LookupView",
    "MaskingStyleError",
    "PublicSite",
    "build_lookup_view",
    "build_public_site",
    "consent_holds",
    "mask_name",
    "suppress",
    "suppress_table",
]
