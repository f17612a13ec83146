"""Spreadsheet helpers: title rows, a bold frozen header, print setup, deterministic bytes.

Lists are printed for handover ceremonies and signed on paper: A4 landscape, the header row
repeated on every page, the width fitted to one page. openpyxl stamps "now" into the workbook's
properties and zip entries; ``to_bytes`` writes ``day`` instead, so the same input gives the
same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from minhbach.reports.writer import fixed_zip

FONT = "Times New Roman"
_THIN = Side(style="thin")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
FLAG_FILL = PatternFill("solid", fgColor="FCE4D6")
_INVALID_TITLE = str.maketrans(dict.fromkeys("[]:*?/\\", "-"))


def new_workbook() -> Workbook:
    """An empty workbook (its default sheet removed: every sheet is added by name)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    return workbook


def sheet_title(text: str, taken: set[str]) -> str:
    """A valid, unique sheet title (at most 31 characters, none of ``[]:*?/\\``)."""
    base = text.translate(_INVALID_TITLE)[:31] or "Trang"
    title, counter = base, 2
    while title.lower() in {t.lower() for t in taken}:
        suffix = f"-{counter}"
        title, counter = base[: 31 - len(suffix)] + suffix, counter + 1
    taken.add(title)
    return title


def title_rows(sheet: Worksheet, lines: Sequence[str], width: int) -> int:
    """Centred title lines across ``width`` columns (the first bold); returns the next free row."""
    for row, text in enumerate(lines, start=1):
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = Font(name=FONT, size=13, bold=row <= 2)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    return len(lines) + 2


def table(
    sheet: Worksheet,
    first_row: int,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    flags: Sequence[bool] | None = None,
) -> int:
    """A bordered table with a bold header row, frozen and repeated on printed pages.

    Returns the row after the table. ``flags`` marks rows to highlight (differences).
    """
    styles = _table_styles(sheet.parent)
    for column, (text, width) in enumerate(zip(header, widths, strict=True), start=1):
        cell = sheet.cell(row=first_row, column=column, value=text)
        cell.style = styles["header"]
        sheet.column_dimensions[get_column_letter(column)].width = width
    for offset, values in enumerate(rows, start=1):
        kind = "flag" if flags and flags[offset - 1] else "body"
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=first_row + offset, column=column, value=value)
            cell.style = styles[f"{kind}-number" if isinstance(value, int) else kind]
    sheet.freeze_panes = sheet.cell(row=first_row + 1, column=1)
    sheet.print_title_rows = f"{first_row}:{first_row}"
    _print_setup(sheet)
    return first_row + len(rows) + 1


def _table_styles(workbook: Workbook) -> dict[str, str]:
    """Named styles for table cells, registered once per workbook.

    Setting font, border and alignment cell by cell made openpyxl build and hash a style per
    cell: a province's ceremony lists took minutes. A named style is one look-up per cell.
    """
    names = {
        "header": "mb-header",
        "body": "mb-body",
        "body-number": "mb-body-so",
        "flag": "mb-flag",
        "flag-number": "mb-flag-so",
    }
    existing = {style if isinstance(style, str) else style.name for style in workbook.named_styles}
    for key, name in names.items():
        if name in existing:
            continue
        style = NamedStyle(name=name)
        style.border = BORDER
        if key == "header":
            style.font = Font(name=FONT, size=12, bold=True)
            style.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        else:
            style.font = Font(name=FONT, size=12)
            style.alignment = Alignment(vertical="center", wrap_text=True)
        if key.endswith("number"):
            style.number_format = "#,##0"
        if key.startswith("flag"):
            style.fill = FLAG_FILL
        workbook.add_named_style(style)
    return names


def _print_setup(sheet: Worksheet) -> None:
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "Trang &P / &N"


def to_bytes(workbook: Workbook, day: dt.date, *, title: str, author: str) -> bytes:
    """The .xlsx bytes with ``day`` as created and modified date, in properties and zip entries."""
    stamp = dt.datetime(day.year, day.month, day.day)
    properties = workbook.properties
    properties.created = properties.modified = stamp
    properties.creator = properties.lastModifiedBy = author
    properties.title = title
    buffer = io.BytesIO()
    archive = zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(workbook, archive).save()  # not save_workbook(): that stamps "now" as modified
    return fixed_zip(buffer.getvalue(), day)
