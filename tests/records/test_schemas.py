"""The schemas themselves: valid 2020-12, strict, anchored, and explained in Vietnamese."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest
from jsonschema import Draft202012Validator

from minhbach.records import RECORD_TYPES, SchemaSet

SCHEMAS = SchemaSet.from_folder()


def walk(schema: object) -> Iterator[Mapping]:
    if isinstance(schema, Mapping):
        yield schema
        for value in schema.values():
            yield from walk(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from walk(item)


@pytest.mark.parametrize("name", sorted(SCHEMAS.documents))
def test_schema_is_valid_draft_2020_12(name: str) -> None:
    Draft202012Validator.check_schema(SCHEMAS.documents[name])


@pytest.mark.parametrize("name", sorted(SCHEMAS.documents))
def test_every_pattern_is_anchored_against_a_trailing_newline(name: str) -> None:
    for node in walk(SCHEMAS.documents[name]):
        pattern = node.get("pattern")
        if isinstance(pattern, str):
            assert pattern.startswith("^"), pattern
            assert pattern.endswith("$(?!\\n)"), pattern


@pytest.mark.parametrize("name", sorted(SCHEMAS.documents))
def test_objects_refuse_unknown_fields(name: str) -> None:
    for node in walk(SCHEMAS.documents[name]):
        if "properties" in node and node.get("type") == "object":
            assert node.get("additionalProperties") is False, node.get("title")


@pytest.mark.parametrize("record_type", [t.name for t in RECORD_TYPES])
def test_every_field_has_a_vietnamese_title_and_description(record_type: str) -> None:
    """An editor that reads the schema explains every field (directly or through its $ref)."""
    missing = []

    def visit(shape, path: str) -> None:
        for key, child in shape.properties.items():
            here = f"{path}.{key}" if path else key
            if not child.title or not child.description:
                missing.append(here)
            visit(child, here)
            if child.items is not None:
                visit(child.items, here + "[]")

    visit(SCHEMAS.shapes[record_type], "")
    assert missing == []
