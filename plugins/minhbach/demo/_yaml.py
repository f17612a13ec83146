"""YAML text for demo records, written by hand: PyYAML's output, about ten times faster.

A 10,000-student demo is some 27,000 files; ``yaml.dump`` spends most of its time in Python
representers, so this module writes the few shapes records have (mappings, lists, strings,
integers, booleans) itself, in PyYAML's block style. The tests check that it gives the same
bytes as ``yaml.dump`` with :data:`ReferenceDumper`.
"""

from __future__ import annotations

import json
import re
from typing import ClassVar

import yaml

_BASE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_BOOL = "tag:yaml.org,2002:bool"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STR = "tag:yaml.org,2002:str"


class ReferenceDumper(_BASE_DUMPER):
    """PyYAML's safe dumper, told that only ``true``/``false`` are booleans and dates are text.

    The strict loader reads a value by what the schema wants (DESIGN.md, "Typing of plain YAML
    values") and refuses quoted keys, so the key ``on`` (a YAML 1.1 boolean) must stay plain and
    a date reads best plain: ``on: 2021-11-04``.
    """

    yaml_implicit_resolvers: ClassVar[dict] = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in (_BOOL, _TIMESTAMP)]
        for first, resolvers in _BASE_DUMPER.yaml_implicit_resolvers.items()
    }


ReferenceDumper.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|false)$"), list("tf"))

_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_PRINTABLE = re.compile(r"^[^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]*$")


def _resolves_to_other_type(text: str) -> bool:
    resolvers = ReferenceDumper.yaml_implicit_resolvers.get(text[:1], ())
    return any(tag != _STR and regexp.match(text) for tag, regexp in resolvers)


def _plain(text: str) -> bool:
    """Whether ``text`` reads back as the same string when written without quotes."""
    return not (
        not text
        or text != text.strip()
        or text[0] in _INDICATORS
        or ": " in text
        or " #" in text
        or text.endswith(":")
        or not _PRINTABLE.match(text)
        or _resolves_to_other_type(text)
    )


def _scalar(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if _plain(text):
        return text
    if _PRINTABLE.match(text):
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _mapping(data: dict, indent: str, lines: list[str], first_prefix: str | None = None) -> None:
    for index, (key, value) in enumerate(data.items()):
        lead = first_prefix if (index == 0 and first_prefix is not None) else indent
        if isinstance(value, dict):
            lines.append(f"{lead}{key}:")
            _mapping(value, indent + "  ", lines)
        elif isinstance(value, list):
            lines.append(f"{lead}{key}:")
            _sequence(value, indent, lines)
        else:
            lines.append(f"{lead}{key}: {_scalar(value)}")


def _sequence(items: list, indent: str, lines: list[str]) -> None:
    for item in items:
        if isinstance(item, dict):
            _mapping(item, indent + "  ", lines, first_prefix=indent + "- ")
        else:
            lines.append(f"{indent}- {_scalar(item)}")


def to_yaml(data: dict) -> str:
    """One record as block YAML: keys in the given order, Vietnamese unescaped, one line per value."""
    lines: list[str] = []
    _mapping(data, "", lines)
    return "\n".join(lines) + "\n"
