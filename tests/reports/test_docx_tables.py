"""Grid tables: every row laid out alike, never split across pages, serials kept whole."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from minhbach.reports import docx_tables as tables
from minhbach.reports.text_width import width_cm

LEFT, CENTER, RIGHT = (
    WD_ALIGN_PARAGRAPH.LEFT,
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.RIGHT,
)


def _read_back(rows, total=None, widths=(1.2, 4.0, 2.5), **options):
    document = Document()
    header = ("STT", "Tên", "Số", "Sê-ri", "Ghi chú")[: len(widths)]
    tables.grid_table(document, header, rows, widths, total=total, **options)
    buffer = io.BytesIO()
    document.save(buffer)
    return Document(io.BytesIO(buffer.getvalue())).tables[0]


def _row_marks(row) -> list[str]:
    properties = row._tr.trPr
    return [child.tag.split("}")[1] for child in properties] if properties is not None else []


def test_each_body_row_has_its_own_texts_and_the_same_look():
    rows = [[str(n), f"Nhà tài trợ {n}", f"{n}.000.000"] for n in range(1, 6)]
    table = _read_back(rows, total=["", "Tổng cộng", "15.000.000"])
    assert [[c.text for c in row.cells] for row in table.rows[1:6]] == rows
    for row in table.rows[1:6]:
        first, name, amount = row.cells
        assert first.paragraphs[0].alignment == CENTER
        assert name.paragraphs[0].alignment == LEFT
        assert amount.paragraphs[0].alignment == RIGHT
        run = amount.paragraphs[0].runs[0]
        assert run.font.size == Pt(tables.TABLE_SIZE)
        assert not run.bold
        assert [round(c.width.cm, 2) for c in row.cells] == [1.2, 4.0, 2.5]
    assert [c.text for c in table.rows[6].cells] == ["", "Tổng cộng", "15.000.000"]
    assert table.rows[6].cells[1].paragraphs[0].runs[0].bold
    assert len(table.rows) == 7


def test_no_row_is_split_across_pages_and_the_header_repeats():
    """Header, copied body rows, rows laid out the slow way and the total: all ``cantSplit``."""
    rows = [[str(n), f"Trường {n}", str(n)] for n in range(1, 4)] + [["4", "hai\ndòng", "4"]]
    table = _read_back(rows, total=["", "Tổng cộng", "10"])
    marks = [_row_marks(row) for row in table.rows]
    assert marks[0] == ["cantSplit", "tblHeader"]  # in the schema's order
    assert all(m == ["cantSplit"] for m in marks[1:]), marks


def test_text_columns_are_left_aligned_and_numbers_right_aligned_where_asked():
    widths = (1.2, 3.0, 1.5, 3.0, 3.0)
    table = _read_back(
        [["1", "Máy tính bảng", "1", "TB-01", "Mới"]], widths=widths, numeric_columns=(2,)
    )
    aligns = [cell.paragraphs[0].alignment for cell in table.rows[1].cells]
    assert aligns == [CENTER, LEFT, RIGHT, LEFT, LEFT]


def test_a_serial_too_long_for_its_column_is_set_smaller_never_broken():
    widths = (1.2, 3.0, 1.5, 2.4, 3.0)
    short, long = "SN001", "LAPTOP-2021-000123456"
    table = _read_back(
        [["1", "a", "1", short, ""], ["2", "b", "1", long, ""]],
        widths=widths,
        numeric_columns=(2,),
        whole_columns=(3,),
    )
    sizes = [row.cells[3].paragraphs[0].runs[0].font.size.pt for row in table.rows[1:]]
    assert sizes[0] == tables.TABLE_SIZE
    assert sizes[1] < tables.TABLE_SIZE
    assert table.rows[2].cells[3].text == long


def test_texts_with_spaces_and_line_breaks_are_kept():
    table = _read_back([["1", "  Hai  khoảng  ", "x"], ["2", "dòng một\ndòng hai", ""]])
    assert table.rows[1].cells[1].text == "  Hai  khoảng  "
    assert table.rows[2].cells[1].text == "dòng một\ndòng hai"
    assert table.rows[2].cells[2].text == ""
    assert round(table.rows[2].cells[1].width.cm, 2) == 4.0


def test_a_table_without_rows_has_only_its_header():
    table = _read_back([])
    assert [[c.text for c in row.cells] for row in table.rows] == [["STT", "Tên", "Số"]]


def test_table_properties_follow_the_schema_order():
    """Word refuses a file whose table properties are out of order: borders before margins."""
    document = Document()
    table = tables.grid_table(document, ("A", "B"), [["1", "2"]], (2.0, 2.0))
    tables.borders(table, "dashed", inside_vertical="nil")
    tables.indent(table, -0.35)
    order = [child.tag.split("}")[1] for child in table._tbl.tblPr]
    expected = [
        t
        for t in ("tblStyle", "tblW", "tblInd", "tblBorders", "tblLayout", "tblCellMar", "tblLook")
        if t in order
    ]
    assert order == expected, order
    assert table._tbl.tblPr.find(qn("w:jc")) is None  # indented, so no longer centred


def test_a_number_column_is_widened_for_its_longest_number():
    """A province's total "12.345.678.000" in bold must not wrap inside a 2 cm column: the
    column takes the room it needs from the name column."""
    rows = [["1", "Công ty Sao Mai", "1.000.000"]]
    table = _read_back(rows, total=["", "Tổng cộng", "12.345.678.000"], widths=(1.2, 5.0, 2.0))
    widths = [round(c.width.cm, 2) for c in table.rows[1].cells]
    assert widths[2] > 2.0
    assert round(sum(widths), 2) == 8.2  # taken from the name column, the line stays as wide
    room = widths[2] - 2 * tables.CELL_MARGIN_CM
    assert width_cm("12.345.678.000", tables.TABLE_SIZE, bold=True) <= room


def test_no_header_word_is_cut_in_two():
    """ "STT" in a 1 cm column and "Không" in a 1.2 cm one do not fit in bold: widened."""
    document = Document()
    table = tables.grid_table(
        document, ("STT", "Trường", "Không học"), [["1", "Trường A", "0"]], (1.0, 5.0, 1.2)
    )
    widths = [cell.width.cm for cell in table.rows[0].cells]
    for word, width in (("STT", widths[0]), ("Không", widths[2])):
        assert width_cm(word, tables.TABLE_SIZE, bold=True) <= width - 2 * tables.CELL_MARGIN_CM
    assert round(sum(widths), 2) == 7.2
