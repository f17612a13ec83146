"""Every reference resolves to a record of the right type (DESIGN "Invariants").

A wrong id is reported where it is written, with the closest id of the right type ("có phải ý
bạn là `th-phuoc-kien-2`?"). A reference to a record that exists but is itself invalid is not
reported again: that record's own findings say what to fix. Donations and purchases share one
id space (a handover's ``source`` is looked up in both), so their ids must not collide.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from minhbach.checks.context import CheckContext
from minhbach.checks.cross._common import SOURCE_TYPES, at, of, type_label
from minhbach.findings import Bilingual, Finding
from minhbach.records.store import OFFICE, Record, RecordSet
from minhbach.records.types import RECORD_TYPES

ANY = "*"

# (record type, path to the referring field with ``*`` for every list index, target types, office allowed)
REFERENCES: tuple[tuple[str, tuple, tuple[str, ...], bool], ...] = (
    ("donation", ("donor",), ("donor",), False),
    ("donation", ("received_by",), ("school",), True),
    ("donation", ("earmark",), ("school",), False),
    ("purchase", ("at",), ("school",), True),
    ("purchase", ("funded_by", ANY, "donation"), ("donation",), False),
    ("allocation", ("source",), SOURCE_TYPES, False),
    ("allocation", ("to",), ("school",), False),
    ("handover", ("nomination",), ("nomination",), False),
    ("handover", ("items", ANY, "source"), SOURCE_TYPES, False),
    ("followup", ("nomination",), ("nomination",), False),
)


def check_references(records: RecordSet, context: CheckContext) -> list[Finding]:
    """REF-UNKNOWN for each id that names no record of the right type; SOURCE-ID-COLLISION."""
    found: list[Finding] = []
    known: dict[str, list[str]] = {}  # every id, sorted: only worth building for a wrong one
    for type_name, pattern, targets, office_ok in REFERENCES:
        for record in of(records, type_name):
            for path, value in _values(record.data, pattern):
                if not isinstance(value, str) or (office_ok and value == OFFICE):
                    continue
                if any(records.exists(target, value) for target in targets):
                    continue
                known = known or _known_ids(records)
                found.append(_unknown(record, path, value, targets, office_ok, known))
    for purchase in of(records, "purchase"):
        donation = records.get("donation", purchase.id)
        if donation is not None:
            found.append(
                at(
                    purchase,
                    ("id",),
                    "SOURCE-ID-COLLISION",
                    related=[donation],
                    other=donation.path,
                )
            )
    return found


def _known_ids(records: RecordSet) -> dict[str, list[str]]:
    """Every id per type, valid or not: suggestions may point at a record that still needs fixing."""
    known: dict[str, set[str]] = {t.name: set(records.ids(t.name)) for t in RECORD_TYPES}
    for type_name, record_id in records.broken:
        known.setdefault(type_name, set()).add(record_id)
    return {name: sorted(ids) for name, ids in known.items()}


def _values(data: object, pattern: tuple) -> Iterator[tuple[tuple, object]]:
    """(path, value) for each place ``pattern`` names in ``data``; ``*`` stands for every index."""
    if not pattern:
        yield (), data
        return
    head, rest = pattern[0], pattern[1:]
    if head == ANY:
        if isinstance(data, list):
            for index, item in enumerate(data):
                for path, value in _values(item, rest):
                    yield (index, *path), value
    elif isinstance(data, dict) and head in data:
        for path, value in _values(data[head], rest):
            yield (head, *path), value


def _unknown(
    record: Record,
    path: tuple,
    value: str,
    targets: tuple[str, ...],
    office_ok: bool,
    known: dict[str, list[str]],
) -> Finding:
    candidates = [i for target in targets for i in known.get(target, [])]
    close = difflib.get_close_matches(value, candidates, n=1, cutoff=0.6)
    hint = (
        Bilingual(f" Có phải ý bạn là `{close[0]}`?", f" Did you mean `{close[0]}`?")
        if close
        else ""
    )
    other = next(
        (t.name for t in RECORD_TYPES if t.name not in targets and value in known.get(t.name, ())),
        None,
    )
    if other is not None:
        label = type_label(other)
        hint = Bilingual(
            f" (`{value}` là mã một hồ sơ {label.vi}.)" + (hint.vi if hint else ""),
            f" (`{value}` is the id of a {label.en} record.)" + (hint.en if hint else ""),
        )
    labels = [type_label(t) for t in targets]
    expected = Bilingual(
        " hoặc ".join(label.vi for label in labels), " or ".join(label.en for label in labels)
    )
    if office_ok:
        expected = Bilingual(
            f"`office` hoặc mã {expected.vi}", f"`office` or the id of a {expected.en}"
        )
    folders = ", ".join(f"{t.folder}/" for t in RECORD_TYPES if t.name in targets)
    return at(
        record, path, "REF-UNKNOWN", value=value, expected=expected, hint=hint, folders=folders
    )
