"""Files staff put in content/, through a real build: what an outsider could get from them.

Each test is an attack (DESIGN "Files staff attach"): a file or a page that once reached the
public site with something about a child in it, or something a browser runs on the site's origin.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from attachments import GPS_TEXT, XMP, jpeg, jpeg_with_a_second_image, pdf, pdf_revised, png
from helpers import AS_OF, write
from minhbach.build import BuildOptions, BuildOutcome, build
from site_records import SHOWN_FULL, write_records, write_site

GUARDIAN = "Hồ Thị Giám Hộ 01"  # the guardian of dx-a1b2c301 in site_records
GUARDIAN_PHONE = "0909 123 401"


def build_with(tmp: Path, files: dict[str, bytes | str]) -> BuildOutcome:
    """The fixture site plus ``files`` under content/, built as ``minhbach build`` does."""
    settings = write_site(tmp)
    for relative, data in files.items():
        write(tmp, f"content/{relative}", data)
    return build(
        BuildOptions(
            records=write_records(tmp / "records"),
            output=tmp / "output",
            settings_file=settings,
            as_of=AS_OF,
        )
    )


def errors(outcome: BuildOutcome) -> list[tuple[str, str]]:
    return sorted((f.code, Path(f.path).name) for f in outcome.findings if f.severity == "error")


def everything_said(outcome: BuildOutcome) -> str:
    return "\n".join(f.message(lang) for f in outcome.findings for lang in ("vi", "en"))


def test_a_pdf_listing_children_is_not_published(tmp_path: Path) -> None:
    """An approval decision exported to PDF: its text is compressed, the guard must read it."""
    decision = pdf(
        ["QUYET DINH phe duyet danh sach hoc sinh", "1. Nguyen Van An, lop 5A, Truong TH An Binh"]
    )
    assert b"Nguyen" not in decision  # compressed: a byte search finds nothing
    outcome = build_with(tmp_path, {"images/quyet-dinh-01.pdf": decision})
    assert not outcome.swapped
    assert ("LEAK-CONTENT-CHILD", "quyet-dinh-01.pdf") in errors(outcome)
    assert not (tmp_path / "output").exists()
    assert "Nguyen Van An" not in everything_said(outcome)
    assert SHOWN_FULL not in everything_said(outcome)


def test_a_name_deleted_by_an_incremental_save_is_still_found(tmp_path: Path) -> None:
    revised = pdf_revised(["Nguyen Van An, lop 5A"], ["Danh sach: xem tai van phong"])
    outcome = build_with(tmp_path, {"images/danh-sach.pdf": revised})
    assert ("LEAK-CONTENT-CHILD", "danh-sach.pdf") in errors(outcome)


def test_a_name_in_the_pdf_metadata_is_found(tmp_path: Path) -> None:
    document = pdf(["Thong bao le trao tang"], metadata={"/Title": "Danh sach em Nguyen Van An"})
    outcome = build_with(tmp_path, {"images/thong-bao.pdf": document})
    assert ("LEAK-CONTENT-CHILD", "thong-bao.pdf") in errors(outcome)


def test_a_scanned_pdf_is_refused_with_what_to_do(tmp_path: Path) -> None:
    outcome = build_with(tmp_path, {"images/bien-ban.pdf": pdf(["Bien ban"], None)})
    assert errors(outcome) == [("SITE-PDF-NO-TEXT", "bien-ban.pdf")]
    message = next(f for f in outcome.findings if f.code == "SITE-PDF-NO-TEXT").message()
    assert "trang 2" in message
    assert "PDF" in message
    assert not (tmp_path / "output").exists()


def test_a_damaged_pdf_is_refused(tmp_path: Path) -> None:
    outcome = build_with(tmp_path, {"images/hong.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog"})
    assert errors(outcome) == [("SITE-PDF-UNREADABLE", "hong.pdf")]


BROWSER_RUNS = {
    "images/trang.html": "<script>alert(document.cookie)</script>",
    "images/trang.htm": "<script>alert(1)</script>",
    "images/trang.xhtml": '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
    "images/ma.js": "alert(1)",
    "images/ma.mjs": "alert(1)",
    "images/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "images/kieu.css": "body{background:url(javascript:alert(1))}",
    "images/ma.wasm": b"\x00asm\x01\x00\x00\x00",
    "images/du-lieu.xml": "<a>x</a>",
    "images/ghi-chu.txt": "Nguyen Van An",
    "images/danh-sach.csv": "ten\nNguyen Van An\n",
    "images/khong-duoi": "<script>alert(1)</script>",
    "images/anh-gia.jpg": "<html><script>alert(1)</script></html>",
}


def test_files_a_browser_would_run_or_show_are_refused(tmp_path: Path) -> None:
    outcome = build_with(tmp_path, {**BROWSER_RUNS, "images/le.png": png()})
    expected = sorted(
        (
            "SITE-IMAGE-REFUSED" if name.endswith((".jpg", ".svg")) else "SITE-FILE-REFUSED",
            Path(name).name,
        )
        for name in BROWSER_RUNS
    )
    assert errors(outcome) == expected
    assert not outcome.swapped
    assert not (tmp_path / "output").exists()


def test_a_file_linked_from_a_page_outside_images_is_vetted_too(tmp_path: Path) -> None:
    """``{attach}`` copies any file of content/ that a page links to, wherever it is."""
    outcome = build_with(
        tmp_path,
        {
            "tin-tuc/tai-lieu.md": "Title: Tài liệu\nDate: 2021-11-02\n\n[Bảng]({attach}bang.xlsm)\n",
            "tin-tuc/bang.xlsm": b"PK\x03\x04",
        },
    )
    assert errors(outcome) == [("SITE-FILE-REFUSED", "bang.xlsm")]


def test_a_jpeg_keeps_nothing_but_its_pixels(tmp_path: Path) -> None:
    """EXIF (GPS), XMP, ICC, a comment, and a second image with its own EXIF after the end."""
    outcome = build_with(
        tmp_path,
        {"images/le-trao.jpg": jpeg_with_a_second_image(), "images/xoay.jpeg": jpeg(orientation=6)},
    )
    assert outcome.swapped, errors(outcome)
    published = (tmp_path / "output/images/le-trao.jpg").read_bytes()
    for hidden in (GPS_TEXT.encode(), b"Nguyen", b"Exif", XMP[:20].encode(), b"ghi chu"):
        assert hidden not in published
    assert published.count(b"\xff\xd8") == 1  # one image, nothing after its end marker
    assert published.endswith(b"\xff\xd9")
    image = Image.open(io.BytesIO(published))
    assert image.format == "JPEG"
    assert image.size == (40, 20)
    assert not set(image.info) & {"exif", "xmp", "comment", "icc_profile"}
    assert len(image.getexif()) == 0
    turned = Image.open(tmp_path / "output/images/xoay.jpeg")
    assert turned.size == (20, 40)  # orientation 6 applied to the pixels, then forgotten
    assert len(turned.getexif()) == 0
    red, _, blue = turned.convert("RGB").getpixel((10, 5))
    assert red > 200 > blue  # the left (red) half is now on top


def test_a_png_loses_text_chunks_and_exif(tmp_path: Path) -> None:
    outcome = build_with(tmp_path, {"images/so-do.png": png()})
    assert outcome.swapped, errors(outcome)
    published = (tmp_path / "output/images/so-do.png").read_bytes()
    for chunk in (b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"iCCP", b"Nguyen"):
        assert chunk not in published
    image = Image.open(io.BytesIO(published))
    assert (image.format, image.mode, image.size) == ("PNG", "RGBA", (40, 20))


def test_a_text_pdf_about_no_child_is_published_as_it_is(tmp_path: Path) -> None:
    notice = pdf(["THONG BAO", "Le trao tang thiet bi ngay 20/10/2021 tai Phong GD&DT"])
    outcome = build_with(tmp_path, {"images/thong-bao.pdf": notice})
    assert outcome.swapped, errors(outcome)
    assert (tmp_path / "output/images/thong-bao.pdf").read_bytes() == notice


@pytest.mark.parametrize(
    ("written", "field"),
    [
        (f"Phụ huynh {GUARDIAN} phát biểu cảm ơn.", "guardian.name"),
        (f"Liên hệ gia đình em qua số {GUARDIAN_PHONE}.", "guardian.phone"),
        ("Em An ở 12 Đường Số Bảy Khu Phố Ba.", "student.address"),
        (f"Em {SHOWN_FULL} nhận máy tính bảng.", "student.full_name"),
    ],
)
def test_a_child_or_guardian_in_a_staff_page_is_an_error(
    tmp_path: Path, written: str, field: str
) -> None:
    page = f"Title: Lễ trao tặng\nDate: 2021-11-02\n\n{written}\n"
    outcome = build_with(tmp_path, {"tin-tuc/le-trao-tang.md": page})
    found = {f.field: f for f in outcome.findings if f.code == "LEAK-CONTENT-CHILD"}
    assert field in found
    assert {f.severity for f in found.values()} == {"error"}
    assert "/output/tin-tuc/" in found[field].path  # the page, or the news feed made from it
    assert "content/tin-tuc/le-trao-tang.md" in found[field].message()
    assert "tệp khác" in found[field].message()  # the news list and the feed: one finding
    assert not outcome.swapped
    said = everything_said(outcome)
    assert written.split(" ", 2)[2].rstrip(".") not in said  # never quotes the value


def test_a_bare_birth_date_in_a_staff_page_stays_a_warning(tmp_path: Path) -> None:
    page = "Title: Lịch\nDate: 2021-11-02\n\nBuổi họp ngày 04/03/2011 tại trường.\n"
    outcome = build_with(tmp_path, {"tin-tuc/lich.md": page})
    assert outcome.swapped, errors(outcome)
    assert [
        (f.code, f.severity, f.field) for f in outcome.findings if f.code.startswith("LEAK")
    ] == [("LEAK-CONTENT-PAGE", "warning", "student.birth_date")]
