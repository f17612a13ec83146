"""Ceremony lists: one workbook per school (also empty ones) and one for the office."""

from __future__ import annotations

import openpyxl

from helpers import AS_OF
from minhbach.reports.lists import HEADER, write_lists
from minhbach.settings import Settings


def _header_row(sheet) -> int:
    for row in sheet.iter_rows(min_col=1, max_col=1):
        if row[0].value == "STT":
            return row[0].row
    raise AssertionError("no header row")


def test_school_list_has_students_signatures_and_print_setup(district, load, tmp_path):
    write_lists(load(district), Settings(), tmp_path / "reports", AS_OF)
    sheet = openpyxl.load_workbook(tmp_path / "reports/danh-sach/th-an.xlsx").active
    header = _header_row(sheet)
    assert [c.value for c in sheet[header]] == list(HEADER)
    assert "Ký nhận" in HEADER
    assert "Họ và tên học sinh" in HEADER
    rows = [
        [c.value for c in row] for row in sheet.iter_rows(min_row=header + 1, max_row=header + 2)
    ]
    assert [r[1] for r in rows] == ["Nguyễn Văn An", "Lê Thị Bình"]  # approved only, by given name
    assert rows[0][2:8] == [
        "5A",
        "04/03/2011",
        "Trần Thị Mai (mẹ)",
        "1 máy tính xách tay",
        "SN001",
        "Đã nhận 25/10/2021",
    ]
    assert rows[1][7] == "Chờ nhận"
    assert (
        sheet.cell(row=header + 3, column=1).value is None
    )  # the pending nomination is not listed
    assert sheet.freeze_panes == f"A{header + 1}"
    assert sheet.print_title_rows == f"${header}:${header}"
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage


def test_school_without_students_gets_its_header(district, load, tmp_path):
    write_lists(load(district), Settings(), tmp_path / "reports", AS_OF)
    sheet = openpyxl.load_workbook(tmp_path / "reports/danh-sach/thcs-trong.xlsx").active
    header = _header_row(sheet)
    assert [c.value for c in sheet[header]] == list(HEADER)
    assert sheet.cell(row=header + 1, column=1).value is None
    assert "Trường THCS Trống" in sheet.cell(row=3, column=1).value


def test_office_workbook_has_every_school_and_a_total(district, load, tmp_path):
    write_lists(load(district), Settings(), tmp_path / "reports", AS_OF)
    book = openpyxl.load_workbook(tmp_path / "reports/danh-sach-cac-truong.xlsx")
    assert book.sheetnames == ["Tổng hợp", "th-an", "th-binh", "thcs-trong"]
    summary = book["Tổng hợp"]
    values = [[c.value for c in row] for row in summary.iter_rows(min_row=_header_row(summary) + 1)]
    assert values[-1][1] == "Tổng cộng"
    assert values[-1][3] == 3


def test_lists_are_deterministic(district, load, tmp_path):
    records = load(district)
    first = [p.read_bytes() for p in write_lists(records, Settings(), tmp_path / "a", AS_OF)]
    second = [p.read_bytes() for p in write_lists(records, Settings(), tmp_path / "b", AS_OF)]
    assert first == second
    properties = openpyxl.load_workbook(tmp_path / "a/danh-sach-cac-truong.xlsx").properties
    assert properties.modified.date() == AS_OF
