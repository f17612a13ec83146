"""Tables of the .docx documents: bordered grids with repeated headers, rows never split.

A row cut across two pages makes a line of an official table unreadable (a school's name on one
page, its figures on the next): every row this module lays out carries ``w:cantSplit``, and the
header row repeats on each page. Texts that must not wrap (serials, codes) are sized to fit.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Sequence

from docx.document import Document as DocumentType
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell, _Row

from minhbach.private_api import row_element, table_element
from minhbach.reports.ooxml import ROW_PROPERTIES, TABLE_PROPERTIES, set_in_order
from minhbach.reports.text_width import fitting_size, width_cm

TABLE_SIZE = 12
CELL_MARGIN_CM = 0.1  # left and right padding of table cells
CENTER, LEFT, RIGHT = (
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.LEFT,
    WD_ALIGN_PARAGRAPH.RIGHT,
)


def grid_table(
    document: DocumentType,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_cm: Sequence[float],
    *,
    total: Sequence[str] | None = None,
    numeric_columns: Collection[int] | None = None,
    whole_columns: Collection[int] = (),
) -> Table:
    """A bordered table with a bold header row repeated on every page and an optional total row.

    No row is ever split across two pages (``w:cantSplit``), so a school's or a donor's line is
    read whole. The first column (STT) is centred, ``numeric_columns`` (by default the third
    column on) are right-aligned, every other column is left-aligned. The texts of
    ``whole_columns`` (serial numbers, codes) stay on one line: their size is reduced until they
    fit their column. No header word and no number is ever cut in two: a column is widened for
    them, with room taken from the widest text column.
    """
    numeric = set(range(2, len(header)) if numeric_columns is None else numeric_columns)
    widths_cm = _room_for_words(widths_cm, header, numeric, rows, total)
    aligns = [CENTER if i == 0 else (RIGHT if i in numeric else LEFT) for i in range(len(header))]
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    cell_margins(table, CELL_MARGIN_CM)
    _header_repeats(table.rows[0])
    cant_split(table.rows[0])
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        _fill(cell, text, bold=True, align=CENTER)
    sizes = {i: widths_cm[i] - 2 * CELL_MARGIN_CM for i in whole_columns}
    if sizes:
        for values in rows:
            _row(table, values, aligns, bold=False, whole=sizes)
    else:
        _copied_rows(table, rows, aligns)
    if total is not None:
        _row(table, total, aligns, bold=True)
    set_widths(table, widths_cm)
    return table


def _room_for_words(
    widths_cm: Sequence[float],
    header: Sequence[str],
    numeric: set[int],
    rows: Sequence[Sequence[str]],
    total: Sequence[str] | None,
) -> list[float]:
    """``widths_cm`` with no word cut in two: every column as wide as the longest word of its
    header (in bold), every number column as wide as its longest number (the total in bold).

    The room comes from the widest text column, whose long names wrap between words.
    """
    widths = list(widths_cm)
    for column, title in enumerate(header):
        texts = [(word, True) for word in title.split()]
        if column in numeric:
            texts += [(row[column], False) for row in rows]
            if total is not None:
                texts.append((total[column], True))
        need = max((width_cm(t, TABLE_SIZE, bold=b) for t, b in texts), default=0)
        need += 2 * CELL_MARGIN_CM + 0.05
        if need <= widths[column]:
            continue
        others = [i for i in range(len(widths)) if i not in numeric and i != column]
        donor = max(others, key=widths.__getitem__)
        widths[donor] -= need - widths[column]
        widths[column] = need
    return widths


def _copied_rows(table: Table, rows: Sequence[Sequence[str]], aligns: Sequence) -> None:
    """Body rows as copies of one laid-out row, with only the texts changed.

    Laying out every cell through python-docx cost about half a millisecond a cell: a province's
    appendix of ten thousand donors took most of a minute. A copied row is the same XML (its
    "never split" mark included); the widths are set on every row afterwards (``set_widths``).
    """
    if not rows:
        return
    model = row_element(_row(table, [" "] * len(rows[0]), aligns, bold=False))
    table_element(table).remove(model)
    for values in rows:
        if any("\n" in value or "\t" in value for value in values):
            # Line breaks and tabs need their own runs: laid out the slow way.
            _row(table, values, aligns, bold=False)
            continue
        row = copy.deepcopy(model)
        for text, value in zip(row.iter(qn("w:t")), values, strict=True):
            text.text = value
        table_element(table).append(row)


def indent(table: Table, cm: float) -> None:
    """Shift a table from the left margin (negative: into the margin). The table is centred off."""
    tbl_pr = table_element(table).tblPr
    jc = tbl_pr.find(qn("w:jc"))
    if jc is not None:
        tbl_pr.remove(jc)
    element = OxmlElement("w:tblInd")
    element.set(qn("w:w"), str(int(cm * 567)))
    element.set(qn("w:type"), "dxa")
    set_in_order(tbl_pr, element, TABLE_PROPERTIES)


def cell_margins(table: Table, cm: float, vertical_cm: float = 0) -> None:
    """Cell padding: narrow left and right by default, so narrow number columns keep whole words."""
    margins = OxmlElement("w:tblCellMar")
    for side, size in (("top", vertical_cm), ("left", cm), ("bottom", vertical_cm), ("right", cm)):
        if not size and side in ("top", "bottom"):
            continue
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(int(size * 567)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    set_in_order(table_element(table).tblPr, margins, TABLE_PROPERTIES)


def borders(table: Table, style: str, *, inside_vertical: str | None = None) -> None:
    """Lines around and between the cells (``single``, ``dashed``…; ``nil`` for none)."""
    element = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{side}")
        value = inside_vertical if side == "insideV" and inside_vertical else style
        for key, setting in (
            ("w:val", value),
            ("w:sz", "6"),
            ("w:space", "0"),
            ("w:color", "000000"),
        ):
            line.set(qn(key), setting)
        element.append(line)
    set_in_order(table_element(table).tblPr, element, TABLE_PROPERTIES)


def set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    """Column widths in the grid (what LibreOffice reads) and in every cell (what Word reads)."""
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _row(
    table: Table,
    values: Sequence[str],
    aligns: Sequence,
    *,
    bold: bool,
    whole: dict[int, float] | None = None,
) -> _Row:
    """One row; the columns in ``whole`` (index → room in cm) keep their text on one line."""
    row = table.add_row()
    cant_split(row)
    for index, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
        size = TABLE_SIZE
        if whole and index in whole:
            size = fitting_size(text, whole[index], TABLE_SIZE, bold=bold)
        _fill(cell, text, bold=bold, align=aligns[index], size=size)
    return row


def cant_split(row: _Row) -> None:
    """The row moves whole to the next page rather than being cut in two (``w:cantSplit``)."""
    set_in_order(row_element(row).get_or_add_trPr(), OxmlElement("w:cantSplit"), ROW_PROPERTIES)


def _fill(cell: _Cell, text: str, *, bold: bool, align, size: float = TABLE_SIZE) -> None:
    target = cell.paragraphs[0]
    target.alignment = align
    target.paragraph_format.space_after = Pt(0)
    target.paragraph_format.first_line_indent = Cm(0)
    run = target.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def _header_repeats(row: _Row) -> None:
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    set_in_order(row_element(row).get_or_add_trPr(), element, ROW_PROPERTIES)
