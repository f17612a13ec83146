"""Ceremony lists: one workbook per school (also empty ones) and one for the office, each with the
cells the ceremony fills in, the place-and-date line, the signature blocks and the marker that
lets ``minhbach import`` take it back."""

from __future__ import annotations

import openpyxl

from helpers import AS_OF, write
from minhbach.reports.lists import (
    COLUMN,
    HANDED_BY_LABEL,
    HEADER,
    MARKER,
    MARKER_SHEET,
    MARKER_VERSION,
    write_lists,
)
from minhbach.settings import Settings


def _header_row(sheet) -> int:
    for row in sheet.iter_rows(min_col=1, max_col=1):
        if row[0].value == "STT":
            return row[0].row
    raise AssertionError("no header row")


def _values(sheet) -> list[list[object]]:
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_school_list_has_students_fill_in_cells_and_print_setup(district, load, tmp_path):
    write_lists(load(district), Settings(), tmp_path / "reports", AS_OF)
    sheet = openpyxl.load_workbook(tmp_path / "reports/danh-sach/th-an.xlsx")["th-an"]
    header = _header_row(sheet)
    assert [c.value for c in sheet[header]] == list(HEADER)
    for name in ("Mã đề xuất", "Số sê-ri", "Ngày nhận", "Ký nhận", "Đã ký (x)"):
        assert name in HEADER
    rows = [
        [c.value for c in row] for row in sheet.iter_rows(min_row=header + 1, max_row=header + 2)
    ]
    handed, waiting = rows
    assert [r[COLUMN["name"]] for r in rows] == ["Nguyễn Văn An", "Lê Thị Bình"]  # by given name
    assert handed[COLUMN["nomination"]] == "dx-an1"
    assert handed[COLUMN["class"] : COLUMN["status"] + 1] == [
        "5A",
        "04/03/2011",
        "Trần Thị Mai (mẹ)",
        "1 máy tính xách tay",
        "Đã nhận",
    ]
    assert handed[COLUMN["serial"]] == "SN001"
    assert handed[COLUMN["received_on"]] == "25/10/2021"
    assert waiting[COLUMN["status"]] == "Chờ nhận"
    # SN002 was allocated to th-an by serial and is still there: offered to the waiting student.
    assert waiting[COLUMN["serial"]] == "SN002"
    assert waiting[COLUMN["received_on"]] is None
    assert waiting[COLUMN["signed"]] is None
    assert sheet.cell(row=header + 3, column=1).value is None  # the pending nomination is absent
    cell = sheet.cell(row=header + 2, column=COLUMN["received_on"] + 1)
    assert cell.number_format == "@"  # a date typed there stays as typed, day first
    assert sheet.row_dimensions[header + 1].height == 30  # room to sign on paper
    assert sheet.freeze_panes == f"A{header + 1}"
    assert sheet.print_title_rows == f"${header}:${header}"
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage


def test_school_list_ends_with_who_hands_over_place_date_and_signature_blocks(
    district, load, tmp_path
):
    """Issue 17: "one signature line, no place-and-date line" (Decree 30/2020 layout)."""
    write_lists(load(district), Settings(), tmp_path / "reports", AS_OF)
    sheet = openpyxl.load_workbook(tmp_path / "reports/danh-sach/th-an.xlsx")["th-an"]
    rows = _values(sheet)
    texts = [[v for v in row if v is not None] for row in rows]
    handed_by = next(i for i, row in enumerate(texts) if row == [HANDED_BY_LABEL])
    place = next(i for i, row in enumerate(texts) if row and str(row[0]).startswith("Nhà Bè, ngày"))
    assert handed_by < place
    assert texts[place] == ["Nhà Bè, ngày …… tháng …… năm 20……"]
    assert texts[place + 1] == ["NGƯỜI LẬP BIỂU", "HIỆU TRƯỞNG"]
    assert texts[place + 2] == ["(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"]
    # the place-and-date line stands over the right-hand block, blocks side by side, centred
    place_cell = next(c for c in sheet[place + 1] if c.value)
    title_cells = [c for c in sheet[place + 2] if c.value]
    assert place_cell.column == title_cells[1].column > title_cells[0].column == 1
    assert place_cell.font.italic
    assert all(c.font.bold for c in title_cells)
    assert all(c.alignment.horizontal == "center" for c in [place_cell, *title_cells])
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert f"{title_cells[1].coordinate}:M{place + 2}" in merged
    value_cell = sheet.cell(row=handed_by + 1, column=5)
    assert value_cell.number_format == "@"  # the name typed beside the label


def test_the_marker_names_the_list_and_each_sheets_school(district, load, tmp_path):
    write_lists(load(district), Settings(), tmp_path / "reports", AS_OF)
    school = openpyxl.load_workbook(tmp_path / "reports/danh-sach/th-an.xlsx")
    assert school.sheetnames == ["th-an", MARKER_SHEET]
    assert school[MARKER_SHEET].sheet_state == "hidden"
    header = _header_row(school["th-an"])
    assert _values(school[MARKER_SHEET]) == [
        [MARKER, MARKER_VERSION, None],
        ["th-an", "th-an", header],
    ]
    office = openpyxl.load_workbook(tmp_path / "reports/danh-sach-cac-truong.xlsx")
    marker = _values(office[MARKER_SHEET])
    assert [row[1] for row in marker[1:]] == ["th-an", "th-binh", "thcs-trong"]


def test_school_without_students_gets_its_header(district, load, tmp_path):
    write_lists(load(district), Settings(), tmp_path / "reports", AS_OF)
    sheet = openpyxl.load_workbook(tmp_path / "reports/danh-sach/thcs-trong.xlsx").active
    header = _header_row(sheet)
    assert [c.value for c in sheet[header]] == list(HEADER)
    assert sheet.cell(row=header + 1, column=1).value is None
    assert "Trường THCS Trống" in sheet.cell(row=3, column=1).value


def test_office_workbook_has_every_school_a_total_and_signatures(district, load, tmp_path):
    write_lists(load(district), Settings(), tmp_path / "reports", AS_OF)
    book = openpyxl.load_workbook(tmp_path / "reports/danh-sach-cac-truong.xlsx")
    assert book.sheetnames == ["Tổng hợp", "th-an", "th-binh", "thcs-trong", MARKER_SHEET]
    summary = book["Tổng hợp"]
    values = [[c.value for c in row] for row in summary.iter_rows(min_row=_header_row(summary) + 1)]
    total = next(row for row in values if row[1] == "Tổng cộng")
    assert total[3] == 3
    texts = [[v for v in row if v is not None] for row in values]
    assert ["NGƯỜI LẬP BIỂU", "TRƯỞNG PHÒNG"] in texts


def test_a_schools_old_list_goes_when_the_school_does(district, load, tmp_path):
    """Issue 16: old per-school lists stayed in reports/ after the data changed."""
    reports = tmp_path / "reports"
    write(reports, "danh-sach/th-cu.xlsx", b"an old list")
    write(reports, "danh-sach/ghi-chu.txt", "staff notes stay")
    write_lists(load(district), Settings(), reports, AS_OF)
    assert sorted(p.name for p in (reports / "danh-sach").iterdir()) == [
        "ghi-chu.txt",
        "th-an.xlsx",
        "th-binh.xlsx",
        "thcs-trong.xlsx",
    ]


def test_lists_are_deterministic(district, load, tmp_path):
    records = load(district)
    first = [p.read_bytes() for p in write_lists(records, Settings(), tmp_path / "a", AS_OF)]
    second = [p.read_bytes() for p in write_lists(records, Settings(), tmp_path / "b", AS_OF)]
    assert first == second
    properties = openpyxl.load_workbook(tmp_path / "a/danh-sach-cac-truong.xlsx").properties
    assert properties.modified.date() == AS_OF
