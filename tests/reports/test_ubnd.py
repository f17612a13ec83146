"""The UBND report, opened back with python-docx and read the way an official checks it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from helpers import AS_OF
from minhbach import ledger
from minhbach.figures import compute_figures
from minhbach.records.store import RecordSet
from minhbach.reports.formatting import date, dong, duration, money, place_date
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
    assert money(1500000) == "1.500.000\u00a0₫"  # the site's
    assert dong(1500000) == "1.500.000\u00a0đồng"  # an official document's


@pytest.mark.parametrize(
    ("start", "end", "spoken"),
    [
        ("2021-10-20", "2021-10-20", "0 ngày"),
        ("2022-05-01", "2022-06-30", "60 ngày"),  # short waits in days, like the settings
        ("2021-10-20", "2022-06-30", "hơn 8 tháng"),
        ("2021-06-30", "2021-10-30", "4 tháng"),
        ("2021-01-31", "2021-05-30", "hơn 3 tháng"),  # the 31st: a month ends on its last day
        ("2021-10-20", "2022-10-20", "1 năm"),
        ("2021-10-20", "2026-05-17", "hơn 4 năm 6 tháng"),  # 1.670 days
    ],
)
def test_durations_are_spoken_in_days_then_months_and_years(start, end, spoken):
    assert duration(dt.date.fromisoformat(start), dt.date.fromisoformat(end)) == spoken


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
    assert "tổng giá trị ước tính 32.500.000\u00a0đồng" in body
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
    # Never the anonymous donor's name, nor the record's id: when and what they gave.
    assert donors[2][1] == "Nhà hảo tâm ẩn danh (tiếp nhận 16/10/2021, tiền mặt)"
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


def _all_text(document) -> str:
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(texts)


def test_money_in_dong_and_no_internal_ids(district, load, tmp_path):
    document = _write(load(district), tmp_path / "r.docx", AS_OF)
    text = _all_text(document)
    assert "₫" not in text
    assert "4.000.000\u00a0đồng" in text  # cash left, in words an official document uses
    for record_id in ("nt-7k3q9x", "cong-ty-sao", "tn-laptop", "tn-tien", "ms-tablet", "th-an"):
        assert record_id not in text, record_id
    assert "Phạm Văn Hảo" not in text  # the anonymous donor's name


def test_every_table_row_is_kept_on_one_page_and_headers_repeat(district, load, tmp_path):
    document = _write(load(district), tmp_path / "r.docx", AS_OF)
    for table in document.tables:
        for row in table.rows:
            assert row._tr.trPr is not None
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None, [c.text for c in row.cells]
    grids = [t for t in document.tables if t.rows[0].cells[0].text == "STT"]
    assert len(grids) == 4
    for table in grids:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_part_two_turns_waiting_and_idle_stock_into_tasks(district, load, tmp_path):
    """On 30/06/2022: one approved student waits since 20/10/2021; a laptop and a tablet have
    been at the office since October, a laptop at An Phú, and 4.000.000 đồng of cash unspent."""
    document = _write(load(district), tmp_path / "r.docx", AS_OF)
    texts = _texts(document)
    tasks = texts[texts.index("II. NHỮNG VIỆC CẦN TIẾP TỤC THỰC HIỆN") + 1 :]
    assert tasks[:4] == [
        "- Trao thiết bị cho 1 học sinh đã được duyệt đang chờ (học sinh chờ lâu nhất được duyệt "
        "ngày 20/10/2021, đến nay đã hơn 8 tháng).",
        "- Phân bổ về các trường 1 máy tính xách tay; 1 máy tính bảng đang lưu tại Phòng đã quá "
        "30 ngày (nhận từ ngày 15/10/2021, đến nay hơn 8 tháng), ưu tiên trường có học sinh đang "
        "chờ (chi tiết tại Phụ lục IV).",
        "- Chỉ đạo 1 trường bàn giao cho học sinh 1 máy tính xách tay đã nhận quá 30 ngày mà chưa "
        "trao (lâu nhất từ ngày 21/10/2021); trường không còn học sinh cần hỗ trợ báo cáo để Phòng "
        "điều chuyển (chi tiết tại Phụ lục IV).",
        "- Sử dụng 4.000.000\u00a0đồng tiền tài trợ còn lại (tiếp nhận từ ngày 16/10/2021) mua "
        "thiết bị cho học sinh đang chờ, báo cáo nhà tài trợ việc sử dụng.",
    ]
    assert "ngày)" not in " ".join(tasks)  # never "lâu nhất 253 ngày"
    idle = _table(document, "STT", "Nơi đang giữ")
    assert idle[1:] == [
        [
            "1",
            "Phòng Giáo dục và Đào tạo huyện Nhà Bè",
            "1 máy tính xách tay; 1 máy tính bảng",
            "2",
            "15/10/2021",
            "hơn 8 tháng",
        ],
        ["2", "Trường Tiểu học An Phú", "1 máy tính xách tay", "1", "21/10/2021", "hơn 8 tháng"],
        ["", "Tổng cộng", "", "3", "", ""],
    ]
    assert "THIẾT BỊ ĐÃ NHẬN QUÁ 30 NGÀY CHƯA TRAO CHO HỌC SINH" in texts


def test_nothing_idle_means_no_fourth_appendix(district, load, tmp_path):
    document = _write(load(district), tmp_path / "r.docx", dt.date(2021, 11, 1))
    texts = _texts(document)
    assert [t for t in texts if t.startswith("Phụ lục")] == [
        "Phụ lục I",
        "Phụ lục II",
        "Phụ lục III",
    ]
    assert not any("Phân bổ về các trường" in t or "Chỉ đạo" in t for t in texts)
