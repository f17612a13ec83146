"""Schema-directed typing of plain YAML scalars (DESIGN.md, "Decisions": typing of plain values).

A record's JSON Schema is compiled once into a tree of ``Shape`` nodes saying which JSON types
each place accepts. The loader asks the shape what a plain scalar means:

* where an integer is accepted, a plain integer without a leading zero is an int;
* where a boolean is accepted, only ``true``/``false`` are booleans and ``yes``, ``on``, ``có``…
  are rejected with a message that says to write true or false;
* everything else is the string exactly as written (``0909123456``, ``0123``, ``1:20``,
  ``2021-10-05``); the schema then checks its form.

Quoted scalars are always strings. An empty plain value (``name:``) or ``null`` is None, which
the schema reports as a missing value of the wanted type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from sys import intern

from minhbach.labels import enum_labels
from minhbach.records.yaml_strict import ScalarRejected

_SHARED_LENGTH = 12
_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
# Words people write for yes/no that YAML 1.1 would have guessed (or that mean yes/no in Vietnamese).
_BOOLEAN_LOOKALIKES = frozenset(
    {
        "yes",
        "no",
        "y",
        "n",
        "on",
        "off",
        "có",
        "co",
        "không",
        "khong",
        "đúng",
        "sai",
        "dung",
        "1",
        "0",
    }
)


@dataclass
class Shape:
    """What one place in a record accepts: JSON types, and the shapes of its children."""

    types: set[str] = field(default_factory=set)
    title: str | None = None
    description: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    properties: dict[str, Shape] = field(default_factory=dict)
    additional: Shape | None = None
    items: Shape | None = None

    # Asked for every value read: computed once, after the schema is compiled into the shape.
    @cached_property
    def numeric(self) -> bool:
        return "integer" in self.types or "number" in self.types

    @cached_property
    def boolean(self) -> bool:
        return "boolean" in self.types

    @cached_property
    def fields(self) -> dict[str, tuple[str, Shape]]:
        """For each field the schema names: one shared copy of its name, and its shape.

        Readers look a key up here once instead of interning it and asking ``child``: every
        record then shares the schema's copy of each field name.
        """
        return {intern(key): (intern(key), shape) for key, shape in self.properties.items()}

    def child(self, key: str) -> Shape:
        return self.properties.get(key) or self.additional or _ANY

    def item(self) -> Shape:
        return self.items or _ANY

    def scalar(self, text: str, plain: bool) -> object:
        if len(text) <= _SHARED_LENGTH:
            # Dates, enum slugs, kinds and short codes repeat across records: one copy each.
            text = intern(text)
        if not plain:
            return text
        if text in _NULLS:
            return None
        if self.numeric and _INTEGER.fullmatch(text):
            return int(text)
        if self.boolean:
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            if text.lower() in _BOOLEAN_LOOKALIKES:
                raise ScalarRejected("YAML-BOOLEAN", written=text)
        return text


_ANY = Shape()


def compile_shape(
    schema: Mapping, resolve: Callable[[str, Mapping], tuple[Mapping, Mapping]]
) -> Shape:
    """Compile ``schema`` into a Shape. ``resolve(ref, base)`` returns (subschema, its document)."""
    return _Compiler(resolve).compile(schema, schema)


class _Compiler:
    def __init__(self, resolve: Callable[[str, Mapping], tuple[Mapping, Mapping]]) -> None:
        self._resolve = resolve
        self._depth = 0

    def compile(self, schema: Mapping, document: Mapping) -> Shape:
        shape = Shape()
        self._merge(shape, schema, document)
        return shape

    def _merge(self, shape: Shape, schema: Mapping, document: Mapping) -> None:
        self._depth += 1
        if self._depth > 50:  # a recursive schema; our record schemas are not recursive
            raise ValueError("schema nesting too deep")
        # A place's own title wins over the title of the definition it refers to.
        shape.title = shape.title or schema.get("title")
        shape.description = shape.description or schema.get("description")
        if not shape.labels:
            shape.labels = enum_labels(schema)
        if "$ref" in schema:
            target, target_doc = self._resolve(schema["$ref"], document)
            self._merge(shape, target, target_doc)
        declared = schema.get("type")
        if isinstance(declared, str):
            shape.types.add(declared)
        elif isinstance(declared, list):
            shape.types.update(declared)
        for key, sub in schema.get("properties", {}).items():
            child = shape.properties.setdefault(key, Shape())
            self._merge(child, sub, document)
        if isinstance(schema.get("additionalProperties"), Mapping):
            shape.additional = shape.additional or Shape()
            self._merge(shape.additional, schema["additionalProperties"], document)
        if isinstance(schema.get("items"), Mapping):
            shape.items = shape.items or Shape()
            self._merge(shape.items, schema["items"], document)
        for keyword in ("allOf", "anyOf", "oneOf"):
            for sub in schema.get(keyword, []):
                self._merge(shape, sub, document)
        for keyword in ("then", "else"):
            if isinstance(schema.get(keyword), Mapping):
                self._merge(shape, schema[keyword], document)
        self._depth -= 1
