"""Spreadsheet helpers: title rows, a bold frozen header, print setup, deterministic bytes.

Lists are printed for handover ceremonies and signed on paper: A4 landscape, the header row
repeated on every page, the width fitted to one page. openpyxl stamps "now" into the workbook's
properties and zip entries; ``to_bytes`` writes ``day`` instead, so the same input gives the
same bytes.

Every text is written as text: openpyxl would turn a value starting with ``=`` into a formula
(and ``#REF!`` into an error), and a name in a record is whatever a school typed. A text that
looks like a formula also gets Excel's quote prefix, so it stays text when someone edits the cell.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from minhbach.private_api import cell_look, set_cell_look
from minhbach.reports.writer import fixed_zip
from minhbach.spreadsheet_text import looks_like_formula

if TYPE_CHECKING:  # types only (the write-only sheet lives in a private module)
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FONT = "Times New Roman"
_THIN = Side(style="thin")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
FLAG_FILL = PatternFill("solid", fgColor="FCE4D6")
_INVALID_TITLE = str.maketrans(dict.fromkeys("[]:*?/\\", "-"))


@dataclass(frozen=True)
class Signatures:
    """The end of an official list (Decree 30/2020): the place-and-date line, then one block per
    signer, side by side: a bold title ("NGƯỜI LẬP BIỂU"), an italic note ("(Ký, ghi rõ họ
    tên)"), room to sign, and the signer's name when it is known."""

    place_date: str
    blocks: Sequence[tuple[str, str]]  # (title, note)
    names: Sequence[str] = ()
    room: int = 4  # empty rows left for the signature


@dataclass(frozen=True)
class TableSheet:
    """What one sheet shows, as plain data: centred title lines, a bordered table, rows after it.

    ``flags`` marks table rows to highlight (differences); ``totals`` rows close the table in
    bold (subtotals, "Tổng cộng"); ``after`` rows follow the table as they are (an empty row
    leaves a gap), for a place to sign. ``text_columns`` (0-based) are cells people fill in by
    hand (a serial, a date): formatted as text, so that Excel keeps what is typed as typed (no
    date read month-first, no serial losing its zeros). ``fields`` are labelled lines to fill in
    under the table (label, value); ``signatures`` closes the sheet. ``row_height`` (points)
    gives each table row room, to sign in it.
    """

    title_lines: Sequence[str]
    header: Sequence[str]
    rows: Iterable[Sequence[object]]
    widths: Sequence[float]
    flags: Sequence[bool] | None = None
    after: Sequence[Sequence[object]] = ()
    totals: Sequence[Sequence[object]] = ()
    text_columns: frozenset[int] = frozenset()
    fields: Sequence[tuple[str, str]] = ()
    signatures: Signatures | None = None
    row_height: float | None = None


def new_workbook() -> Workbook:
    """An empty write-only workbook: rows go to disk as they are added.

    A province's office list holds every approved student; kept as cell objects it took hundreds
    of megabytes beside the site build. Streamed, a sheet costs one row at a time.
    """
    return Workbook(write_only=True)


def sheet_title(text: str, taken: set[str]) -> str:
    """A valid, unique sheet title (at most 31 characters, none of ``[]:*?/\\``)."""
    base = text.translate(_INVALID_TITLE)[:31] or "Trang"
    title, counter = base, 2
    while title.lower() in {t.lower() for t in taken}:
        suffix = f"-{counter}"
        title, counter = base[: 31 - len(suffix)] + suffix, counter + 1
    taken.add(title)
    return title


def header_row_number(sheet: TableSheet) -> int:
    """The row of the table's header: after the title lines and one empty row."""
    return len(sheet.title_lines) + 2


def add_sheet(workbook: Workbook, title: str, sheet: TableSheet) -> None:
    """Write ``sheet`` as a new worksheet: frozen header repeated on printed pages, A4 landscape.

    A write-only sheet takes its layout (widths, frozen pane) before its first row, so the
    layout is set first and the rows are streamed after it.
    """
    target = workbook.create_sheet(title)
    width, header_row = len(sheet.header), header_row_number(sheet)
    for column, column_width in enumerate(sheet.widths, start=1):
        target.column_dimensions[get_column_letter(column)].width = column_width
    target.freeze_panes = f"A{header_row + 1}"
    target.print_title_rows = f"{header_row}:{header_row}"
    _print_setup(target)
    looks = _looks(target)
    for row, text in enumerate(sheet.title_lines, start=1):
        target.merged_cells.add(CellRange(min_col=1, min_row=row, max_col=width, max_row=row))
        target.append([_cell(target, text, looks, "title" if row <= 2 else "subtitle")])
    target.append([])
    target.append([_cell(target, text, looks, "header") for text in sheet.header])
    flags = sheet.flags or ()
    row = header_row
    for index, values in enumerate(sheet.rows):
        kind = "flag" if index < len(flags) and flags[index] else "body"
        if sheet.row_height:  # a streamed row takes its height before it is written
            target.row_dimensions[row + 1].height = sheet.row_height
        target.append(
            [
                _cell(target, value, looks, _body_kind(kind, value, column in sheet.text_columns))
                for column, value in enumerate(values)
            ]
        )
        row += 1
    for values in sheet.totals:
        target.append(
            [
                _cell(target, value, looks, "total-number" if isinstance(value, int) else "total")
                for value in values
            ]
        )
        row += 1
    for values in sheet.after:
        target.append([_cell(target, value, looks, "plain") for value in values])
        row += 1
    row = _add_fields(target, sheet.fields, width, row, looks)
    if sheet.signatures is not None:
        _add_signatures(target, sheet.signatures, width, row, looks)


def _body_kind(kind: str, value: object, fill_in: bool) -> str:
    if fill_in:
        return f"{kind}-text"
    return f"{kind}-number" if isinstance(value, int) else kind


def _add_fields(
    target: WriteOnlyWorksheet,
    fields: Sequence[tuple[str, str]],
    width: int,
    row: int,
    looks: dict[str, StyleArray],
) -> int:
    """Each field a line: its label over the first third of the width, a cell to fill in over
    the rest (one merged cell, so that what is typed there is one value). Returns the last row."""
    split = max(1, width // 3)
    for label, value in fields:
        target.append([])
        row += 2
        target.merged_cells.add(CellRange(min_col=1, min_row=row, max_col=split, max_row=row))
        target.merged_cells.add(
            CellRange(min_col=split + 1, min_row=row, max_col=width, max_row=row)
        )
        blanks = [_cell(target, None, looks, "field") for _ in range(width - split - 1)]
        target.append(
            [
                _cell(target, label, looks, "field-label"),
                *([None] * (split - 1)),
                _cell(target, value or None, looks, "field"),
                *blanks,
            ]
        )
    return row


def _add_signatures(
    target: WriteOnlyWorksheet,
    signatures: Signatures,
    width: int,
    row: int,
    looks: dict[str, StyleArray],
) -> None:
    """The place-and-date line over the last block, then the blocks side by side."""
    spans = _spans(width, len(signatures.blocks))
    last_first, last_end = spans[-1]
    target.append([])
    row += 2
    target.merged_cells.add(
        CellRange(min_col=last_first, min_row=row, max_col=last_end, max_row=row)
    )
    target.append(
        [*([None] * (last_first - 1)), _cell(target, signatures.place_date, looks, "sign-note")]
    )
    lines = [
        ("sign-title", [title for title, _ in signatures.blocks]),
        ("sign-note", [note for _, note in signatures.blocks]),
        *[("plain", [])] * signatures.room,
    ]
    if signatures.names:
        lines.append(("sign-title", list(signatures.names)))
    for kind, texts in lines:
        row += 1
        cells: list[object] = []
        for (first, end), text in zip(spans, texts, strict=False):
            target.merged_cells.add(CellRange(min_col=first, min_row=row, max_col=end, max_row=row))
            cells += [None] * (first - 1 - len(cells)) + [_cell(target, text, looks, kind)]
        target.append(cells)


def _spans(width: int, count: int) -> list[tuple[int, int]]:
    """``count`` column ranges (1-based, inclusive) side by side over ``width`` columns."""
    size = max(1, width // max(count, 1))
    spans = [(1 + index * size, (index + 1) * size) for index in range(count)]
    spans[-1] = (spans[-1][0], max(width, spans[-1][0]))
    return spans


def _looks(sheet: WriteOnlyWorksheet) -> dict[str, StyleArray]:
    """Each named style's look, worked out once per sheet, and its copy with the quote prefix.

    Naming the style on every cell cost a look-up through the workbook's styles per cell, a
    third of the time of a province's lists; the cells of one kind share one look instead. A
    streamed cell is written once and never changed, so sharing it is safe.
    """
    looks = {"plain": StyleArray()}
    for kind, name in _table_styles(sheet.parent).items():
        cell = WriteOnlyCell(sheet)
        cell.style = name
        looks[kind] = cell_look(cell)
    for kind, look in list(looks.items()):
        quoted = copy.copy(look)
        quoted.quotePrefix = 1
        looks[f"{kind}-quoted"] = quoted
    return looks


def _cell(
    sheet: WriteOnlyWorksheet, value: object, looks: dict[str, StyleArray], kind: str
) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # text, whatever it starts with: never a formula, never an error
        if looks_like_formula(value):
            kind += "-quoted"
    set_cell_look(cell, looks[kind])
    return cell


def _table_styles(workbook: Workbook) -> dict[str, str]:
    """Named styles for table cells, registered once per workbook.

    Setting font, border and alignment cell by cell made openpyxl build and hash a style per
    cell: a province's ceremony lists took minutes. A named style is one look-up per cell.
    """
    names = {
        "title": "mb-title",
        "subtitle": "mb-subtitle",
        "header": "mb-header",
        "body": "mb-body",
        "body-number": "mb-body-so",
        "body-text": "mb-body-chu",
        "flag": "mb-flag",
        "flag-number": "mb-flag-so",
        "total": "mb-total",
        "total-number": "mb-total-so",
        "flag-text": "mb-flag-chu",
        "field-label": "mb-o-nhan",
        "field": "mb-o-dien",
        "sign-title": "mb-ky-chuc-danh",
        "sign-note": "mb-ky-ghi-chu",
    }
    existing = {style if isinstance(style, str) else style.name for style in workbook.named_styles}
    for key, name in names.items():
        if name in existing:
            continue
        style = NamedStyle(name=name)
        if key in ("title", "subtitle", "sign-title", "sign-note"):
            style.font = Font(
                name=FONT,
                size=13 if key in ("title", "subtitle") else 12,
                bold=key in ("title", "sign-title"),
                italic=key == "sign-note",
            )
            style.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            workbook.add_named_style(style)
            continue
        if key.startswith("field"):
            style.font = Font(name=FONT, size=12, bold=key == "field-label")
            style.alignment = Alignment(vertical="center", wrap_text=key == "field")
            if key == "field":
                style.border = Border(bottom=Side(style="dotted"))
                style.number_format = "@"
            workbook.add_named_style(style)
            continue
        style.border = BORDER
        if key == "header":
            style.font = Font(name=FONT, size=12, bold=True)
            style.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        else:
            style.font = Font(name=FONT, size=12, bold=key.startswith("total"))
            style.alignment = Alignment(vertical="center", wrap_text=True)
        if key.endswith("number"):
            style.number_format = "#,##0"
        if key.endswith("text"):
            style.number_format = "@"
        if key.startswith("flag"):
            style.fill = FLAG_FILL
        workbook.add_named_style(style)
    return names


def _print_setup(sheet: WriteOnlyWorksheet) -> None:
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
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
