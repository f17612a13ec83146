"""Which values of the records are private, and the spellings the guard searches them in.

An allow-list view (DESIGN.md, "Public per student"): a field is public only when this module
says so; every other text field is private and searched, so a field added to a schema later is
searched until someone decides it is public. Fields that hold no personal data and would only
give false alarms are named in ``STRUCTURE`` with the reason; enum fields (the schema's own
vocabulary, whose labels the site prints) are found from the schemas.

A private value is searched when it has at least two words or six characters; a birth date as
ISO, dd/mm/yyyy and d/m/yyyy; a phone by its digits (DESIGN.md, "Decisions: The leak guard").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from sys import intern
from typing import NamedTuple

from minhbach.formats import number
from minhbach.guard.matcher import Matcher
from minhbach.records.schemas import SchemaSet
from minhbach.records.shapes import Shape
from minhbach.records.store import Record, RecordSet
from minhbach.text.fold import tokens

# How a field's value is searched. PUBLIC values are not searched; a private value that is also
# public (a guardian who is also a named donor) is reported as a warning, not an error.
PUBLIC, SKIP, TEXT, CODE, DATE, PHONE, MONEY = (
    "public",
    "skip",
    "text",
    "code",
    "date",
    "phone",
    "money",
)

# Fields that are neither public nor personal: ids and references, dates of events, numbers
# of official documents, numbers. Paths are dotted, without list indexes; "*" is every type.
STRUCTURE: dict[str, frozenset[str]] = {
    "*": frozenset(
        {
            "id",
            "demo",
            "school",
            "nomination",
            "on",
            "document",
            "source",
            # The day data was erased (minhbach forget): a date of an event, like ``on``.
            "forgotten_on",
            # A job title ("Giáo viên", "Hiệu trưởng") identifies nobody; the contact's name, phone,
            # e-mail and address are searched.
            "contact.role",
        }
    ),
    "donation": frozenset({"donor", "received_on", "received_by", "earmark"}),
    "purchase": frozenset({"at", "invoice", "funded_by.donation"}),
    "nomination": frozenset(
        {
            "nominated_on",
            "consent.recorded_on",
            "consent.withdrawn_on",
            "decision.date",
            "decision.document",
            # The signer of the office's decision acts in a public role (the site and the report
            # name the office's leadership); it is a title or an official's name, not the family's.
            "decision.by",
            "erasure_request",
        }
    ),
    # An erasure record names nomination ids, the request's number and dates: none personal.
    "erasure": frozenset({"request", "ended_before", "nominations"}),
    "allocation": frozenset({"to", "items.source"}),
    "handover": frozenset({"items.source"}),
}

# Fields whose value the site shows (or may show) as it is written.
PUBLIC_FIELDS: dict[str, frozenset[str]] = {
    # The abbreviation is printed in the number of every document the school issues.
    "school": frozenset({"name", "short_code", "phone", "address"}),
    "donation": frozenset({"items.description"}),
    "purchase": frozenset({"supplier", "items.description", "items.unit_price_vnd"}),
}

# Private fields searched by a rule other than plain text.
KINDS: dict[str, str] = {
    "student.birth_date": DATE,
    "student.student_code": CODE,
    "lookup_code": CODE,
    "tax_code": CODE,
    "items.serials": CODE,
    "items.serial": CODE,
    "guardian.phone": PHONE,
    "contact.phone": PHONE,
    "phone": PHONE,
}

# Values that name, locate or reach a child or the child's family. In a page or a file staff
# wrote they are errors, not warnings (DESIGN "Files staff attach"): a name, phone or address
# (and a student code or lookup code, which cannot turn up by chance) identifies the child.
# A bare birth date, circumstances and notes stay warnings: they match ordinary sentences.
IDENTIFYING: dict[tuple[str, str], tuple[str, str]] = {
    ("nomination", "student.full_name"): ("họ tên học sinh", "the student's full name"),
    ("nomination", "student.address"): ("địa chỉ của học sinh", "the student's address"),
    ("nomination", "student.student_code"): ("mã học sinh", "the student code"),
    ("nomination", "guardian.name"): ("họ tên người giám hộ", "the guardian's name"),
    ("nomination", "guardian.phone"): (
        "số điện thoại người giám hộ",
        "the guardian's phone number",
    ),
    ("nomination", "lookup_code"): ("mã tra cứu của hồ sơ", "the case's lookup code"),
    ("handover", "received_by.name"): (
        "tên người nhận thiết bị",
        "the name of who received the device",
    ),
}

MIN_CHARACTERS = 6
MIN_WORDS = 2


class Owner(NamedTuple):
    """Where a private value was written: the record and the field (``items[0].serial``).

    A tuple, not a class with a dict: a province's guard holds over a million of them.
    """

    path: str
    type: str
    field: str


class PrivateValues:
    """The private values found, by index: who holds each, and where it is also public.

    Kept compact because a province has half a million of them: an owner is one int (the
    record's number and the field's number), a value with one owner (most) holds that int alone,
    and the spellings live only in the matcher. ``owners`` decodes them for a finding.
    """

    def __init__(self, records: Sequence[Record]) -> None:
        self._records = records
        self._held: list[int | list[int]] = []
        self._fields: list[str] = []
        self._field_numbers: dict[str, int] = {}
        self.public_in: dict[int, list[tuple[str, str]]] = {}  # (record path, field), rare

    def __len__(self) -> int:
        return len(self._held)

    def new(self) -> int:
        """A new value without owners yet; returns its index."""
        self._held.append([])
        return len(self._held) - 1

    def hold(self, index: int, record_number: int, field: str) -> None:
        number = self._field_numbers.get(field)
        if number is None:
            number = self._field_numbers[field] = len(self._fields)
            self._fields.append(field)
        owner = record_number << _FIELD_BITS | number
        held = self._held[index]
        if isinstance(held, int):
            self._held[index] = [held, owner]
        elif held:
            held.append(owner)
        else:
            self._held[index] = owner

    def owners(self, index: int) -> list[Owner]:
        held = self._held[index]
        codes = [held] if isinstance(held, int) else held
        return [self._owner(code) for code in codes]

    def _owner(self, code: int) -> Owner:
        record = self._records[code >> _FIELD_BITS]
        return Owner(record.path, record.type, self._fields[code & _FIELD_MASK])


_FIELD_BITS = 24  # field names with their list indexes: far fewer than 16 million
_FIELD_MASK = (1 << _FIELD_BITS) - 1


# A field's rule, worked out once per record type and field (a province has millions of leaves):
# a final kind, or one of these, decided by the value or by another record.
_BY_DONOR_DISPLAY, _BY_DONOR_SHOW_VALUE = "by-donor-display", "by-donor-show-value"
_Rules = dict[tuple[str, str], "str | tuple[str]"]


def scalars(
    record: Record, records: RecordSet, shape: Shape | None, rules: _Rules
) -> list[tuple[tuple, object, str]]:
    """(path, value, kind) for every scalar of ``record``, in the order they are written.

    ``rules`` caches each field's rule between calls on records of the same schemas.
    """
    found: list[tuple[tuple, object, str]] = []
    _scalars_into(found, record, records, record.data, (), "", shape, rules)
    return found


def _scalars_into(found, record, records, node, path, dotted, shape, rules) -> None:
    if isinstance(node, dict):
        for key, child in node.items():
            _scalars_into(
                found,
                record,
                records,
                child,
                (*path, key),
                f"{dotted}.{key}" if dotted else key,
                shape.child(key) if shape else None,
                rules,
            )
    elif isinstance(node, list):
        item_shape = shape.item() if shape else None
        for index, child in enumerate(node):
            _scalars_into(found, record, records, child, (*path, index), dotted, item_shape, rules)
    elif node is not None and not isinstance(node, bool):
        rule = rules.get((record.type, dotted))
        if rule is None:
            rule = rules[(record.type, dotted)] = _rule(record.type, dotted, shape)
        found.append((path, node, _apply(rule, record, records, node)))


def _rule(type_name: str, dotted: str, shape: Shape | None) -> str | tuple[str]:
    """What decides the kind of a field; a 1-tuple (kind,) means "that kind, unless a number"."""
    if dotted in STRUCTURE["*"] or dotted in STRUCTURE.get(type_name, ()):
        return SKIP
    if shape is not None and shape.labels:
        return SKIP  # an enum: the schema's vocabulary, printed on pages as its label
    if dotted in PUBLIC_FIELDS.get(type_name, ()):
        return PUBLIC
    if type_name == "donor" and dotted == "name":
        return _BY_DONOR_DISPLAY
    if type_name == "donation" and dotted in ("items.amount_vnd", "items.unit_value_vnd"):
        return _BY_DONOR_SHOW_VALUE
    return (KINDS.get(dotted, TEXT),)


def _apply(rule: str | tuple[str], record: Record, records: RecordSet, value: object) -> str:
    if isinstance(rule, tuple):
        return SKIP if isinstance(value, int) else rule[0]  # quantities, grades, shown amounts
    if rule == _BY_DONOR_DISPLAY:
        return PUBLIC if record.get("display") == "named" else TEXT
    if rule == _BY_DONOR_SHOW_VALUE:
        donor = records.get("donor", str(record.get("donor")))
        return PUBLIC if donor is not None and donor.get("show_value") is True else MONEY
    return rule


def field_name(path: tuple[str | int, ...]) -> str:
    """The dotted field with list indexes, as messages name it: ``items[0].serials[1]``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def spellings(kind: str, value: object) -> list[tuple[str, ...]]:
    """The folded token sequences to search for ``value``; empty when it is too short."""
    if kind == MONEY:
        return _money_spellings(int(value))  # type: ignore[arg-type]
    text = str(value)
    if kind == DATE:
        return _date_spellings(text)
    words = tuple(map(intern, tokens(text)))  # "nguyen", "van": one copy for a whole province
    if not searchable(words):
        return []
    found = [words]
    if kind == CODE and len(words) > 1:
        found.append(("".join(words),))  # K7QH-3MXR-9TPB-HC4N written as K7QH3MXR9TPBHC4N
    return found


def searchable(words: tuple[str, ...]) -> bool:
    """At least two words (with a letter) or six characters: "5A" and "mẹ" are not searched."""
    lettered = len(words) - sum(map(str.isdigit, words))
    return lettered >= MIN_WORDS or sum(map(len, words)) >= MIN_CHARACTERS


def _date_spellings(text: str) -> list[tuple[str, ...]]:
    parts = text.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return [tuple(tokens(text))] if searchable(tuple(tokens(text))) else []
    year, month, day = parts
    found = {(year, month, day)}
    for d in {day, day.lstrip("0") or "0"}:
        for m in {month, month.lstrip("0") or "0"}:
            found.add((d, m, year))
    return sorted(found)


def _money_spellings(amount: int) -> list[tuple[str, ...]]:
    plain = str(amount)
    if len(plain) < MIN_CHARACTERS:
        return []
    grouped = tuple(f"{amount:,}".split(","))  # 1.500.000, 1,500,000 and 1 500 000 alike
    return [(plain,), grouped]


def phone_digits(text: str) -> str | None:
    """The national part of a Vietnamese phone number: "+84 909 123 456" → "909123456"."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.lstrip().startswith("+84") or (digits.startswith("84") and len(digits) >= 11):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    return digits if len(digits) >= 9 else None


def money_text(amount: int) -> str:
    """An amount as the site may print it, for comparing a public amount with hidden ones."""
    return number(amount) + " " + str(amount)


def _public_text(value: object) -> str:
    return money_text(value) if isinstance(value, int) else str(value)


def collect(
    records: RecordSet, schemas: SchemaSet | None, matcher: Matcher
) -> tuple[PrivateValues, list[tuple[str, str, str]]]:
    """Private values, each added to ``matcher`` under its index; public texts as (text, path, field).

    Values with the same spellings are one value ("Nguyễn Văn An" in two records, or written
    in capitals in one of them): a match names every record that holds it.
    """
    private = PrivateValues(records.records)
    public: list[tuple[str, str, str]] = []
    shapes = schemas.shapes if schemas is not None else {}
    rules: _Rules = {}
    known: dict[tuple, int] = {}  # first spelling (or phone digits) -> index
    spelled: dict[tuple[str, object], tuple] = {}  # dates and names repeat: spelled once
    for record_number, record in enumerate(records.records):
        for path, value, kind in scalars(record, records, shapes.get(record.type), rules):
            if kind == SKIP:
                continue
            if kind == PUBLIC:
                public.append((_public_text(value), record.path, field_name(path)))
                continue
            key = spelled.get((kind, value))
            if key is None:
                key = spelled[kind, value] = _add(private, matcher, known, kind, value)
            if key:
                private.hold(known[key], record_number, intern(field_name(path)))
    return private, public


def _add(
    private: PrivateValues, matcher: Matcher, known: dict[tuple, int], kind: str, value: object
) -> tuple:
    """The key of ``value`` in ``known``, added to ``private`` and ``matcher`` if new; () if not searched."""
    if kind == PHONE:
        digits = phone_digits(str(value))
        if digits is None:
            return ()
        key: tuple = ("tel", digits)
        if key not in known:
            known[key] = private.new()
            matcher.add_phone(known[key], digits)
        return key
    found = spellings(kind, value)
    if not found:
        return ()
    key = found[0]
    if key not in known:
        known[key] = index = private.new()
        for spelling in found:
            matcher.add(index, spelling, money=kind == MONEY)
    return key


def vocabulary(schemas: SchemaSet | None, extra: Iterable[str]) -> list[str]:
    """Texts the site prints whatever the records say: enum labels, and texts from settings."""
    texts = list(extra)
    if schemas is not None:
        for shape in schemas.shapes.values():
            texts.extend(_labels(shape, depth=0))
    return texts


def _labels(shape: Shape, depth: int) -> Iterator[str]:
    if depth > 20:
        return
    yield from shape.labels.values()
    for child in shape.properties.values():
        yield from _labels(child, depth + 1)
    for child in (shape.additional, shape.items):
        if child is not None:
            yield from _labels(child, depth + 1)
