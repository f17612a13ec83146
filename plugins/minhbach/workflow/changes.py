"""What changed between two versions of a record, field by field (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from minhbach.records.yaml_strict import field_name


@dataclass(frozen=True)
class FieldChange:
    field: str  # dotted, with list indexes
    old: object  # None when the field was added
    new: object  # None when the field was removed


def flatten(data: object, path: tuple = ()) -> dict[str, object]:
    """``{"items": [{"kind": "tablet"}]}`` → ``{"items[0].kind": "tablet"}``; empty lists and
    mappings are kept as values so that emptying a list shows."""
    if isinstance(data, Mapping) and data:
        out: dict[str, object] = {}
        for key, value in data.items():
            out.update(flatten(value, (*path, key)))
        return out
    if isinstance(data, list) and data:
        out = {}
        for index, value in enumerate(data):
            out.update(flatten(value, (*path, index)))
        return out
    return {field_name(path): data} if path else {}


def field_changes(old: Mapping | None, new: Mapping | None) -> list[FieldChange]:
    """Every field whose value differs, in the new version's order (removed fields last)."""
    before, after = flatten(old or {}), flatten(new or {})
    changes = [
        FieldChange(k, before.get(k), v) for k, v in after.items() if before.get(k, _MISSING) != v
    ]
    changes += [FieldChange(k, v, None) for k, v in before.items() if k not in after]
    return changes


_MISSING = object()
