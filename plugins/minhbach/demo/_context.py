"""What every part of the demo generator shares: the seeded random source, days, ids, output.

Days are ordinals (``date.toordinal()``) while generating, so that "a week later" is ``+ 7``;
they become ``YYYY-MM-DD`` strings only in the records.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from functools import cache

from minhbach import codes
from minhbach.demo._people import People

START = dt.date(2021, 10, 5).toordinal()  # plan 949/KH-GDĐT is signed
END = dt.date(2022, 5, 31).toordinal()  # end of the 2021-2022 school year: nothing after it
SCHOOL_YEAR_START = 2021


@cache
def iso(day: int) -> str:
    return dt.date.fromordinal(day).isoformat()


def day_of(year: int, month: int, day: int) -> int:
    return dt.date(year, month, day).toordinal()


@dataclass
class Demo:
    """The growing data set: records by type, as (path inside the records folder, fields)."""

    rng: random.Random
    people: People
    records: dict[str, list[tuple[str, dict]]] = field(default_factory=dict)
    # The office's head and deputy, as written in decisions and ceremony handovers (private names,
    # so that the text never matches a phrase of the public site).
    office_staff: tuple[str, str] = ("", "")
    _ids: set[str] = field(default_factory=set)
    _counters: dict[str, int] = field(default_factory=dict)

    def new_id(self, prefix: str) -> str:
        """An opaque id, unique across the whole demo (so donation and purchase ids never clash)."""
        while True:
            value = codes.opaque_id(prefix, self.rng)
            if value not in self._ids:
                self._ids.add(value)
                return value

    def claim_id(self, value: str) -> str:
        """A readable id (``th-le-loi``), made unique with ``-2``, ``-3``… when taken."""
        candidate, number = value, 1
        while candidate in self._ids:
            number += 1
            candidate = f"{value}-{number}"
        self._ids.add(candidate)
        return candidate

    def next_number(self, series: str) -> int:
        """Running document numbers per series (``BB-TN``, one series per school…)."""
        self._counters[series] = self._counters.get(series, 0) + 1
        return self._counters[series]

    def add(self, record_type: str, path: str, data: dict) -> None:
        data["demo"] = True
        self.records.setdefault(record_type, []).append((path, data))

    def between(self, low: int, high: int) -> int:
        """A day in ``[low, high]``; ``low`` when the range is empty (callers keep it non-empty)."""
        return low if high <= low else self.rng.randint(low, high)
