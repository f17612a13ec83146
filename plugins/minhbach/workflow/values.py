"""Typing the cells of a school's list by the field they hold (the schema decides, as in YAML).

Each function takes a cell value as openpyxl or csv gives it (str, int, float, datetime, bool,
None) and returns the record's value, or raises ``CellProblem`` with a message code. Phone
numbers and student codes stored as numbers get their text back (a leading 0 Excel dropped is
restored); categories and needs are read from the words schools write ("Mồ côi cha, hộ nghèo",
"2 máy tính bảng").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from minhbach.text.fold import fold, tidy
from minhbach.workflow.dates import DateProblem, parse_date

_PHONE = re.compile(r"(\+84|0)[1-9][0-9]{8,9}")
_SPLIT = re.compile(r"[,;+\n/]+")


class CellProblem(Exception):
    """A cell that cannot become the field's value; ``code`` names the message."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object) -> str:
    """Text as written, one space between words, NFC; a whole number stays without ``.0``."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        raise CellProblem("IMPORT-NOT-TEXT")
    return tidy(str(value))


def long_text(value: object) -> str:
    return unicodedata.normalize("NFC", str(value)).strip()


def date(value: object) -> str:
    try:
        return parse_date(value).isoformat()
    except DateProblem as problem:
        raise CellProblem(problem.code, **dict(problem.params)) from None


def phone(value: object) -> str:
    """A phone number in the one form records use: its digits only, national, with its 0.

    ``0938 222 333``, ``0938.222.333``, ``+84 938 222 333``, ``84938222333`` and ``938222333``
    (a number whose 0 Excel dropped) all become ``0938222333``: the schema accepts spaces and
    ``+84``, but one spelling per number lets people (and the leak guard) find it.
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    written = str(value) if isinstance(value, int) else text(value)
    written = written.removeprefix("'")  # Excel's text marker typed by hand
    compact = re.sub(r"[\s().-]", "", written)
    if compact.isdigit() and not compact.startswith("0"):
        # The country code without its +, or a number whose 0 Excel (or a CSV export) dropped.
        if compact.startswith("84") and len(compact) in (11, 12):
            compact = "+" + compact
        elif len(compact) in (9, 10):
            compact = "0" + compact
    if not _PHONE.fullmatch(compact):
        raise CellProblem("IMPORT-PHONE", written=written)
    return "0" + compact[3:] if compact.startswith("+84") else compact


def code(value: object) -> str:
    """A student code: digits stored as a number come back as text."""
    return text(value).replace(" ", "")


def school_class(value: object) -> str:
    """``Lớp 5A`` → ``5A``; ``5`` → ``5``."""
    written = text(value)
    folded = fold(written)
    if folded.startswith("lop "):
        written = written.split(" ", 1)[1].strip()
    return written.replace(" ", "").upper()


def grade(value: object, school_class_value: str | None) -> int:
    """The grade from its own column, or from the digits that start the class (``5A`` → 5)."""
    if not is_blank(value):
        match = re.match(r"\d{1,2}", text(value).replace("Khối", "").replace("khối", "").strip())
        if match:
            return int(match[0])
        raise CellProblem("IMPORT-GRADE", written=text(value))
    match = re.match(r"\d{1,2}", school_class_value or "")
    if match is None:
        raise CellProblem("IMPORT-GRADE-FROM-CLASS")
    return int(match[0])


_GENDERS = {
    "nam": "nam",
    "trai": "nam",
    "male": "nam",
    "m": "nam",
    "nu": "nu",
    "gai": "nu",
    "female": "nu",
    "f": "nu",
}


def gender(value: object) -> str:
    found = _GENDERS.get(fold(text(value)))
    if found is None:
        raise CellProblem("IMPORT-GENDER", written=text(value))
    return found


_YES = {"x", "co", "dong y", "true", "yes", "1", "v", "da dong y", "co dong y"}
_NO = {"", "khong", "k", "false", "no", "0", "chua", "khong dong y", "chua dong y"}


def consent(value: object) -> bool:
    return _yes_no(value, _YES, _NO, "IMPORT-YES-NO")


_SIGNED = _YES | {"da ky", "ky", "ky nhan", "da nhan", "ok"}
_NOT_SIGNED = _NO | {"chua ky", "khong ky", "vang", "vang mat"}


def signed(value: object) -> bool:
    """The "Đã ký" cell of a ceremony list: an x (or "đã ký", "có") once the family signed."""
    return _yes_no(value, _SIGNED, _NOT_SIGNED, "CEREMONY-SIGNED-VALUE")


def _yes_no(value: object, yes: set[str], no: set[str], code: str) -> bool:
    if is_blank(value):
        return False
    folded = fold(text(value)) if not isinstance(value, bool) else str(value).lower()
    if folded in yes:
        return True
    if folded in no:
        return False
    raise CellProblem(code, written=text(value))


def is_marked(value: object) -> bool:
    """An ``x`` (or anything) in a ``Nữ`` column marks a girl."""
    return not is_blank(value) and fold(text(value)) not in ("0", "khong", "false")


# Checked in order on the folded cell; a matched phrase is removed before the next is tried,
# so "mồ côi cả cha và mẹ" is one category, not three.
_CATEGORY_PHRASES: tuple[tuple[str, str], ...] = (
    ("mo coi ca cha va me", "mo-coi-ca-hai"),
    ("mo coi ca cha lan me", "mo-coi-ca-hai"),
    ("mo coi ca cha me", "mo-coi-ca-hai"),
    ("mo coi ca hai", "mo-coi-ca-hai"),
    ("mo coi cha va me", "mo-coi-ca-hai"),
    ("mo coi cha me", "mo-coi-ca-hai"),
    ("mo coi cha", "mo-coi-cha"),
    ("mo coi me", "mo-coi-me"),
    ("ho can ngheo", "ho-can-ngheo"),
    ("can ngheo", "ho-can-ngheo"),
    ("ho ngheo", "ho-ngheo"),
    ("ngheo", "ho-ngheo"),
    ("hoan canh kho khan", "hoan-canh-kho-khan"),
    ("hckk", "hoan-canh-kho-khan"),
    ("kho khan", "hoan-canh-kho-khan"),
)


def categories(value: object) -> list[str]:
    folded = " " + fold(text(value).replace("-", " ")) + " "
    found: list[str] = []
    for phrase, slug in _CATEGORY_PHRASES:
        while f" {phrase} " in folded:
            folded = folded.replace(f" {phrase} ", " ", 1)
            if slug not in found:
                found.append(slug)
    leftover = [
        w
        for w in folded.split()
        if w not in ("va", "lan", "do", "covid", "19", "hs", "ho", "gia", "dinh")
    ]
    if not found or leftover:
        raise CellProblem("IMPORT-CATEGORY", written=text(value))
    return found


_NEED_PHRASES: tuple[tuple[str, str], ...] = (
    ("may tinh bang", "tablet"),
    ("tablet", "tablet"),
    ("ipad", "tablet"),
    ("mtb", "tablet"),
    ("may tinh xach tay", "laptop"),
    ("laptop", "laptop"),
    ("mtxt", "laptop"),
    ("may tinh de ban", "desktop"),
    ("may tinh ban", "desktop"),
    ("desktop", "desktop"),
    ("pc", "desktop"),
    ("dien thoai thong minh", "smartphone"),
    ("dien thoai", "smartphone"),
    ("smartphone", "smartphone"),
    ("sim", "sim-data"),
    ("goi cuoc", "sim-data"),
    ("du lieu", "sim-data"),
    ("4g", "sim-data"),
    ("khac", "other"),
)
_QUANTITY = re.compile(r"^(\d+)\s+|\s*(?:x|\*)\s*(\d+)$|\s*\((\d+)\)$")


def needs(value: object) -> list[dict]:
    """``2 máy tính bảng; SIM 4G`` → [{kind: tablet, quantity: 2}, {kind: sim-data, quantity: 1}]."""
    result: dict[str, int] = {}
    for part in _SPLIT.split(text(value)):
        folded = fold(part)
        if not folded:
            continue
        quantity = 1
        match = _QUANTITY.search(folded)
        if match:
            quantity = int(next(g for g in match.groups() if g))
            folded = _QUANTITY.sub(" ", folded).strip()
        folded = (
            folded.removeprefix("bo ")
            .removeprefix("cai ")
            .removeprefix("chiec ")
            .removeprefix("01 ")
        )
        kind = next((k for phrase, k in _NEED_PHRASES if f" {phrase} " in f" {folded} "), None)
        if kind is None:
            raise CellProblem("IMPORT-NEED", written=part.strip())
        result[kind] = result.get(kind, 0) + quantity
    if not result:
        raise CellProblem("IMPORT-NEED", written=text(value))
    return [{"kind": k, "quantity": q} for k, q in result.items()]
