"""Dates as schools write them: ``03/05/2012``, ``3/5/2012``, ``3-5-2012``, ``2012-05-03``, Excel dates.

Vietnamese lists put the day first, so ``03/05/2012`` is 3 May 2012. A two-digit year
(``03-05-12``) is refused, not guessed: it could be 2012 or 1912, and a list exported from a
computer set to English may even mean yy-mm-dd. The message shows the four-digit form to type.
"""

from __future__ import annotations

import datetime as dt
import re

# Excel counts days from 1899-12-30 (the 1900 leap-year bug included), so serial 1 is 1899-12-31.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DAY_FIRST = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2,4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SERIAL = re.compile(r"\d{4,5}(\.0+)?")


class DateProblem(Exception):
    """Why a value is not a date: ``code`` is a message code, ``params`` fill it."""

    def __init__(self, code: str, params: tuple[tuple[str, object], ...] = ()) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def parse_date(value: object) -> dt.date:
    """A date from a cell value (text, Excel date, Excel serial number); raises ``DateProblem``."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(float(value))
    text = str(value).strip()
    if _SERIAL.fullmatch(text):
        return _from_serial(float(text))
    # A datetime written as text ("2012-05-03 00:00:00") keeps only its date part.
    text = text.split(" ")[0] if re.fullmatch(r"\S+ 00:00(:00)?", text) else text
    iso = _ISO.fullmatch(text)
    if iso:
        return _make(int(iso[1]), int(iso[2]), int(iso[3]), text)
    day_first = _DAY_FIRST.fullmatch(text)
    if day_first is None:
        raise DateProblem("IMPORT-DATE-FORMAT", (("written", text),))
    day, month, year_text = int(day_first[1]), int(day_first[2]), day_first[3]
    if len(year_text) == 2:
        suggestion = f"{day:02d}/{month:02d}/20{year_text}"
        raise DateProblem(
            "IMPORT-DATE-TWO-DIGIT-YEAR", (("written", text), ("suggestion", suggestion))
        )
    if len(year_text) != 4:
        raise DateProblem("IMPORT-DATE-FORMAT", (("written", text),))
    return _make(int(year_text), month, day, text)


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateProblem("IMPORT-DATE-IMPOSSIBLE", (("written", text),)) from None


def _from_serial(serial: float) -> dt.date:
    if not 1 <= serial < 2958466:  # Excel's own range: 1900-01-01 to 9999-12-31
        raise DateProblem("IMPORT-DATE-FORMAT", (("written", f"{serial:g}"),))
    return _EXCEL_EPOCH + dt.timedelta(days=int(serial))
