"""Vietnamese labels of enum values, read from the schemas' ``enumDescriptions``.

The schemas are the one place that names a value's label, so the site shows the same words the
editor's autocompletion does.
"""

from __future__ import annotations

from functools import cache

from minhbach.records.schemas import schema_document


@cache
def _document(name: str) -> dict:
    return schema_document(name)


def _labels(node: dict) -> dict[str, str]:
    return dict(zip(node["enum"], node["enumDescriptions"], strict=True))


@cache
def item_kinds() -> dict[str, str]:
    return _labels(_document("common.json")["$defs"]["item_kind"])


@cache
def communes() -> dict[str, str]:
    return _labels(_document("common.json")["$defs"]["commune"])


@cache
def categories() -> dict[str, str]:
    return _labels(_document("nomination.json")["properties"]["categories"]["items"])


@cache
def statuses() -> dict[str, str]:
    return _labels(_document("nomination.json")["properties"]["status"])


@cache
def school_levels() -> dict[str, str]:
    return _labels(_document("school.json")["properties"]["level"])


@cache
def donor_kinds() -> dict[str, str]:
    return _labels(_document("donor.json")["properties"]["kind"])
