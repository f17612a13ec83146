"""The private APIs we rely on still behave as we rely on them (an upgrade that breaks one fails here)."""

from __future__ import annotations

import copy
import io

import docx
import openpyxl
from docx.oxml.ns import qn
from openpyxl.styles import Font, NamedStyle

from minhbach.private_api import (
    argparse_word,
    argparse_words,
    cell_look,
    paragraph_element,
    pelican_quiet,
    row_element,
    run_element,
    set_cell_look,
    table_element,
)


def test_a_cell_look_shared_onto_other_cells_is_written_as_that_style() -> None:
    workbook = openpyxl.Workbook(write_only=True)
    style = NamedStyle(name="mb-thu")
    style.font = Font(name="Times New Roman", size=12, bold=True)
    style.number_format = "#,##0"
    workbook.add_named_style(style)
    sheet = workbook.create_sheet("thu")
    model = openpyxl.cell.WriteOnlyCell(sheet)
    model.style = "mb-thu"
    look = cell_look(model)
    cells = []
    for value in (1500000, "chữ"):
        cell = openpyxl.cell.WriteOnlyCell(sheet, value=value)
        set_cell_look(cell, look)
        cells.append(cell)
    sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    row = next(openpyxl.load_workbook(buffer).active.iter_rows())
    for cell in row:
        assert cell.style == "mb-thu"
        assert (cell.font.name, cell.font.sz, cell.font.b) == ("Times New Roman", 12, True)
        assert cell.number_format == "#,##0"


def test_the_docx_elements_are_the_xml_that_is_saved() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "mẫu"
    tbl, tr = table_element(table), row_element(table.rows[0])
    assert (tbl.tag, tr.tag) == (qn("w:tbl"), qn("w:tr"))
    copied = copy.deepcopy(tr)
    next(copied.iter(qn("w:t"))).text = "bản sao"
    tbl.append(copied)
    paragraph = document.add_paragraph()
    run = paragraph.add_run("chữ")
    assert paragraph_element(paragraph).tag == qn("w:p")
    assert run_element(run).tag == qn("w:r")
    paragraph_element(paragraph).get_or_add_pPr().append(docx.oxml.OxmlElement("w:pBdr"))
    run_element(run).append(docx.oxml.OxmlElement("w:tab"))
    buffer = io.BytesIO()
    document.save(buffer)
    reread = docx.Document(buffer)
    assert [row.cells[0].text for row in reread.tables[0].rows] == ["mẫu", "bản sao"]
    last = reread.paragraphs[-1]
    assert paragraph_element(last).pPr.find(qn("w:pBdr")) is not None
    assert last.text == "chữ\t"


def test_pelican_quiet_silences_pelicans_console_and_restores_it() -> None:
    from pelican.log import console

    shown = io.StringIO()
    before = console.file
    console.file = shown
    try:
        with pelican_quiet():
            console.print("không được hiện")
        console.print("hiện")
    finally:
        console.file = before
    assert shown.getvalue() == "hiện\n"
    assert console.quiet is False


def test_argparse_says_its_words_through_the_translation_given() -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="thu")
    parser.add_argument("--so", type=int)
    with argparse_words(lambda text: f"<{text}>", lambda one, many, n: f"<{one}>"):
        assert parser.format_usage().startswith("<usage: >thu")
        assert argparse_word("options") == "<options>"
    assert parser.format_usage().startswith("usage: thu")  # and only inside the block
