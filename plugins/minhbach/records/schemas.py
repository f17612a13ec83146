"""Loading the JSON Schemas of schema/ and building validators and typing shapes from them.

Schemas refer to each other by file name (``common.json#/$defs/date``), which editors resolve
next to the file and which we register under the same names. They are read as the resources of
the package ``minhbach.schema``: the repository's schema/ folder, mapped into the package by
pyproject.toml, so an editable checkout and an installed wheel read the same files.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib.resources.abc import Traversable
from pathlib import Path

import fastjsonschema
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from minhbach.records.shapes import Shape, compile_shape
from minhbach.records.types import RECORD_TYPES

SCHEMA_PACKAGE = "minhbach.schema"


def schema_files() -> Traversable:
    """The shipped schemas (repository: schema/; installed: site-packages/minhbach/schema/)."""
    return importlib.resources.files(SCHEMA_PACKAGE)


def schema_document(name: str) -> dict:
    """One shipped schema document by file name (``common.json``)."""
    return json.loads((schema_files() / name).read_text(encoding="utf-8"))


@dataclass
class SchemaSet:
    """All schemas of one schema folder, with one validator and one shape per record type."""

    documents: dict[str, dict]

    @classmethod
    def from_folder(cls, folder: Path | None = None) -> SchemaSet:
        """The schemas of ``folder``; by default the ones shipped with the package."""
        source = schema_files() if folder is None else folder
        documents = {
            item.name: json.loads(item.read_text(encoding="utf-8"))
            for item in sorted(source.iterdir(), key=lambda item: item.name)
            if item.name.endswith(".json")
        }
        return cls(documents)

    @cached_property
    def registry(self) -> Registry:
        return Registry().with_resources(
            (name, Resource.from_contents(doc, default_specification=DRAFT202012))
            for name, doc in self.documents.items()
        )

    @cached_property
    def validators(self) -> dict[str, Draft202012Validator]:
        checker = FormatChecker()
        return {
            t.name: Draft202012Validator(
                self.for_type(t.name), registry=self.registry, format_checker=checker
            )
            for t in RECORD_TYPES
        }

    @cached_property
    def fast_validators(self) -> dict[str, Callable[[object], bool]]:
        """Compiled checks (fastjsonschema) that say only valid/invalid, for the valid majority.

        fastjsonschema knows draft 7, not 2020-12, so each schema is given to it with every
        ``$ref`` inlined; our schemas use only keywords both drafts share (a test checks that
        both validators reject the same records). A record it rejects is explained by jsonschema.
        """
        compiled = {}
        for record_type in RECORD_TYPES:
            inlined = self._inline(self.for_type(record_type.name), self.for_type(record_type.name))
            inlined["$schema"] = "http://json-schema.org/draft-07/schema#"
            validate = fastjsonschema.compile(
                inlined, formats={"date": _is_real_date}, use_default=False
            )
            compiled[record_type.name] = _as_bool(validate)
        return compiled

    def _inline(self, schema: object, document: Mapping) -> object:
        if isinstance(schema, list):
            return [self._inline(item, document) for item in schema]
        if not isinstance(schema, Mapping):
            return schema
        result = {}
        for key, value in schema.items():
            if key in ("$defs", "$schema", "$ref"):
                continue
            result[key] = (
                self._inline(value, document) if key not in ("enum", "const", "required") else value
            )
        if "$ref" in schema:
            target, target_doc = self._resolve_in("")(schema["$ref"], document)
            # the referring place keeps its own title/description; the rest comes from the target
            merged = dict(self._inline(target, target_doc))
            return {"allOf": [merged, result]} if result else merged
        return result

    @cached_property
    def shapes(self) -> dict[str, Shape]:
        return {
            t.name: compile_shape(self.for_type(t.name), self._resolve_in(t.name))
            for t in RECORD_TYPES
        }

    def for_type(self, type_name: str) -> dict:
        return self.documents[f"{type_name}.json"]

    def _resolve_in(self, type_name: str):
        def resolve(ref: str, document: Mapping) -> tuple[Mapping, Mapping]:
            file_part, _, pointer = ref.partition("#")
            target_doc = self.documents[file_part] if file_part else document
            node: Mapping = target_doc
            for token in filter(None, pointer.split("/")):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            return node, target_doc

        return resolve

    def resolve_pointer(self, ref: str, document: Mapping) -> tuple[Mapping, Mapping]:
        """Follow ``ref`` from ``document``: used to read titles and descriptions for messages."""
        return self._resolve_in("")(ref, document)


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _is_real_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _as_bool(validate: Callable[[object], object]) -> Callable[[object], bool]:
    def check(instance: object) -> bool:
        try:
            validate(instance)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return check
