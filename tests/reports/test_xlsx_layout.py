"""The streamed sheet keeps the look of a printed list: merged titles, bold header, flags."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl

from helpers import xlsx_cells
from minhbach.reports import xlsx_layout as xl

DAY = dt.date(2022, 6, 30)


def _written(sheet: xl.TableSheet):
    workbook = xl.new_workbook()
    xl.add_sheet(workbook, "Danh sách", sheet)
    data = xl.to_bytes(workbook, DAY, title="Thử", author="Phòng")
    return openpyxl.load_workbook(io.BytesIO(data))["Danh sách"]


def test_titles_header_rows_and_what_follows_are_where_and_how_they_should_be():
    sheet = _written(
        xl.TableSheet(
            title_lines=["PHÒNG GIÁO DỤC", "DANH SÁCH", "Lập ngày 30/06/2022"],
            header=("STT", "Họ và tên", "Số tiền"),
            rows=[[1, "Nguyễn Văn An", 1500000], [2, "Lê Thị Bình", 0]],
            widths=(6, 26, 14),
            flags=[False, True],
            after=[[], [None, "Ký tên"]],
        )
    )
    assert {str(merged) for merged in sheet.merged_cells.ranges} == {"A1:C1", "A2:C2", "A3:C3"}
    assert sheet["A1"].font.bold
    assert sheet["A2"].font.bold
    assert not sheet["A3"].font.bold
    assert sheet["A1"].alignment.horizontal == "center"
    assert [c.value for c in sheet[5]] == ["STT", "Họ và tên", "Số tiền"]
    assert sheet["B5"].font.bold
    assert sheet["B5"].border.left.style == "thin"
    assert [c.value for c in sheet[6]] == [1, "Nguyễn Văn An", 1500000]
    assert sheet["C6"].number_format == "#,##0"
    assert sheet["B6"].font.name == xl.FONT
    assert (
        sheet["B6"].fill.fgColor.rgb != sheet["B7"].fill.fgColor.rgb
    )  # the flagged row stands out
    assert sheet["B7"].fill.fgColor.rgb.endswith("FCE4D6")
    assert sheet["A8"].value is None
    assert sheet["B9"].value == "Ký tên"
    assert sheet.column_dimensions["B"].width == 26
    assert sheet.freeze_panes == "A6"
    assert sheet.print_title_rows == "$5:$5"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.oddFooter.center.text == "Trang &P / &N"


def test_rows_may_come_from_a_generator_and_the_bytes_do_not_change():
    def sheet() -> xl.TableSheet:
        return xl.TableSheet(
            title_lines=["A"],
            header=("STT",),
            rows=([n] for n in range(1, 4)),
            widths=(6,),
        )

    def data() -> bytes:
        workbook = xl.new_workbook()
        xl.add_sheet(workbook, "S", sheet())
        return xl.to_bytes(workbook, DAY, title="Thử", author="Phòng")

    first = data()
    assert first == data()
    values = [
        row[0]
        for row in openpyxl.load_workbook(io.BytesIO(first))["S"].iter_rows(
            min_row=4, values_only=True
        )
    ]
    assert values == [1, 2, 3]


def test_text_that_starts_like_a_formula_stays_text_in_the_sheet_xml(tmp_path):
    hostile = ["=1+2", "+1+2", "-1+2", "@SUM(A1)", "\t=1+2", "\r=1+2", "\n+1", "#REF!", "#N/A"]
    workbook = xl.new_workbook()
    xl.add_sheet(
        workbook,
        "Danh sách",
        xl.TableSheet(
            title_lines=["=TIÊU ĐỀ"],
            header=("STT", "Họ và tên", "Số tiền"),
            rows=[[index, value, 1500000] for index, value in enumerate(hostile, start=1)],
            widths=(6, 26, 14),
            after=[[None, "=Tổng", 12]],
        ),
    )
    path = tmp_path / "thu.xlsx"
    path.write_bytes(xl.to_bytes(workbook, DAY, title="Thử", author="Phòng"))
    cells = xlsx_cells(path)
    assert not [cell for cell in cells if cell.formula]
    by_text = {cell.text: cell.type for cell in cells}
    for value in [*hostile, "=TIÊU ĐỀ", "=Tổng"]:
        assert by_text[value] == "inlineStr", value
    assert by_text["1500000"] == by_text["12"] == by_text["9"] == "n"  # numbers stay numbers
    sheet = openpyxl.load_workbook(path)["Danh sách"]
    quoted = {cell.value for row in sheet.iter_rows() for cell in row if cell.quotePrefix}
    assert quoted == {"=TIÊU ĐỀ", "=Tổng", *hostile[:7]}
    assert sheet["B6"].font.name == xl.FONT  # the quoted look keeps the table's look
    assert sheet["C6"].number_format == "#,##0"
