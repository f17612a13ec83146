"""The private values of a forgotten child, in the spellings the leak guard searches.

Every version of the child's records that git ever held is read: a name corrected last month
was written the old way in older commits, and the old way must go too. A value is what the
tombstone drops (``tombstone.KEEP``) and the leak guard would search (``guard.values``): names,
birth date, address, phone, student code, lookup code, circumstances, notes, who received. Short
values the guard does not search ("5A", "mẹ") are gone with the child's files but are not looked
for elsewhere: they would match half the repository.

A value that another record holds as its own field (a sibling shares the guardian, the address
and the phone) stays in that record: ``held_as_own`` tells.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from minhbach.erasure.tombstone import DROP_INSIDE, KEEP
from minhbach.guard.matcher import Matcher
from minhbach.guard.values import PHONE, PUBLIC, SKIP, phone_digits, scalars, spellings
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import Record, RecordSet
from minhbach.text.fold import tokens


@dataclass(frozen=True)
class Value:
    """One private value: where it was written, how it was written, and how it is searched.

    ``spellings`` are folded token sequences (``("nguyen", "van", "an")``); a phone is searched
    by ``phone`` (its national digits) instead.
    """

    type: str
    field: str
    text: str
    kind: str
    spellings: tuple[tuple[str, ...], ...]
    phone: str | None = None

    @property
    def key(self) -> tuple:
        return ("tel", self.phone) if self.phone else self.spellings[0]

    def as_plan(self) -> dict:
        return {"type": self.type, "field": self.field, "text": self.text, "kind": self.kind}

    @classmethod
    def from_plan(cls, item: Mapping) -> Value | None:
        return make_value(item["type"], item["field"], item["text"], item["kind"])


def make_value(type_name: str, field: str, text: str, kind: str) -> Value | None:
    """A searchable value, or None when the guard would not search it (too short)."""
    if kind == PHONE:
        digits = phone_digits(text)
        return Value(type_name, field, text, kind, (), digits) if digits else None
    found = spellings(kind, text)
    return Value(type_name, field, text, kind, tuple(found)) if found else None


def erased_values(versions: Iterable[tuple[str, Mapping]], schemas: SchemaSet) -> list[Value]:
    """The searchable values the tombstones drop, over every (type, data) version, once each."""
    found: dict[tuple, Value] = {}
    rules: dict = {}
    empty = RecordSet()
    for type_name, data in versions:
        record = Record(type_name, str(data.get("id", "")), "", dict(data), None)
        for path, value, kind in scalars(record, empty, schemas.shapes[type_name], rules):
            if kind in (SKIP, PUBLIC) or not _dropped(type_name, path):
                continue
            made = make_value(type_name, _dotted(path), str(value), kind)
            if made is not None:
                found.setdefault(made.key, made)
    return list(found.values())


def _dropped(type_name: str, path: tuple) -> bool:
    top = path[0]
    if top not in KEEP[type_name]:
        return True
    inner = DROP_INSIDE.get((type_name, top))
    return bool(inner) and len(path) > 1 and path[1] in inner


def _dotted(path: tuple) -> str:
    return ".".join(str(part) for part in path if not isinstance(part, int))


def matcher_of(values: list[Value]) -> Matcher:
    """The leak guard's matcher over ``values`` (index = position in the list)."""
    matcher = Matcher()
    for index, value in enumerate(values):
        if value.phone:
            matcher.add_phone(index, value.phone)
        for spelling in value.spellings:
            matcher.add(index, spelling)
    return matcher


def held_as_own(
    data: object, values: list[Value], indexes: Iterable[int], forgotten: Collection[str] = ()
) -> set[int]:
    """Which of ``indexes`` a record (its parsed ``data``) holds as the whole of one of its fields.

    A sibling's nomination with the same guardian's name or phone, or the same address, keeps
    it: it is that child's data too. The child's name inside a sibling's circumstances is not a
    field of its own, and goes; and a record of a ``forgotten`` child (by its id or the
    nomination it names) holds nothing of its own any more.
    """
    if not isinstance(data, Mapping) or "id" not in data:
        return set()
    if data.get("id") in forgotten or data.get("nomination") in forgotten:
        return set()
    wanted = set(indexes)
    texts = [str(leaf) for leaf in _leaves(data)]
    as_tokens = {tuple(tokens(text)) for text in texts}
    as_phones = {phone_digits(text) for text in texts} - {None}
    held = set()
    for index in wanted:
        value = values[index]
        if value.phone:
            if value.phone in as_phones:
                held.add(index)
        elif any(spelling in as_tokens for spelling in value.spellings):
            held.add(index)
    return held


def _leaves(node: object) -> Iterable[object]:
    if isinstance(node, Mapping):
        for child in node.values():
            yield from _leaves(child)
    elif isinstance(node, list):
        for child in node:
            yield from _leaves(child)
    elif node is not None and not isinstance(node, bool):
        yield node
