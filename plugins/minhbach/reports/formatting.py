"""How reports write numbers, dates and enum values (DESIGN "Formats"; Decree 30/2020 for dates).

Numbers use the Vietnamese grouping (1.500.000, Babel ``vi``); dates are dd/mm/yyyy (an explicit
pattern: Babel's ``vi`` short date is d/M/yy); the place-and-date line of an official document pads
days below 10 and the months January and February with a zero (Decree 30, appendix I, item 7).
"""

from __future__ import annotations

import datetime as dt

from minhbach import labels
from minhbach.formats import date, money, number
from minhbach.text.fold import fold

__all__ = ["date", "money", "number"]  # re-exported for the report modules


def place_date(place: str, day: dt.date) -> str:
    """``Nhà Bè, ngày 05 tháng 10 năm 2021`` (Decree 30: zero before days 1–9 and months 1–2)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def kind_label(kind: str) -> str:
    """``laptop`` → ``Máy tính xách tay`` (the schema's label)."""
    return labels.item_kinds().get(kind, kind)


def items_text(counts: dict[str, int]) -> str:
    """``{"laptop": 2, "tablet": 1}`` → ``2 máy tính xách tay; 1 máy tính bảng``."""
    parts = [
        f"{number(n)} {lower_first(kind_label(kind))}" for kind, n in sorted(counts.items()) if n
    ]
    return "; ".join(parts)


def lower_first(label: str) -> str:
    """``Máy tính bảng`` → ``máy tính bảng``, but ``SIM và gói dữ liệu`` keeps its acronym."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def condition_label(condition: str) -> str:
    """``moi`` → ``Mới`` (the schema's label); empty when unknown."""
    return labels.conditions().get(condition, "")


def name_order(full_name: str) -> tuple[str, str, str]:
    """Vietnamese list order: by given name (the last word), then the whole name, without tones.

    ``Đặng`` sorts with ``D`` (not after ``Z``, where the code point of ``Đ`` would put it).
    """
    folded = fold(full_name)
    return (folded.split()[-1] if folded.split() else "", folded, full_name)
