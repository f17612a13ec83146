"""The UBND report as LibreOffice prints it: page count, page 1's heading, numbers from page 2."""

from __future__ import annotations

import re
import subprocess


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
        assert line in page, line
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
