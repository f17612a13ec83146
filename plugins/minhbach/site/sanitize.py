"""Markdown from content/ passes through nh3 so that raw HTML cannot inject script.

Staff write the pages, but a pasted snippet may carry ``<script>``, an ``onclick`` or a
``javascript:`` link. The reader below converts Markdown as Pelican does, then keeps only safe
tags, attributes and URL schemes; what it drops is logged as a warning naming the file.
"""

from __future__ import annotations

import logging
import re

import nh3
from pelican.readers import MarkdownReader

from minhbach.site.reporting import site_finding

log = logging.getLogger(__name__)

URL_SCHEMES = {"http", "https", "mailto", "tel"}
TAGS = set(nh3.ALLOWED_TAGS) - {"map", "area"}
ATTRIBUTES = {
    **{tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "title", "width", "height", "loading"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "abbr": {"title"},
    "time": {"datetime"},
    "*": {"id", "lang"},
}
FORMATTED_METADATA = ("summary",)
# What a warning is worth: markers of script in the Markdown's HTML (nh3 removes them anyway).
_RISKY = re.compile(
    r"<\s*(script|style|iframe|object|embed)|\bon[a-z]+\s*=|(java|vb)script\s*:|data\s*:", re.I
)


def clean_html(html: str) -> str:
    """Safe HTML: unknown tags dropped, their text kept; scripts and styles dropped whole."""
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        clean_content_tags={"script", "style"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


class SafeMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader with every HTML result sanitised by nh3."""

    def read(self, source_path):
        content, metadata = super().read(source_path)
        safe = clean_html(content)
        if _RISKY.search(content):
            log.warning(
                "%s: đã bỏ phần HTML không an toàn (script, javascript:, on...=) khỏi trang",
                source_path,
                extra=site_finding("SITE-UNSAFE-HTML", source_path),
            )
        for name in FORMATTED_METADATA:
            if name in metadata and isinstance(metadata[name], str):
                metadata[name] = clean_html(metadata[name])
        return safe, metadata
