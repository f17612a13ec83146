"""What the lookup files (tra cứu) may be built from: an allow-listed copy of the records.

A lookup file is published (encrypted with its code), so, like a page, it is made from a
projection and never from the records: ``build_lookup_view`` copies the fields named in
``LOOKUP_FIELDS`` and nothing else, and applies the one public rule a case needs (an anonymous
donor's name is "Nhà hảo tâm ẩn danh", even in that donor's own case: a code shown to someone
else must not unmask a gift). A field a record gains later reaches no lookup file until it is
named here. No field of the student, the guardian, the decision's reason or a note is named, so
no name (even masked), birth date or circumstance can reach a lookup file.

This view is not the site's: a family's case shows which donor gave its child's device, which
the public pages never do (DESIGN "Public per student"). It goes to ``minhbach.lookup`` only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from minhbach.public.project import ANONYMOUS
from minhbach.records.store import Record, RecordSet

# Per record type, the fields a case may read (``items[].kind``: that field of every item). Each
# names a single value, never a whole object. ``lookup_code`` names and seals the file; the case
# builders never write it into a case.
LOOKUP_FIELDS: dict[str, tuple[str, ...]] = {
    "school": ("name",),
    "donor": ("name", "lookup_code"),
    "donation": (
        "donor",
        "received_on",
        "received_by",
        "document",
        "items[].kind",
        "items[].quantity",
        "items[].amount_vnd",
        "items[].unit_value_vnd",
    ),
    "purchase": (
        "on",
        "funded_by[].donation",
        "funded_by[].amount_vnd",
        "items[].kind",
        "items[].quantity",
        "items[].unit_price_vnd",
    ),
    "nomination": (
        "school",
        "status",
        "nominated_on",
        "decision.date",
        "needs[].kind",
        "needs[].quantity",
        "lookup_code",
    ),
    "handover": (
        "school",
        "nomination",
        "on",
        "from",
        "items[].source",
        "items[].kind",
        "items[].quantity",
    ),
    "followup": ("nomination", "on"),
}


@dataclass(frozen=True, slots=True)
class LookupRecord:
    """One record as a case may see it: its id and the allow-listed fields, nothing else."""

    id: str
    data: dict


@dataclass(frozen=True)
class LookupView:
    """Every record the lookup files may draw on, by type, in the records' order."""

    by_type: Mapping[str, tuple[LookupRecord, ...]]

    def of(self, type_name: str) -> tuple[LookupRecord, ...]:
        return self.by_type.get(type_name, ())


def build_lookup_view(records: RecordSet) -> LookupView:
    """The allow-listed copy of ``records`` that ``minhbach.lookup`` builds the cases from."""
    by_type = {}
    for type_name, paths in LOOKUP_FIELDS.items():
        allowed = _tree(paths)
        by_type[type_name] = tuple(
            LookupRecord(record.id, _public_name(record, _copy(record.data, allowed)))
            for record in records.of(type_name)
        )
    return LookupView(by_type)


def _tree(paths: tuple[str, ...]) -> dict:
    """``("items[].kind", "on")`` → ``{"items": {"[]": {"kind": {}}}, "on": {}}``."""
    tree: dict = {}
    for path in paths:
        node = tree
        for part in path.split("."):
            name, is_list, _ = part.partition("[]")
            node = node.setdefault(name, {})
            if is_list:
                node = node.setdefault("[]", {})
    return tree


_SCALARS = (str, int, float, bool, type(None))


def _copy(value: object, allowed: dict) -> object:
    """The parts of ``value`` that ``allowed`` names; a leaf (``{}``) only if it is one value."""
    if not allowed:
        return value if isinstance(value, _SCALARS) else None
    if "[]" in allowed:
        return [_copy(item, allowed["[]"]) for item in value] if isinstance(value, list) else []
    if not isinstance(value, Mapping):
        return {}
    return {key: _copy(value[key], below) for key, below in allowed.items() if key in value}


def _public_name(record: Record, data: dict) -> dict:
    """A donor's name as the public sees it (``display``: named or anonymous)."""
    if record.type == "donor" and record.data.get("display") != "named":
        data["name"] = ANONYMOUS
    return data
