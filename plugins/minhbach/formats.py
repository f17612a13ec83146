"""Vietnamese formats, one place for all (DESIGN.md, "Decisions", "Formats").

Numbers with Babel's ``vi`` grouping (1.500.000), money as ``1.500.000 ₫`` with a no-break space
before ₫ (Babel's ``vi`` output), dates as dd/mm/yyyy (an explicit pattern: Babel's own short
``vi`` date is d/M/yy). Messages, the site, ``balance``, lookup cases and the reports all use
these, so a figure reads the same everywhere.
"""

from __future__ import annotations

import datetime as dt

from babel.numbers import format_currency, format_decimal

LOCALE = "vi"


def number(value: int | None) -> str:
    """``1500000`` → ``1.500.000``; empty for None.

    A whole number is grouped here, the way Babel's ``vi`` pattern does (a test compares the
    two): Babel parses its pattern on every call, and a province's build formats some
    million numbers. Anything else goes through Babel.
    """
    if value is None:
        return ""
    if type(value) is int:
        return f"{value:,}".replace(",", ".")
    return format_decimal(value, locale=LOCALE)


def money(value: int | None) -> str:
    """``1500000`` → ``1.500.000 ₫``; empty for None (whole numbers grouped as in ``number``)."""
    if value is None:
        return ""
    if type(value) is int:
        return number(value) + "\u00a0₫"
    return format_currency(value, "VND", locale=LOCALE)


def date(value: str | dt.date | dt.datetime | None) -> str:
    """``2021-10-05`` → ``05/10/2021``; empty for no date."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
