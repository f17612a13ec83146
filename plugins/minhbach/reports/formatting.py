"""How reports write numbers, dates and enum values (DESIGN "Formats"; Decree 30/2020 for dates).

Numbers use the Vietnamese grouping (1.500.000, Babel ``vi``); dates are dd/mm/yyyy (an explicit
pattern: Babel's ``vi`` short date is d/M/yy); the place-and-date line of an official document pads
days below 10 and the months January and February with a zero (Decree 30, appendix I, item 7).
"""

from __future__ import annotations

import calendar
import datetime as dt

from minhbach import labels
from minhbach.formats import date, money, number
from minhbach.text.collate import name_key

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


def name_order(full_name: str) -> tuple:
    """Vietnamese list order: by given name (the last word), then the whole name.

    The site's collation (``text.collate``): ``Đặng`` after every ``D``, before ``E``; letters
    first (``ă``, ``â`` after ``a``), then tones in dictionary order.
    """
    return name_key(full_name)


# Below this many days a wait is said in days ("60 ngày"), above it in months and years.
DAYS_SPOKEN_AS_DAYS = 90


def dong(amount: int) -> str:
    """``1.500.000 đồng``: money as an official document writes it (the site writes ``₫``).

    A no-break space keeps the number and its unit on one line.
    """
    return f"{number(amount)}\u00a0đồng"


def duration(start: dt.date, end: dt.date) -> str:
    """How long from ``start`` to ``end``, as a report says it.

    ``60 ngày`` below three months (short waits are counted in days, like the settings that
    judge them); then whole calendar months and years, with "hơn" when days are left over:
    1.670 days from 20/10/2021 is ``hơn 4 năm 6 tháng``, never "1.670 ngày".
    """
    days = (end - start).days
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    if days < DAYS_SPOKEN_AS_DAYS or months < 1:
        return f"{number(max(days, 0))} ngày"
    years, rest = divmod(months, 12)
    spoken = " ".join(
        part for part in (f"{years} năm" if years else "", f"{rest} tháng" if rest else "") if part
    )
    return f"hơn {spoken}" if _add_months(start, months) < end else spoken


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months; the 31st becomes the month's last day."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
