"""Decree 30/2020/NĐ-CP layout for .docx documents: page, font, heading block, tables, signature.

Every official document the office sends (the UBND report, handover receipts) shares this
layout, so it lives in one place: A4 portrait; margins top and bottom 20 mm, left 30 mm, right
15 mm; Times New Roman 14 (12 in tables); the issuing body beside the national motto; page numbers
in Arabic numerals centred in the top margin, none on the first page.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from minhbach.private_api import paragraph_element, row_element, run_element, table_element
from minhbach.reports.writer import fixed_zip

FONT = "Times New Roman"
BODY_SIZE = 14
TABLE_SIZE = 12
MOTTO_COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
CENTER, LEFT, RIGHT, JUSTIFY = (
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.LEFT,
    WD_ALIGN_PARAGRAPH.RIGHT,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
)
TEXT_WIDTH_CM = 16.5  # A4 (21 cm) minus the left 3 cm and right 1.5 cm margins
LEFT_COLUMN_CM, RIGHT_COLUMN_CM = (
    7.9,
    9.3,
)  # 17.2 cm: the block reaches 0.35 cm into each side margin


def new_document(*, title: str, author: str, day: dt.date, subject: str = "") -> DocumentType:
    """An empty A4 document in Times New Roman, with fixed properties (``day`` as both dates)."""
    document = Document()
    _base_font(document)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    _page_numbers(section)
    stamp = dt.datetime(day.year, day.month, day.day)
    props = document.core_properties
    props.title, props.subject, props.author, props.last_modified_by = (
        title,
        subject,
        author,
        author,
    )
    props.created = props.modified = props.last_printed = stamp
    props.revision, props.comments, props.keywords, props.category = 1, "", "", ""
    return document


def to_bytes(document: DocumentType, day: dt.date) -> bytes:
    """The .docx bytes, with zip entry dates fixed to ``day`` (same input, same bytes)."""
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue(), day)


def _base_font(document: DocumentType) -> None:
    style = document.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(BODY_SIZE)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    paragraph = style.paragraph_format
    paragraph.space_before, paragraph.space_after, paragraph.line_spacing = Pt(0), Pt(6), 1.1


def _page_numbers(section) -> None:
    """Arabic page number centred in the header; the first page's header stays empty."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = CENTER
    run = paragraph.add_run()
    for kind, text in (
        ("begin", None),
        (None, " PAGE "),
        ("separate", None),
        (None, "2"),
        ("end", None),
    ):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text.strip() == "PAGE":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = OxmlElement("w:t")
            element.text = text
        run_element(run).append(element)
    section.first_page_header.paragraphs[0].text = ""


def paragraph(
    container,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    align=JUSTIFY,
    size: float | None = None,
    indent: bool = False,
    after: float | None = None,
    before: float | None = None,
) -> Paragraph:
    """One paragraph of one run; ``indent`` gives the 1 cm first-line indent of body text."""
    result = container.add_paragraph()
    result.alignment = align
    if indent:
        result.paragraph_format.first_line_indent = Cm(1)
    if after is not None:
        result.paragraph_format.space_after = Pt(after)
    if before is not None:
        result.paragraph_format.space_before = Pt(before)
    if text:
        run = result.add_run(text)
        run.bold, run.italic, run.underline = bold, italic, underline
        if size:
            run.font.size = Pt(size)
    return result


def page_break(document: DocumentType) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def rule(container, width_cm: float, column_cm: float) -> None:
    """A short solid line under a heading line, centred (Decree 30: 1/3 to 1/2 of its length)."""
    line = container.add_paragraph()
    margin = Cm(max(0.0, (column_cm - width_cm) / 2))
    line.paragraph_format.left_indent = line.paragraph_format.right_indent = margin
    line.paragraph_format.space_after = Pt(6)
    p_pr = paragraph_element(line).get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(key), value)
    borders.append(top)
    p_pr.append(borders)
    _tiny(line)


def _tiny(line: Paragraph) -> None:
    line.paragraph_format.line_spacing = Pt(2)
    line.paragraph_format.space_before = Pt(0)


def _cell_line(
    cell: _Cell, text: str, *, bold=False, italic=False, underline=False, size=13, first=False
):
    target = cell.paragraphs[0] if first else cell.add_paragraph()
    target.alignment = CENTER
    target.paragraph_format.space_after = Pt(0)
    run = target.add_run(text)
    run.bold, run.italic, run.underline, run.font.size = bold, italic, underline, Pt(size)
    return target


def heading_block(
    document: DocumentType, *, parent_body: str, office: str, number_line: str, place_date: str
) -> Table:
    """The two-column block at the top: issuing body and number left, motto and date right."""
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _widths(table, (LEFT_COLUMN_CM, RIGHT_COLUMN_CM))
    _indent(table, -0.35)
    left, right = table.rows[0].cells
    if parent_body:
        _cell_line(left, parent_body.upper(), size=12, first=True)
        _cell_line(left, office.upper(), bold=True, size=12.5)
    else:
        _cell_line(left, office.upper(), bold=True, size=12.5, first=True)
    rule(left, 2.5, LEFT_COLUMN_CM)
    _cell_line(left, number_line)
    _cell_line(right, MOTTO_COUNTRY, bold=True, size=12, first=True)
    _cell_line(right, MOTTO, bold=True, underline=True, size=13.5)
    spacer = right.add_paragraph()
    spacer.paragraph_format.space_after = Pt(6)
    _tiny(spacer)
    _cell_line(right, place_date, italic=True)
    return table


def grid_table(
    document: DocumentType,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_cm: Sequence[float],
    *,
    total: Sequence[str] | None = None,
    numeric_from: int = 2,
) -> Table:
    """A bordered table with a bold repeated header row and an optional bold total row."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _cell_margins(table, 0.1)
    _header_repeats(table.rows[0])
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        _fill(cell, text, bold=True, align=CENTER)
    _copied_rows(table, rows, numeric_from)
    if total is not None:
        _row(table, total, numeric_from, bold=True)
    _widths(table, widths_cm)
    return table


def _copied_rows(table: Table, rows: Sequence[Sequence[str]], numeric_from: int) -> None:
    """Body rows as copies of one laid-out row, with only the texts changed.

    Laying out every cell through python-docx cost about half a millisecond a cell: a province's
    appendix of ten thousand donors took most of a minute. A copied row is the same XML; the
    widths are set on every row afterwards (``_widths``).
    """
    if not rows:
        return
    model = row_element(_row(table, [" "] * len(rows[0]), numeric_from, bold=False))
    table_element(table).remove(model)
    for values in rows:
        if any("\n" in value or "\t" in value for value in values):
            # Line breaks and tabs need their own runs: laid out the slow way.
            _row(table, values, numeric_from, bold=False)
            continue
        row = copy.deepcopy(model)
        for text, value in zip(row.iter(qn("w:t")), values, strict=True):
            text.text = value
        table_element(table).append(row)


def _indent(table: Table, cm: float) -> None:
    """Shift a table from the left margin (negative: into the margin). The table is centred off."""
    tbl_pr = table_element(table).tblPr
    jc = tbl_pr.find(qn("w:jc"))
    if jc is not None:
        tbl_pr.remove(jc)
    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), str(int(cm * 567)))
    indent.set(qn("w:type"), "dxa")
    tbl_pr.append(indent)


def _cell_margins(table: Table, cm: float) -> None:
    """Narrow left and right cell padding, so that narrow number columns keep whole words."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(int(cm * 567)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table_element(table).tblPr.append(margins)


def _widths(table: Table, widths_cm: Sequence[float]) -> None:
    """Column widths in the grid (what LibreOffice reads) and in every cell (what Word reads)."""
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _row(table: Table, values: Sequence[str], numeric_from: int, *, bold: bool) -> _Row:
    row = table.add_row()
    for index, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
        align = RIGHT if index >= numeric_from else (CENTER if index == 0 else LEFT)
        _fill(cell, text, bold=bold, align=align)
    return row


def _fill(cell: _Cell, text: str, *, bold: bool, align) -> None:
    target = cell.paragraphs[0]
    target.alignment = align
    target.paragraph_format.space_after = Pt(0)
    target.paragraph_format.first_line_indent = Cm(0)
    run = target.add_run(text)
    run.bold = bold
    run.font.size = Pt(TABLE_SIZE)


def _header_repeats(row) -> None:
    tr_pr = row_element(row).get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def signature_block(
    document: DocumentType, *, copies_to: Sequence[str], signer_title: str, signer_name: str
) -> Table:
    """ "Nơi nhận:" on the left, the signer's title, (signature space) and name on the right."""
    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    _widths(table, (LEFT_COLUMN_CM + 1, RIGHT_COLUMN_CM - 1))
    left, right = table.rows[0].cells
    heading = left.paragraphs[0]
    run = heading.add_run("Nơi nhận:")
    run.bold, run.italic, run.font.size = True, True, Pt(12)
    heading.paragraph_format.space_after = Pt(0)
    for line in copies_to:
        entry = left.add_paragraph()
        entry.paragraph_format.space_after = Pt(0)
        entry.add_run(f"- {line}").font.size = Pt(11)
    _cell_line(right, signer_title.upper(), bold=True, first=True, size=BODY_SIZE)
    for _ in range(4):
        _cell_line(right, "")
    _cell_line(right, signer_name, bold=True, size=BODY_SIZE)
    return table
