"""Writing a record as YAML that the strict loader reads back to the same values.

Keys follow the schema's order (id first, then as the schema lists them), so files written by
``new`` and ``import`` look alike and diffs between them stay small. Dates and phone numbers are
written plain (``2021-10-05``, ``0909123456``): the schema-directed loader reads them as the
strings they are, and people read them more easily without quotes.
"""

from __future__ import annotations

from collections.abc import Mapping

import yaml

from minhbach.records.shapes import Shape

try:  # libyaml's emitter is about ten times faster: it matters when importing thousands of rows
    _Base = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - libyaml ships in PyYAML's wheels
    _Base = yaml.SafeDumper

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"


class _Dumper(_Base):
    """SafeDumper that does not quote date-like strings (our loader never reads them as dates)."""

    def resolve(self, kind, value, implicit):
        tag = super().resolve(kind, value, implicit)
        if tag == _TIMESTAMP:
            return _STR
        # YAML 1.1 booleans (on, off, yes, no): our loader reads them plainly as text, and a key
        # such as ``on`` must stay plain (quoted keys are refused). Real booleans stay true/false.
        if tag == _BOOL and value.lower() not in ("true", "false"):
            return _STR
        return tag


def ordered(data: object, shape: Shape | None) -> object:
    """``data`` with every mapping's keys in the schema's order (unknown keys last)."""
    if isinstance(data, Mapping):
        known = list(shape.properties) if shape is not None else []
        keys = [k for k in known if k in data] + [k for k in data if k not in known]
        return {k: ordered(data[k], shape.child(k) if shape is not None else None) for k in keys}
    if isinstance(data, list):
        return [ordered(item, shape.item() if shape is not None else None) for item in data]
    return data


def dump_record(data: Mapping, shape: Shape | None = None) -> str:
    """The YAML text of one record."""
    return yaml.dump(
        ordered(data, shape),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=4096,
        indent=2,
    )
