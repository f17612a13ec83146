"""Decree 30/2020/NĐ-CP layout for .docx documents: page, font, heading block, signature.

Every official document the office sends (the UBND report, handover receipts) shares this
layout, so it lives in one place: A4 portrait; margins top and bottom 20 mm, left 30 mm, right
15 mm; Times New Roman 14 (12 in tables); the issuing body beside the national motto; page numbers
in Arabic numerals centred in the top margin, none on the first page. Tables: ``docx_tables``.
"""

from __future__ import annotations

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
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from minhbach.private_api import paragraph_element, run_element
from minhbach.reports.docx_tables import (
    cant_split,
    indent,
    set_widths,
)
from minhbach.reports.ooxml import PARAGRAPH_PROPERTIES, set_in_order
from minhbach.reports.writer import fixed_zip

FONT = "Times New Roman"
BODY_SIZE = 14
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


def new_document(
    *, title: str, author: str, day: dt.date, subject: str = "", body_size: float = BODY_SIZE
) -> DocumentType:
    """An empty A4 document in Times New Roman, with fixed properties (``day`` as both dates).

    ``body_size``: 14 points, or 13 (Decree 30 allows 13 to 14) for a form that must fit a page.
    """
    document = Document()
    _base_font(document, body_size)
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


def _base_font(document: DocumentType, size: float) -> None:
    style = document.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(size)
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
    keep_with_next: bool = False,
) -> Paragraph:
    """One paragraph of one run; ``indent`` gives the 1 cm first-line indent of body text.

    ``keep_with_next`` keeps a heading on the page of what follows it (never last on a page).
    """
    result = container.add_paragraph()
    result.alignment = align
    if keep_with_next:
        result.paragraph_format.keep_with_next = True
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


def unbroken_run(paragraph: Paragraph, text: str, *, spaces: bool = True):
    """A run of ``text`` that never breaks across lines at a hyphen (nor, with ``spaces``, at a
    space: those become no-break spaces).

    For numbers and codes ("004/BBBG-THNK", "2021-2022"): a hyphen is Word's own non-breaking
    hyphen (``w:noBreakHyphen``, drawn as "-" by Word and LibreOffice, read back as "-").
    """
    run = paragraph.add_run()
    element = run_element(run)
    if spaces:
        text = text.replace(" ", "\u00a0")
    for index, part in enumerate(text.split("-")):
        if index:
            element.append(OxmlElement("w:noBreakHyphen"))
        if part:
            piece = OxmlElement("w:t")
            piece.set(qn("xml:space"), "preserve")
            piece.text = part
            element.append(piece)
    return run


def gap(document: DocumentType, points: float = 8) -> Paragraph:
    """An empty paragraph ``points`` high: between two tables (Word would join them into one
    table otherwise), or the paragraph a document must end with, too small to add a page."""
    result = document.add_paragraph()
    result.paragraph_format.space_before = result.paragraph_format.space_after = Pt(0)
    result.paragraph_format.line_spacing = Pt(points)
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
    set_in_order(p_pr, borders, PARAGRAPH_PROPERTIES)
    _tiny(line)
    # Clear of the dots under the letters of the line above ("DỤC", "HỌC").
    line.paragraph_format.space_before = Pt(3)


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
    set_widths(table, (LEFT_COLUMN_CM, RIGHT_COLUMN_CM))
    indent(table, -0.35)
    cant_split(table.rows[0])
    left, right = table.rows[0].cells
    if parent_body:
        _cell_line(left, parent_body.upper(), size=12, first=True)
        _cell_line(left, office.upper(), bold=True, size=12.5)
    else:
        _cell_line(left, office.upper(), bold=True, size=12.5, first=True)
    rule(left, 2.5, LEFT_COLUMN_CM)
    number = _cell_line(left, "")
    unbroken_run(number, number_line, spaces=False).font.size = Pt(13)
    _cell_line(right, MOTTO_COUNTRY, bold=True, size=12, first=True)
    _cell_line(right, MOTTO, bold=True, underline=True, size=13.5)
    spacer = right.add_paragraph()
    spacer.paragraph_format.space_after = Pt(6)
    _tiny(spacer)
    _cell_line(right, place_date, italic=True)
    return table


def signature_block(
    document: DocumentType, *, copies_to: Sequence[str], signer_title: str, signer_name: str
) -> Table:
    """ "Nơi nhận:" on the left, the signer's title, (signature space) and name on the right."""
    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    set_widths(table, (LEFT_COLUMN_CM + 1, RIGHT_COLUMN_CM - 1))
    cant_split(table.rows[0])  # the signer's title and name on one page
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
