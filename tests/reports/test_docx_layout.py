"""Grid tables: every body row laid out like the first, whatever the number of rows."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from minhbach.reports import docx_layout as layout


def _read_back(rows, total=None):
    document = Document()
    layout.grid_table(document, ("STT", "Tên", "Số"), rows, (1.0, 4.0, 2.0), total=total)
    buffer = io.BytesIO()
    document.save(buffer)
    return Document(io.BytesIO(buffer.getvalue())).tables[0]


def test_each_body_row_has_its_own_texts_and_the_same_look():
    rows = [[str(n), f"Nhà tài trợ {n}", f"{n}.000.000"] for n in range(1, 6)]
    table = _read_back(rows, total=["", "Tổng cộng", "15.000.000"])
    assert [[c.text for c in row.cells] for row in table.rows[1:6]] == rows
    for row in table.rows[1:6]:
        first, name, amount = row.cells
        assert first.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert name.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.LEFT
        assert amount.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
        run = amount.paragraphs[0].runs[0]
        assert run.font.size == Pt(layout.TABLE_SIZE)
        assert not run.bold
        assert [round(c.width.cm, 2) for c in row.cells] == [1.0, 4.0, 2.0]
    assert [c.text for c in table.rows[6].cells] == ["", "Tổng cộng", "15.000.000"]
    assert table.rows[6].cells[1].paragraphs[0].runs[0].bold
    assert len(table.rows) == 7


def test_texts_with_spaces_and_line_breaks_are_kept():
    table = _read_back([["1", "  Hai  khoảng  ", "x"], ["2", "dòng một\ndòng hai", ""]])
    assert table.rows[1].cells[1].text == "  Hai  khoảng  "
    assert table.rows[2].cells[1].text == "dòng một\ndòng hai"
    assert table.rows[2].cells[2].text == ""
    assert round(table.rows[2].cells[1].width.cm, 2) == 4.0


def test_a_table_without_rows_has_only_its_header():
    table = _read_back([])
    assert [[c.text for c in row.cells] for row in table.rows] == [["STT", "Tên", "Số"]]
