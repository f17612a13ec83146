"""Vietnamese labels of enum values, read from the schemas' ``enumDescriptions``.

The schemas are the one place that names a value's label, so the site, the reports, the lookup
files, the messages and the editor's autocompletion all show the same words. ``enum_labels`` is
the one reading of a schema node; the named functions are the enums the pages and reports use.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache


def enum_labels(node: Mapping, lang: str = "vi") -> dict[str, str]:
    """``{value: label}`` of a schema node with ``enum`` and ``enumDescriptions``; else empty.

    English (``--lang en``) reads ``x-enumDescriptions-en`` where a schema gives it, else the
    Vietnamese labels.
    """
    if "enum" not in node or "enumDescriptions" not in node:
        return {}
    labels = node["enumDescriptions"]
    if lang == "en":
        labels = node.get("x-enumDescriptions-en", labels)
    return dict(zip(node["enum"], labels, strict=True))


def in_sentence(label: str) -> str:
    """A label inside a sentence: ``Máy tính bảng`` → ``máy tính bảng``; ``SIM và …`` keeps "SIM"."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


@cache
def _document(name: str) -> dict:
    # Imported here: records.shapes (loaded by records.schemas) reads enum_labels from this
    # module, so this module must load whichever of the two is imported first.
    from minhbach.records.schemas import schema_document

    return schema_document(name)


@cache
def item_kinds(lang: str = "vi") -> dict[str, str]:
    return enum_labels(_document("common.json")["$defs"]["item_kind"], lang)


@cache
def communes() -> dict[str, str]:
    return enum_labels(_document("common.json")["$defs"]["commune"])


@cache
def conditions() -> dict[str, str]:
    return enum_labels(_document("common.json")["$defs"]["condition"])


@cache
def categories() -> dict[str, str]:
    return enum_labels(_document("nomination.json")["properties"]["categories"]["items"])


@cache
def statuses() -> dict[str, str]:
    return enum_labels(_document("nomination.json")["properties"]["status"])


@cache
def school_levels() -> dict[str, str]:
    return enum_labels(_document("school.json")["properties"]["level"])


@cache
def donor_kinds() -> dict[str, str]:
    return enum_labels(_document("donor.json")["properties"]["kind"])
