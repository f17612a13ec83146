"""Receipts and lookup-code slips: content, QR address, written only when new or changed."""

from __future__ import annotations

import dataclasses

import docx
import pytest

from minhbach.reports.qr import lookup_url
from minhbach.reports.receipts import write_receipts
from minhbach.reports.slips import write_slips
from minhbach.settings import Settings, SettingsError

SETTINGS = dataclasses.replace(Settings(), SITEURL="https://minhbach.example.edu.vn")
CODE = "K7QH-3MXR-9TPB-HC4N"


def test_lookup_address_carries_the_normalised_code():
    assert lookup_url("https://x.vn/", "k7qh 3mxr–9tpb-hc4n") == f"https://x.vn/tra-cuu/#ma={CODE}"


def test_receipt_names_parties_devices_code_and_signatures(district, load, tmp_path):
    outcome = write_receipts(load(district), SETTINGS, tmp_path)
    assert sorted(p.name for p in outcome.written) == ["bg-an1.docx", "bg-bi1.docx"]
    document = docx.Document(str(tmp_path / "bien-ban-ban-giao/th-an/bg-an1.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "BIÊN BẢN BÀN GIAO THIẾT BỊ HỌC TẬP TRỰC TUYẾN" in text
    assert "Bên nhận: Ông/Bà Trần Thị Mai (mẹ của học sinh)" in text
    assert "Nguyễn Văn An, lớp 5A" in text
    assert f"Mã tra cứu của gia đình: {CODE}" in text
    items = [[c.text for c in row.cells] for row in document.tables[1].rows]
    assert items[1] == ["1", "Máy tính xách tay", "1", "SN001", "Mới", "Công ty Sao Mai"]
    signatures = [c.paragraphs[0].text for c in document.tables[-1].rows[0].cells]
    assert signatures == ["ĐẠI DIỆN BÊN GIAO", "NGƯỜI NHẬN", "NGƯỜI CHỨNG KIẾN"]
    assert len(document.inline_shapes) == 1  # the QR code
    heading = document.tables[0].rows[0].cells[0].text
    assert "TRƯỜNG TIỂU HỌC AN PHÚ" in heading
    assert "Số: BG-01/2021" in heading


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
    assert sorted(p.name for p in outcome.written) == [
        "th-an.docx",
        "th-binh.docx",
        "thcs-trong.docx",
    ]
    document = docx.Document(str(tmp_path / "phieu-ma-tra-cuu/th-an.docx"))
    slips = [t for t in document.tables if "PHIẾU MÃ TRA CỨU" in t.rows[0].cells[0].text]
    assert len(slips) == 1  # only dx-an1 has a lookup code
    assert f"Mã tra cứu: {CODE}" in slips[0].rows[0].cells[0].text
    assert len(document.inline_shapes) == 1
    assert write_slips(load(district), SETTINGS, tmp_path).written == []
