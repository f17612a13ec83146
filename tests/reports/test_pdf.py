"""The documents as LibreOffice prints them: page numbers, rows never split, slips whole.

The checks read the PDF's text page by page (``pdftotext -raw`` keeps the text of a table cell
together, cell after cell): a table row is whole when all its text, in order, is on one page.
"""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path

import docx

from minhbach.reports.slips import SLIPS_PER_PAGE
from paged_district import LONG_SERIAL, SHORT_CODE, STUDENTS

# The page counts of the paged district's documents: a change is a change of layout, to look at.
UBND_PAGES = 9


def _text(pdf, first: int, last: int) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-f", str(first), "-l", str(last), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def _flat(text: str) -> str:
    """One line of single spaces; no-break hyphens and spaces as their plain forms."""
    return " ".join(text.replace("\u2011", "-").replace("\u00a0", " ").split())


def _page_texts(pdf: Path) -> list[str]:
    raw = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [_flat(page) for page in raw.split("\f")][: _pages(pdf)]


def _grid_tables(path: Path) -> list[tuple[str, list[str]]]:
    """Each numbered table of a .docx: its header's text and each later row's text, in order."""
    tables = []
    for table in docx.Document(str(path)).tables:
        if table.rows[0].cells[0].text != "STT":
            continue
        texts = [_flat(" ".join(cell.text for cell in row.cells)) for row in table.rows]
        tables.append((texts[0], texts[1:]))
    return tables


def _rows_not_whole(docx_path: Path, pdf: Path) -> list[str]:
    pages = _page_texts(pdf)
    return [
        row
        for _, rows in _grid_tables(docx_path)
        for row in rows
        if not any(row in page for page in pages)
    ]


def test_page_one_has_the_motto_block_and_title(ubnd_pdf):
    page = _text(ubnd_pdf, 1, 1)
    for line in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN HUYỆN NHÀ BÈ",
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        "Số: 12/BC-GDĐT",
        "Nhà Bè, ngày 05 tháng 10 năm 2021",
        "BÁO CÁO",
        "Kính gửi: Ủy ban nhân dân huyện Nhà Bè.",
    ):
        assert line in _flat(page), line
    assert page.split("\n")[0].strip() != "1"  # no page number on page 1


def test_pages_and_their_numbers(ubnd_pdf):
    pages = _pages(ubnd_pdf)
    assert 4 <= pages <= 7  # two or three pages of text, then one page per appendix
    for number in range(2, pages + 1):
        first_line = next(
            line for line in _text(ubnd_pdf, number, number).split("\n") if line.strip()
        )
        assert first_line.strip() == str(number)
    assert "Phụ lục III" in _text(ubnd_pdf, pages, pages)


def test_the_paged_report_has_a_stable_page_count_and_numbers_from_page_two(paged):
    pdf = paged.pdfs["bao-cao"]
    assert _pages(pdf) == UBND_PAGES
    pages = _page_texts(pdf)
    assert not pages[0].startswith("1 ")
    for number, page in enumerate(pages[1:], start=2):
        assert page.startswith(f"{number} "), (number, page[:40])  # centred in the top margin
    assert "Phụ lục IV" in pages[-2] or "Phụ lục IV" in pages[-1]


def test_no_table_row_is_split_across_pages(paged):
    """Every row of every appendix table (schools, donors, kinds, idle devices, totals) has all
    its text on one page, though the tables run over several pages."""
    pdf = paged.pdfs["bao-cao"]
    assert _rows_not_whole(paged.ubnd, pdf) == []
    pages = _page_texts(pdf)
    spans = {
        header: {i for row in rows for i, page in enumerate(pages) if row in page}
        for header, rows in _grid_tables(paged.ubnd)
    }
    assert sum(1 for found in spans.values() if len(found) > 1) >= 2  # tables cross pages
    for header, found in spans.items():
        for index in found:  # the header row is repeated on every page of its table
            assert header in pages[index], (header, index + 1)


def test_the_row_check_fails_when_rows_may_split(paged):
    """The same report without w:cantSplit: LibreOffice cuts rows at the page ends, and the
    check above sees it (so it is not passing for want of a page break inside a row)."""
    assert _rows_not_whole(paged.ubnd_rows_may_split, paged.pdfs["bao-cao-tach"])


def test_the_report_says_dong_and_names_no_internal_id(paged):
    text = " ".join(_page_texts(paged.pdfs["bao-cao"]))
    assert "₫" not in text
    assert "đồng" in text
    assert re.search(r"\bnt-\d+", text) is None
    assert "Nhà hảo tâm ẩn danh (tiếp nhận" in text


def test_slips_are_whole_and_four_to_a_page(paged):
    pdf = paged.pdfs[paged.slips.stem]
    assert _pages(pdf) == math.ceil(STUDENTS / SLIPS_PER_PAGE)
    pages = _page_texts(pdf)
    slips = [
        _flat(row.cells[0].text)
        for table in docx.Document(str(paged.slips)).tables
        for row in table.rows
    ]
    assert len(slips) == STUDENTS
    where = [[i for i, page in enumerate(pages) if slip in page] for slip in slips]
    assert all(len(found) == 1 for found in where), where  # each slip whole, on one page
    per_page = [sum(1 for s in paged.students if s["lookup_code"] in page) for page in pages]
    assert per_page == [4, 4, 1]


def test_the_receipt_fits_one_page_with_its_number_and_serial_whole(paged):
    pdf = paged.pdfs["bg-01"]
    assert _pages(pdf) == 1
    lines = [_flat(line) for line in _text(pdf, 1, 1).split("\n")]
    assert any(f"Số: 001/BBBG-{SHORT_CODE}" in line for line in lines)
    serial_lines = [line for line in lines if LONG_SERIAL in line]
    assert len(serial_lines) == 1  # on one line, never broken mid-code
    assert "Hội Khuyến học xã Phước Kiển" in " ".join(lines)  # the donor, not a supplier
    assert _rows_not_whole(paged.receipt, pdf) == []
    assert "ĐẠI DIỆN BÊN GIAO" in " ".join(lines)
