"""The message catalog: every finding code with its Vietnamese and English wording.

Codes never change (users and tests search for them). Each concern keeps its messages in its own
module; this module merges them and renders one. A message names the field, says what is wrong
and what to do; it never quotes a valid private value.
"""

from __future__ import annotations

from collections.abc import Mapping

from minhbach.messages import (
    build,
    cli,
    disclosure,
    environment,
    erasure,
    files,
    ledger,
    programme,
    records,
    reports,
    schema,
    site,
    workflow,
)

CATALOG: dict[str, tuple[str, str]] = {}
for _module in (
    files,
    records,
    schema,
    ledger,
    build,
    site,
    reports,
    workflow,
    environment,
    erasure,
    disclosure,
    programme,
    cli,
):
    for _code, _texts in _module.MESSAGES.items():
        if _code in CATALOG:
            raise RuntimeError(f"message code {_code} defined twice")
        CATALOG[_code] = _texts


def render(code: str, lang: str, params: Mapping[str, object]) -> str:
    """The message for ``code`` in ``lang`` ("vi" or "en") with its parameters filled in."""
    vi, en = CATALOG[code]
    template = vi if lang == "vi" else en
    return template.format_map(dict(params))
