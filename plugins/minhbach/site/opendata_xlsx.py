"""An open-data table as an .xlsx workbook, beside its CSV on /du-lieu/.

The CSV is the Frictionless resource (its header is the field names); the workbook is for
whoever opens the data in Excel: the same rows under Vietnamese column titles, dates as dates
(dd/mm/yyyy), numbers as numbers, every text as text. A name typed as ``=HYPERLINK(…)`` stays
that text: it is stored as a string, never a formula, with Excel's quote prefix when it looks
like one (``spreadsheet_text``). The bytes depend on the data only: the workbook's dates and
the zip entries carry the figures' day, not the time of the build, so an unchanged table is an
unchanged file from one deploy to the next.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

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
    stamp = dt.datetime(day.year, day.month, day.day)
    properties = workbook.properties
    properties.created = properties.modified = stamp
    properties.creator = properties.lastModifiedBy = author
    properties.title = title
    buffer = io.BytesIO()
    with _DatedZip(buffer, "w", zipfile.ZIP_DEFLATED, day=day) as archive:
        ExcelWriter(workbook, archive).save()  # not workbook.save(): that stamps "now"
    return buffer.getvalue()


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


class _DatedZip(zipfile.ZipFile):
    """A zip whose entries all carry ``day`` (00:00), whatever the clock says when it is written.

    openpyxl writes some parts with ``writestr(name, …)`` (dated now) and each sheet with
    ``write(path, name)`` (dated by its temporary file): both are given ``day`` here.
    """

    def __init__(self, *args: object, day: dt.date, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)

    def writestr(self, name, data, compress_type=None, compresslevel=None) -> None:
        if not isinstance(name, zipfile.ZipInfo):
            info = zipfile.ZipInfo(name, date_time=self._stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            name = info
        super().writestr(name, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None) -> None:
        data = Path(filename).read_bytes()
        self.writestr(arcname or Path(filename).name, data, compress_type, compresslevel)
