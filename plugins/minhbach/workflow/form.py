"""A record type's schema seen as a form: fields in order, with titles, choices and what is required.

``new`` asks for the required fields it cannot derive, and ``--template`` prints every field with
its Vietnamese title and description; both read the schema through this one walk, so a field
added to a schema shows up in both without code changes. ``$ref`` is followed; a place's own
title wins over the title of the definition it refers to. Conditional rules (``if``/``then``)
are left to the validator.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from minhbach.labels import enum_labels
from minhbach.records.schemas import SchemaSet


@dataclass
class FormField:
    """One field: ``path`` is its place in the record (list items have index 0 in templates)."""

    name: str
    path: tuple[str | int, ...]
    title: str = ""
    description: str = ""
    required: bool = False
    kind: str = "scalar"  # scalar | object | array
    types: set[str] = field(default_factory=set)
    choices: list[tuple[str, str]] = field(default_factory=list)  # (value, Vietnamese label)
    schema: dict = field(
        default_factory=dict
    )  # the field's own schema, $refs resolved for checking
    children: list[FormField] = field(default_factory=list)  # of an object
    item: FormField | None = None  # of an array
    min_items: int = 0

    @property
    def is_date(self) -> bool:
        return self.schema.get("format") == "date"


def build_form(schemas: SchemaSet, type_name: str) -> FormField:
    """The form of one record type (its top-level object)."""
    document = schemas.for_type(type_name)
    root = FormField(type_name, (), kind="object")
    _fill(root, document, document, schemas, required=True)
    return root


def _merged(schema: Mapping, document: Mapping, schemas: SchemaSet) -> tuple[dict, Mapping]:
    """``schema`` with its ``$ref`` chain folded in (outer keys win)."""
    merged = dict(schema)
    current, current_doc = schema, document
    depth = 0
    while "$ref" in current and depth < 10:
        current, current_doc = schemas.resolve_pointer(current["$ref"], current_doc)
        for key, value in current.items():
            merged.setdefault(key, value)
        depth += 1
    merged.pop("$ref", None)
    return merged, current_doc


def _fill(
    node: FormField, schema: Mapping, document: Mapping, schemas: SchemaSet, *, required: bool
) -> None:
    merged, inner_doc = _merged(schema, document, schemas)
    node.title = node.title or merged.get("title", "")
    node.description = node.description or merged.get("description", "")
    node.required = required
    node.schema = merged
    declared = merged.get("type")
    node.types = {declared} if isinstance(declared, str) else set(declared or [])
    if "enum" in merged:
        labels = enum_labels(merged)
        node.choices = [(value, labels.get(value, value)) for value in merged["enum"]]
    if "properties" in merged:
        node.kind = "object"
        wanted = set(merged.get("required", []))
        for rule in [merged, *merged.get("allOf", [])]:
            # A new record is never a tombstone: what a full record requires is asked for.
            if rule.get("if") == {"required": ["forgotten_on"]}:
                wanted |= set(rule.get("else", {}).get("required", []))
        doc = document if "properties" in schema else inner_doc
        for name, sub in merged["properties"].items():
            child = FormField(name, (*node.path, name))
            _fill(child, sub, doc, schemas, required=name in wanted)
            node.children.append(child)
    elif "items" in merged and "array" in node.types:
        node.kind = "array"
        node.min_items = merged.get("minItems", 0)
        item = FormField(node.name, (*node.path, 0))
        doc = document if "items" in schema else inner_doc
        _fill(item, merged["items"], doc, schemas, required=True)
        node.item = item


def find(form: FormField, path: tuple[str | int, ...]) -> FormField | None:
    """The form field at ``path`` (any list index walks into the item)."""
    node: FormField | None = form
    for part in path:
        if node is None:
            return None
        if isinstance(part, int):
            node = node.item
        else:
            node = next((c for c in node.children if c.name == part), None)
    return node
