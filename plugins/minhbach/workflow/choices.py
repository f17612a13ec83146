"""What the records offer to ``minhbach new``'s questions, so staff choose instead of typing ids.

A handover asks for its student among the school's approved students still waiting (a follow-up,
among those handed a device), shown by masked name and class, never by full name; a handover's
source among the sources the school (or the office, ``from: office``) still holds, each named by
who gave it and when, with what is left. The grade follows from a class that starts with it
(``5A`` → 5). ``OPTIONAL_ASKED`` names the optional fields worth a question.

The records are read once, on the first question that needs them, and only the valid ones count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

from minhbach import labels
from minhbach.checks.context import CheckContext
from minhbach.formats import date, money, number
from minhbach.ledger import CASH, compute
from minhbach.public.masking import mask_name
from minhbach.records.store import OFFICE, RecordSet
from minhbach.reports.formatting import lower_first
from minhbach.validation import validate_folder

# Optional fields worth a question (Enter skips them); list indexes as 0.
OPTIONAL_ASKED: dict[str, set[tuple[str | int, ...]]] = {
    "nomination": {("student", "student_code"), ("guardian", "phone")},
    "handover": {("items", 0, "serial")},
    "donation": {("items", 0, "unit_value_vnd")},
    "followup": {("note",)},
}
_GRADE = re.compile(r"\d{1,2}")


def infer(path: tuple[str | int, ...], record: dict) -> object:
    """A value another answer gives: the grade of a class that starts with it."""
    if path == ("student", "grade"):
        match = _GRADE.match(str(record.get("student", {}).get("class", "")))
        if match and 1 <= int(match[0]) <= 12:
            return int(match[0])
    return None


def source_names(records: RecordSet, lang: str) -> dict[str, str]:
    """source id → "Công ty Sao Mai, 15/10/2021 (tn-…)": who gave it and when, then its id."""
    anonymous = "Nhà hảo tâm ẩn danh" if lang == "vi" else "Anonymous donor"
    bought = "Mua sắm" if lang == "vi" else "Purchase"
    donors = {
        d.id: anonymous if d.data["display"] == "anonymous" else d.data["name"]
        for d in records.of("donor")
    }
    names = {
        r.id: f"{donors.get(r.data['donor'], r.data['donor'])}, {date(r.data['received_on'])} "
        f"({r.id})"
        for r in records.of("donation")
    }
    names |= {
        r.id: f"{bought} {r.data['supplier']}, {date(r.data['on'])} ({r.id})"
        for r in records.of("purchase")
    }
    return names


class Offers:
    """The ``offers`` hook of ``Prompter`` for one record type (see the module docstring)."""

    def __init__(self, folder: Path, type_name: str, today: dt.date, lang: str = "vi") -> None:
        self.folder = folder
        self.type_name = type_name
        self.today = today
        self.lang = lang
        self._records: RecordSet | None = None

    @property
    def records(self) -> RecordSet:
        if self._records is None:
            self._records = validate_folder(self.folder, CheckContext(as_of=self.today)).valid
        return self._records

    def __call__(self, path: tuple[str | int, ...], record: dict) -> list[tuple[str, str]] | None:
        if path == ("nomination",) and self.type_name in ("handover", "followup"):
            school = record.get("school")
            return self.students(school, handed=self.type_name == "followup") if school else None
        if path == ("items", 0, "source") and self.type_name == "handover":
            place = OFFICE if record.get("from") == "office" else record.get("school")
            return self.sources(place) if place else None
        return None

    def students(self, school: str, *, handed: bool) -> list[tuple[str, str]]:
        """The school's approved students still waiting (or, ``handed``, handed a device)."""
        given = {h.data["nomination"] for h in self.records.of("handover")}
        word = "lớp" if self.lang == "vi" else "class"
        found = []
        for nomination in self.records.of("nomination"):
            data = nomination.data
            if data["school"] != school or data["status"] != "da-duyet" or "student" not in data:
                continue
            if (nomination.id in given) != handed:
                continue
            student = data["student"]
            masked = mask_name(student["full_name"], "initials")
            found.append((nomination.id, f"{masked} — {word} {student['class']}"))
        return sorted(found, key=lambda choice: (choice[1], choice[0]))

    def sources(self, place: str) -> list[tuple[str, str]]:
        """The sources ``place`` still holds, with what is left of each."""
        left: dict[str, list[str]] = defaultdict(list)
        kinds = labels.item_kinds(self.lang)
        for (source, kind), position in sorted(compute(self.records).positions.items()):
            count = position.at.get(place, 0)
            if count > 0 and kind != CASH:
                left[source].append(f"{number(count)} {lower_first(kinds.get(kind, kind))}")
            elif count > 0:
                left[source].append(money(count))
        names = source_names(self.records, self.lang)
        word = "còn" if self.lang == "vi" else "left"
        return [
            (source, f"{names.get(source, source)} — {word} {', '.join(parts)}")
            for source, parts in left.items()
        ]
