"""The open data's .xlsx copy of a table, read back with openpyxl as Excel would read it."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl

from minhbach.site.opendata_xlsx import workbook_bytes

DAY = dt.date(2022, 6, 30)
HOSTILE = '=HYPERLINK("http://x.invalid","Bấm vào đây")'


def make() -> bytes:
    return workbook_bytes(
        "truong",
        ["Mã trường", "Tên trường", "Đã bàn giao", "Ngày"],
        [
            ["th-an-binh", "Trường Tiểu học An Bình", 12, dt.date(2021, 10, 20)],
            ["th-x", HOSTILE, None, None],
            ["th-y", "-5 điểm", 0, DAY],
        ],
        day=DAY,
        title="Trường và tiến độ",
        author="Phòng Giáo dục và Đào tạo huyện Nhà Bè",
    )


def test_cells_keep_their_kind_and_text_stays_text() -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(make())).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Mã trường", "Tên trường", "Đã bàn giao", "Ngày")
    assert rows[1] == ("th-an-binh", "Trường Tiểu học An Bình", 12, dt.datetime(2021, 10, 20))
    assert rows[2] == ("th-x", HOSTILE, None, None)
    assert sheet["B3"].data_type == "s"  # a string, not a formula
    assert sheet["B3"].quotePrefix  # and it stays text when someone edits the cell
    assert sheet["B4"].quotePrefix
    assert not sheet["B2"].quotePrefix
    assert sheet["D2"].number_format == "dd/mm/yyyy"
    assert sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.title == "truong"


def test_the_bytes_depend_on_the_data_and_the_day_only() -> None:
    data = make()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(2022, 6, 30, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2022-06-30T00:00:00Z" in core
    assert dt.date.today().isoformat() not in core
    assert make() == data
