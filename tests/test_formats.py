"""Numbers and money read the same as Babel's ``vi`` format, however they are produced."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from babel.numbers import format_currency, format_decimal

from minhbach.formats import date, money, number


def _whole_numbers() -> list[int]:
    rng = random.Random(7)
    powers = [sign * 10**k + extra for k in range(19) for sign in (1, -1) for extra in (-1, 0, 1)]
    return [*range(-2000, 2000), *powers, *(rng.randint(-(10**15), 10**15) for _ in range(5000))]


def test_whole_numbers_are_grouped_exactly_as_babel_groups_them():
    for value in _whole_numbers():
        assert number(value) == format_decimal(value, locale="vi"), value
        assert money(value) == format_currency(value, "VND", locale="vi"), value


def test_the_formats_the_site_prints():
    assert number(1500000) == "1.500.000"
    assert money(1500000) == "1.500.000\u00a0₫"
    assert number(None) == ""
    assert money(None) == ""
    assert number(Decimal("1234.5")) == format_decimal(Decimal("1234.5"), locale="vi")
    assert date("2021-10-05") == "05/10/2021"
    assert date(dt.datetime(2021, 10, 5, 8, 30)) == "05/10/2021"
