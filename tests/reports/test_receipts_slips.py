"""Receipts and lookup-code slips: content, QR address, written only when new or changed."""

from __future__ import annotations

import dataclasses
import random
import re

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from helpers import write
from minhbach import codes
from minhbach.reports import docx_tables as tables
from minhbach.reports import slips as slips_module
from minhbach.reports.qr import lookup_url
from minhbach.reports.receipts import issuer_code, write_receipts
from minhbach.reports.slips import write_slips
from minhbach.reports.text_width import width_cm
from minhbach.settings import Settings, SettingsError

SETTINGS = dataclasses.replace(Settings(), SITEURL="https://minhbach.example.edu.vn")
CODE = "K7QH-3MXR-9TPB-HC4N"
LEFT, CENTER, RIGHT = (
    WD_ALIGN_PARAGRAPH.LEFT,
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.RIGHT,
)
NOMINATION = """
    id: {nid}
    school: th-an
    nominated_on: 2021-10-13
    student: {{full_name: {name}, birth_date: 2011-05-06, gender: nu, class: 5B, grade: 5}}
    guardian: {{name: Lê Văn Tư, relation: cha, phone: "0909123457"}}
    categories: [ho-ngheo]
    needs: [{{kind: tablet, quantity: 1}}]
    status: de-xuat
    consent: {{guardian: true, child: true, recorded_on: 2021-10-13}}
    lookup_code: {code}
    """


def test_lookup_address_carries_the_normalised_code():
    assert lookup_url("https://x.vn/", "k7qh 3mxr–9tpb-hc4n") == f"https://x.vn/tra-cuu/#ma={CODE}"


def _cells(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def _receipt(tmp_path, school: str, handover: str) -> docx.Document:
    return docx.Document(str(tmp_path / f"bien-ban-ban-giao/{school}/{handover}.docx"))


def test_receipt_names_parties_devices_code_and_signatures(district, load, tmp_path):
    outcome = write_receipts(load(district), SETTINGS, tmp_path)
    assert sorted(p.name for p in outcome.written) == ["bg-an1.docx", "bg-bi1.docx"]
    document = _receipt(tmp_path, "th-an", "bg-an1")
    text = "\n".join(p.text for p in document.paragraphs)
    assert "BIÊN BẢN BÀN GIAO THIẾT BỊ HỌC TẬP TRỰC TUYẾN" in text
    assert "Bên nhận: Ông/Bà Trần Thị Mai (mẹ của học sinh)" in text
    assert "Nguyễn Văn An, lớp 5A" in text
    items = _cells(document.tables[1])
    assert items[1] == ["1", "Máy tính xách tay", "1", "SN001", "Mới", "Công ty Sao Mai"]
    aligns = [c.paragraphs[0].alignment for c in document.tables[1].rows[1].cells]
    assert aligns == [CENTER, LEFT, RIGHT, LEFT, LEFT, LEFT]  # text columns read from the left
    lookup = document.tables[2].rows[0].cells[1].text
    assert "Mã tra cứu của gia đình (giữ kín mã này):" in lookup
    assert CODE in lookup.split("\n")  # the code alone on its line, read back whole
    signatures = document.tables[-1].rows[0].cells
    assert [c.paragraphs[0].text for c in signatures] == [
        "ĐẠI DIỆN BÊN GIAO",
        "NGƯỜI NHẬN",
        "NGƯỜI CHỨNG KIẾN",
    ]
    assert signatures[0].paragraphs[-1].text == "Hiệu trưởng Trường Tiểu học An Phú"
    assert signatures[1].paragraphs[-1].text == "Trần Thị Mai"
    assert len(document.inline_shapes) == 1  # the QR code
    heading = document.tables[0].rows[0].cells[0].text
    assert "TRƯỜNG TIỂU HỌC AN PHÚ" in heading
    assert "Số: BG-01/2021" in heading  # a full number in the record is printed as written


def test_a_bought_device_names_the_donors_whose_cash_paid_for_it(district, load, tmp_path):
    """The tablet of bg-bi1 was bought with the anonymous donor's cash: the receipt says whose
    gift it is, never the supplier and never the anonymous donor's name."""
    write_receipts(load(district), SETTINGS, tmp_path)
    document = _receipt(tmp_path, "th-binh", "bg-bi1")
    items = _cells(document.tables[1])
    assert items[1][5] == "Mua bằng tiền tài trợ của Nhà hảo tâm ẩn danh"
    everything = "\n".join(c for row in items for c in row)
    assert "Điện Máy Xanh" not in everything
    assert "Phạm Văn Hảo" not in everything


def test_a_bare_running_number_is_numbered_by_the_settings_pattern(district, load, tmp_path):
    """``document: "7"`` becomes 007/BBBG-<the school's short code>; a school without one gets
    the code derived from its level and name; the office's own code at a district ceremony."""
    for path, number in (
        ("handovers/th-an/bg-an1.yaml", "7"),
        ("handovers/th-binh/bg-bi1.yaml", "12"),
    ):
        record = district / path
        text = re.sub(r"document: .*", f'document: "{number}"', record.read_text(encoding="utf-8"))
        record.write_text(text, encoding="utf-8")
    school = district / "schools/th-an.yaml"
    school.write_text(school.read_text(encoding="utf-8") + "short_code: AP\n", encoding="utf-8")
    write_receipts(load(district), SETTINGS, tmp_path)
    headings = {
        name: _receipt(tmp_path, folder, name).tables[0].rows[0].cells[0].text
        for folder, name in (("th-an", "bg-an1"), ("th-binh", "bg-bi1"))
    }
    assert "Số: 007/BBBG-AP" in headings["bg-an1"]
    assert "Số: 012/BBBG-GDĐT" in headings["bg-bi1"]  # handed at the office's ceremony
    custom = dataclasses.replace(SETTINGS, RECEIPT_NUMBER_PATTERN="{n}/BB-{school_code}/2021")
    write_receipts(load(district), custom, tmp_path / "custom")
    heading = _receipt(tmp_path / "custom", "th-an", "bg-an1").tables[0].rows[0].cells[0].text
    assert "Số: 7/BB-AP/2021" in heading


def test_a_school_without_short_code_gets_one_from_its_name(district, load):
    records = load(district)
    handover = records.get("handover", "bg-an1")
    assert issuer_code(records, handover, SETTINGS) == "THAP"  # Trường Tiểu học An Phú


def test_a_bad_number_pattern_is_named_and_nothing_is_written(district, load, tmp_path):
    bad = dataclasses.replace(SETTINGS, RECEIPT_NUMBER_PATTERN="{so}/BBBG-{school_code}")
    with pytest.raises(SettingsError, match="RECEIPT_NUMBER_PATTERN"):
        write_receipts(load(district), bad, tmp_path)
    assert not (tmp_path / "bien-ban-ban-giao").exists()


def test_a_long_serial_widens_its_column_and_stays_whole(district, load, tmp_path):
    path = district / "handovers/th-an/bg-an1.yaml"
    serial = "NB-LAPTOP-2021-0000001"
    for file in (path, district / "donations/tn-laptop.yaml", district / "allocations/pb-01.yaml"):
        file.write_text(file.read_text(encoding="utf-8").replace("SN001", serial), encoding="utf-8")
    write_receipts(load(district), SETTINGS, tmp_path)
    table = _receipt(tmp_path, "th-an", "bg-an1").tables[1]
    cell = table.rows[1].cells[3]
    assert cell.text == serial
    size = cell.paragraphs[0].runs[0].font.size.pt
    room = cell.width.cm - 2 * tables.CELL_MARGIN_CM
    assert width_cm(serial, size) <= room  # fits on one line: never broken mid-code


def test_only_new_or_changed_receipts_are_written(district, load, tmp_path):
    write_receipts(load(district), SETTINGS, tmp_path)
    again = write_receipts(load(district), SETTINGS, tmp_path)
    assert (again.written, again.unchanged) == ([], 2)
    path = district / "handovers/th-binh/bg-bi1.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("BG-02/2021", "BG-02B/2021"), encoding="utf-8"
    )
    changed = write_receipts(load(district), SETTINGS, tmp_path)
    assert [p.name for p in changed.written] == ["bg-bi1.docx"]
    assert changed.unchanged == 1
    path.unlink()
    gone = write_receipts(load(district), SETTINGS, tmp_path)
    assert [p.name for p in gone.removed] == ["bg-bi1.docx"]
    assert not (tmp_path / "bien-ban-ban-giao/th-binh/bg-bi1.docx").exists()


def test_one_school_only(district, load, tmp_path):
    outcome = write_receipts(load(district), SETTINGS, tmp_path, school="th-an")
    assert [p.name for p in outcome.written] == ["bg-an1.docx"]
    assert write_receipts(load(district), SETTINGS, tmp_path, school="th-binh").removed == []


def test_receipts_and_slips_need_an_absolute_siteurl(district, load, tmp_path):
    with pytest.raises(SettingsError, match="SITEURL"):
        write_receipts(load(district), Settings(), tmp_path)
    with pytest.raises(SettingsError, match="SITEURL"):
        write_slips(load(district), Settings(), tmp_path)


def test_slips_per_school_with_code_and_qr(district, load, tmp_path):
    outcome = write_slips(load(district), SETTINGS, tmp_path)
    # Only th-an has a student with a lookup code: the other schools get no empty document.
    assert sorted(p.name for p in outcome.written) == ["th-an.docx"]
    document = docx.Document(str(tmp_path / "phieu-ma-tra-cuu/th-an.docx"))
    slips = [row for t in document.tables for row in t.rows]
    assert len(slips) == 1  # only dx-an1 has a lookup code
    text = slips[0].cells[0].text
    assert "PHIẾU MÃ TRA CỨU" in text
    assert f"Mã tra cứu: {CODE}" in text
    assert "Học sinh: Nguyễn Văn An, lớp 5A" in text
    assert len(document.inline_shapes) == 1
    assert write_slips(load(district), SETTINGS, tmp_path).written == []


def test_slips_come_four_to_a_page_each_of_a_fixed_height_and_never_split(district, load, tmp_path):
    for n in range(2, 11):
        code = codes.generate(random.Random(n))
        write(
            district,
            f"nominations/th-an/dx-x{n}.yaml",
            NOMINATION.format(nid=f"dx-x{n}", name=f"Trần Thị Số {n}", code=code),
        )
    write_slips(load(district), SETTINGS, tmp_path)
    document = docx.Document(str(tmp_path / "phieu-ma-tra-cuu/th-an.docx"))
    assert [len(t.rows) for t in document.tables] == [4, 4, 2]
    for table in document.tables:
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
            assert round(row.height.mm) == slips_module.SLIP_HEIGHT_MM
    breaks = [p for p in document.paragraphs if p.paragraph_format.page_break_before]
    assert len(breaks) == 2  # a new page before the second and the third table


def test_qr_codes_fit_inside_their_cells(district, load, tmp_path):
    """A QR code wider than its cell is clipped by LibreOffice and Word, and may not scan."""
    write_slips(load(district), SETTINGS, tmp_path)
    slips = docx.Document(str(tmp_path / "phieu-ma-tra-cuu/th-an.docx"))
    cell = slips.tables[0].rows[0].cells[1]
    assert slips.inline_shapes[0].width.cm <= cell.width.cm - 2 * slips_module.PADDING_CM
    write_receipts(load(district), SETTINGS, tmp_path)
    receipt = _receipt(tmp_path, "th-an", "bg-an1")
    cell = receipt.tables[2].rows[0].cells[0]
    default_padding_cm = 0.19  # Word's and LibreOffice's when the table sets none
    assert receipt.inline_shapes[0].width.cm <= cell.width.cm - 2 * default_padding_cm
