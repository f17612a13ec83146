"""Typing cells: dates, phones stored as numbers, categories and needs as schools write them."""

from __future__ import annotations

import datetime as dt

import pytest

from minhbach.workflow import values
from minhbach.workflow.dates import DateProblem, parse_date
from minhbach.workflow.values import CellProblem


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("03/05/2012", dt.date(2012, 5, 3)),
        ("3/5/2012", dt.date(2012, 5, 3)),
        ("3-5-2012", dt.date(2012, 5, 3)),
        ("03.05.2012", dt.date(2012, 5, 3)),
        ("2012-05-03", dt.date(2012, 5, 3)),
        (dt.datetime(2012, 5, 3), dt.date(2012, 5, 3)),
        (41032, dt.date(2012, 5, 3)),  # an Excel serial number in a cell not formatted as a date
        ("41032", dt.date(2012, 5, 3)),
    ],
)
def test_dates_day_first(written: object, expected: dt.date) -> None:
    assert parse_date(written) == expected


def test_two_digit_year_is_refused_with_the_four_digit_form() -> None:
    with pytest.raises(DateProblem) as raised:
        parse_date("03-05-12")
    assert raised.value.code == "IMPORT-DATE-TWO-DIGIT-YEAR"
    assert dict(raised.value.params)["suggestion"] == "03/05/2012"


@pytest.mark.parametrize(
    ("written", "code"),
    [("31/02/2012", "IMPORT-DATE-IMPOSSIBLE"), ("tháng 5", "IMPORT-DATE-FORMAT")],
)
def test_bad_dates(written: str, code: str) -> None:
    with pytest.raises(DateProblem) as raised:
        parse_date(written)
    assert raised.value.code == code


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (909123456, "0909123456"),
        (909123456.0, "0909123456"),
        ("0909 123 456", "0909123456"),
        ("0938.222.333", "0938222333"),
        ("0938-222-333", "0938222333"),
        ("'0909123456", "0909123456"),
        (84977444555, "0977444555"),
        ("84977444555", "0977444555"),
        ("+84 977 444 555", "0977444555"),
        ("(+84) 977444555", "0977444555"),
        ("028 3873 4567", "02838734567"),
        (2838734567, "02838734567"),
    ],
)
def test_phone_is_written_one_way_digits_with_its_zero(cell: object, expected: str) -> None:
    """Issue 16: ``84977444555`` became ``+84…`` while ``0938 222 333`` kept its spaces."""
    assert values.phone(cell) == expected


def test_phone_that_is_not_one() -> None:
    with pytest.raises(CellProblem):
        values.phone("12345")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Mồ côi cha", ["mo-coi-cha"]),
        ("mồ côi cả cha và mẹ", ["mo-coi-ca-hai"]),
        ("Mồ côi mẹ, hộ cận nghèo", ["mo-coi-me", "ho-can-ngheo"]),
        ("MO COI CHA do Covid-19", ["mo-coi-cha"]),
        ("HCKK", ["hoan-canh-kho-khan"]),
        ("ho-ngheo", ["ho-ngheo"]),
    ],
)
def test_categories(cell: str, expected: list[str]) -> None:
    assert values.categories(cell) == expected


def test_unknown_category_is_an_error() -> None:
    with pytest.raises(CellProblem):
        values.categories("con thương binh")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Máy tính bảng", [{"kind": "tablet", "quantity": 1}]),
        (
            "2 laptop; SIM 4G",
            [{"kind": "laptop", "quantity": 2}, {"kind": "sim-data", "quantity": 1}],
        ),
        ("điện thoại x2", [{"kind": "smartphone", "quantity": 2}]),
    ],
)
def test_needs(cell: str, expected: list[dict]) -> None:
    assert values.needs(cell) == expected


def test_class_and_grade() -> None:
    assert values.school_class("Lớp 5a") == "5A"
    assert values.school_class(5) == "5"
    assert values.grade(None, "10A1") == 10
