"""The UBND report, opened back with python-docx and read the way an official checks it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import docx
import pytest

from helpers import AS_OF
from minhbach import ledger
from minhbach.figures import compute_figures
from minhbach.records.store import RecordSet
from minhbach.reports.formatting import date, money, place_date
from minhbach.reports.ubnd import write_ubnd
from minhbach.settings import Settings, SettingsError

REPORT_DAY = dt.date(2021, 10, 5)


def _write(
    records: RecordSet, path: Path, day: dt.date = REPORT_DAY, number: str | None = "12"
) -> docx.Document:
    write_ubnd(records, Settings(), path, day, number)
    return docx.Document(str(path))


def _table(document, first_header: str, second_header: str):
    for table in document.tables:
        cells = [c.text for c in table.rows[0].cells]
        if len(cells) > 1 and cells[0] == first_header and cells[1] == second_header:
            return [[c.text for c in row.cells] for row in table.rows]
    raise AssertionError(f"no table with header {first_header!r}, {second_header!r}")


def _texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_place_date_pads_days_below_ten_and_months_one_and_two():
    assert place_date("Nhà Bè", dt.date(2021, 10, 5)) == "Nhà Bè, ngày 05 tháng 10 năm 2021"
    assert place_date("Nhà Bè", dt.date(2022, 2, 9)) == "Nhà Bè, ngày 09 tháng 02 năm 2022"
    assert place_date("Nhà Bè", dt.date(2022, 3, 15)) == "Nhà Bè, ngày 15 tháng 3 năm 2022"
    assert date("2021-10-05") == "05/10/2021"
    assert money(1500000) == "1.500.000\u00a0₫"


def test_heading_block_motto_number_and_date(district, load, tmp_path):
    document = _write(load(district), tmp_path / "r.docx")
    left, right = document.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs if p.text][:2] == [
        "ỦY BAN NHÂN DÂN HUYỆN NHÀ BÈ",
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    ]
    office_run = left.paragraphs[1].runs[0]
    assert office_run.bold
    assert any(p.text == "Số: 12/BC-GDĐT" for p in left.paragraphs)
    lines = {p.text: p for p in right.paragraphs if p.text}
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    motto = lines["Độc lập - Tự do - Hạnh phúc"].runs[0]
    assert motto.bold
    assert motto.underline
    date_run = lines["Nhà Bè, ngày 05 tháng 10 năm 2021"].runs[0]
    assert date_run.italic


def test_title_recipient_body_and_signature(district, load, tmp_path):
    document = _write(load(district), tmp_path / "r.docx")
    texts = _texts(document)
    title = texts.index("BÁO CÁO")
    assert texts[title + 1].startswith("Kết quả thực hiện Chương trình hỗ trợ trang thiết bị")
    assert "Kính gửi: Ủy ban nhân dân huyện Nhà Bè." in texts
    body = "\n".join(texts)
    for heading in (
        "1. Rà soát",
        "2. Tuyên truyền, vận động",
        "3. Tiếp nhận",
        "4. Trao tặng",
        "6. Theo dõi",
    ):
        assert heading in body
    assert "đề xuất 5 học sinh" in body
    assert "tổng giá trị ước tính 32.500.000\u00a0₫" in body
    signature = document.tables[1].rows[0].cells
    assert signature[0].paragraphs[0].text == "Nơi nhận:"
    assert signature[1].paragraphs[0].text == "TRƯỞNG PHÒNG"
    assert "Lê Thị Oanh" in signature[1].text


def test_appendix_tables_match_hand_counts(district, load, tmp_path):
    document = _write(load(district), tmp_path / "r.docx")
    texts = _texts(document)
    assert [t for t in texts if t.startswith("Phụ lục")] == [
        "Phụ lục I",
        "Phụ lục II",
        "Phụ lục III",
    ]
    assert (
        "(Kèm theo Báo cáo số 12/BC-GDĐT ngày 05/10/2021 của Phòng Giáo dục và Đào tạo huyện Nhà Bè)"
        in texts
    )
    schools = _table(document, "STT", "Trường")
    assert schools[1][1:] == ["Trường Tiểu học An Phú", "3", "2", "1", "1", "1", "0", "0"]
    assert schools[2][1:] == ["Trường Tiểu học Bình Lợi", "2", "1", "1", "0", "0", "0", "0"]
    assert schools[3][1:] == ["Trường THCS Trống", "0", "0", "0", "0", "0", "0", "0"]
    assert schools[-1][1:] == ["Tổng cộng", "5", "3", "2", "1", "1", "0", "0"]
    donors = _table(document, "STT", "Nhà tài trợ")
    assert donors[1][1:] == ["Công ty Sao Mai", "3 máy tính xách tay", "0", "22.500.000"]
    assert donors[2][1] == "Nhà hảo tâm ẩn danh (nt-7k3q9x)"  # never the anonymous donor's name
    assert donors[-1][1:] == ["Tổng cộng", "3 máy tính xách tay", "10.000.000", "32.500.000"]
    kinds = _table(document, "STT", "Loại thiết bị")
    assert kinds[1][1:] == ["Máy tính xách tay", "3", "2", "1", "2"]
    assert kinds[2][1:] == ["Máy tính bảng", "2", "0", "1", "1"]
    assert kinds[-1][1:] == ["Tổng cộng", "5", "2", "2", "3"]


def test_report_totals_equal_the_figures(district, load, tmp_path):
    """The site and the report share figures.py: the report's totals are its unsuppressed totals."""
    records = load(district)
    figures = compute_figures(records, ledger.compute(records))
    document = _write(records, tmp_path / "r.docx")
    total = _table(document, "STT", "Trường")[-1]
    expected = [
        figures.nominated,
        figures.by_status["da-duyet"],
        figures.handed_over,
        figures.waiting,
        figures.attendance["full"],
        figures.attendance["partial"],
        figures.attendance["none"],
    ]
    assert total[2:] == [str(n) for n in expected]
    kinds = _table(document, "STT", "Loại thiết bị")[-1]
    devices = figures.devices_by_kind.values()
    assert kinds[2:] == [
        str(sum(d[key] for d in devices)) for key in ("received", "allocated", "handed", "left")
    ]


def test_page_setup_font_and_page_numbers(district, load, tmp_path):
    document = _write(load(district), tmp_path / "r.docx")
    section = document.sections[0]
    assert round(section.page_width.mm) == 210
    assert round(section.page_height.mm) == 297
    assert section.orientation == 0  # portrait
    top, bottom, left, right = (
        round(m.mm)
        for m in (
            section.top_margin,
            section.bottom_margin,
            section.left_margin,
            section.right_margin,
        )
    )
    assert 20 <= top <= 25
    assert 20 <= bottom <= 25
    assert 30 <= left <= 35
    assert 15 <= right <= 20
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman"
    assert 13 <= normal.size.pt <= 14
    assert section.different_first_page_header_footer
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml
    assert 'w:val="center"' in header_xml
    assert "PAGE" not in section.first_page_header._element.xml


def test_same_records_and_day_give_the_same_bytes(district, load, tmp_path):
    records = load(district)
    write_ubnd(records, Settings(), tmp_path / "a.docx", REPORT_DAY)
    write_ubnd(records, Settings(), tmp_path / "b.docx", REPORT_DAY)
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()
    properties = docx.Document(str(tmp_path / "a.docx")).core_properties
    stamps = {properties.created.replace(tzinfo=None), properties.modified.replace(tzinfo=None)}
    assert stamps == {dt.datetime(2021, 10, 5)}


def test_empty_records_give_zeros(records, load, tmp_path):
    document = _write(load(records), tmp_path / "r.docx", AS_OF, number=None)
    assert any(
        p.text == "Số:       /BC-GDĐT" for p in document.tables[0].rows[0].cells[0].paragraphs
    )
    assert _table(document, "STT", "Trường")[-1][1:] == [
        "Tổng cộng",
        "0",
        "0",
        "0",
        "0",
        "0",
        "0",
        "0",
    ]
    assert _table(document, "STT", "Loại thiết bị")[-1][1:] == ["Tổng cộng", "0", "0", "0", "0"]
    assert "các trường chưa đề xuất học sinh nào" in "\n".join(_texts(document))


def test_missing_setting_is_named(district, load, tmp_path):
    settings = dataclasses.replace(Settings(), SIGNER_NAME="  ")
    with pytest.raises(SettingsError, match="SIGNER_NAME"):
        write_ubnd(load(district), settings, tmp_path / "r.docx", REPORT_DAY)
    assert not (tmp_path / "r.docx").exists()
