"""An open-data table as an .xlsx workbook, beside its CSV on /du-lieu/.

The CSV is the Frictionless resource (its header is the field names); the workbook is for
whoever opens the data in Excel: the same rows under Vietnamese column titles, dates as dates
(dd/mm/yyyy), numbers as numbers, every text as text. A name typed as ``=HYPERLINK(…)`` stays
that text: it is stored as a string, never a formula, with Excel's quote prefix when it looks
like one (``spreadsheet_text``). The bytes depend on the data only: written by the reports'
``to_bytes``, the workbook's dates and zip entries carry the figures' day, not the time of the
build, so an unchanged table is an unchanged file from one deploy to the next. (Only that
byte-level helper is shared with the reports; nothing of theirs is published.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from minhbach.reports.xlsx_layout import to_bytes
from minhbach.spreadsheet_text import looks_like_formula

DATE_FORMAT = "dd/mm/yyyy"
_WIDEST = 60  # characters: a long address wraps in Excel rather than widening the sheet


def workbook_bytes(
    sheet: str,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    day: dt.date,
    title: str,
    author: str,
) -> bytes:
    """One sheet: a bold, frozen header of ``header`` and ``rows`` (None is an empty cell)."""
    rows = list(rows)
    workbook = Workbook(write_only=True)
    target = workbook.create_sheet(sheet[:31])
    for column, width in enumerate(_widths(header, rows), start=1):
        target.column_dimensions[get_column_letter(column)].width = width
    target.freeze_panes = "A2"
    bold = Font(bold=True)
    target.append([_cell(target, text, bold) for text in header])
    for values in rows:
        target.append([_cell(target, value) for value in values])
    return to_bytes(workbook, day, title=title, author=author)


def _cell(sheet, value: object, font: Font | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # text, whatever it starts with: never a formula, never an error
        if looks_like_formula(value):
            cell.quotePrefix = True
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    if font is not None:
        cell.font = font
    return cell


def _widths(header: Sequence[str], rows: list[Sequence[object]]) -> list[float]:
    widths = [len(text) for text in header]
    for values in rows:
        for index, value in enumerate(values):
            size = 10 if isinstance(value, dt.date) else len(str(value)) if value is not None else 0
            widths[index] = max(widths[index], size)
    return [min(width, _WIDEST) + 2 for width in widths]
