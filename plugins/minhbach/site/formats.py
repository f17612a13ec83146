"""Vietnamese formats for the templates (DESIGN "Decisions", "Formats"): Babel's ``vi`` locale.

Money is "1.500.000 ₫" with a no-break space before ₫; dates are dd/MM/yyyy as an explicit
pattern (Babel's own short ``vi`` date is d/M/yy).
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

LOCALE = "vi"
DATE_PATTERN = "dd/MM/yyyy"


def money(amount: int | None) -> str:
    return "" if amount is None else format_currency(amount, "VND", locale=LOCALE)


def number(value: int | None) -> str:
    return "" if value is None else format_decimal(value, locale=LOCALE)


def date_vn(value: dt.date | dt.datetime | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_date(value, DATE_PATTERN, locale=LOCALE)


FILTERS = {"money": money, "number": number, "date_vn": date_vn}
