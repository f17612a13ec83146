"""The verdict on each file Pelican would copy from content/: clean it, keep it, or refuse it."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from attachments import jpeg, pdf
from minhbach.site.attachments import Verdict, vet


def codes(verdict) -> list[tuple[str, str]]:
    return [(p.code, p.severity) for p in verdict.problems]


def test_a_photo_is_replaced_by_its_cleaned_pixels() -> None:
    verdict = vet("le-trao.JPG", jpeg())
    assert verdict.problems == ()
    assert not verdict.as_it_is
    assert Image.open(io.BytesIO(verdict.cleaned)).format == "JPEG"
    assert b"Exif" not in verdict.cleaned


def test_a_text_pdf_is_kept_as_it_is() -> None:
    verdict = vet("thong-bao.pdf", pdf(["Thong bao"]))
    assert (verdict.as_it_is, verdict.cleaned, verdict.problems) == (True, None, ())


def test_a_pdf_with_a_picture_is_kept_with_a_warning_naming_the_page() -> None:
    data = pdf(["Quyet dinh"], ["Trang hai"])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(["Quyet dinh"], None))))
    writer.pages[1].merge_page(PdfReader(io.BytesIO(data)).pages[1])  # text over the picture
    out = io.BytesIO()
    writer.write(out)
    verdict = vet("qd.pdf", out.getvalue())
    assert verdict.as_it_is
    assert codes(verdict) == [("SITE-PDF-PICTURES", "warning")]
    assert verdict.problems[0].params["pages"].vi == "trang 2"


def test_a_pdf_with_an_embedded_file_is_refused() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(["Thong bao"]))))
    writer.add_attachment("danh-sach.xlsx", b"PK\x03\x04")
    out = io.BytesIO()
    writer.write(out)
    verdict = vet("tb.pdf", out.getvalue())
    assert codes(verdict) == [("SITE-PDF-EMBEDDED-FILE", "error")]
    assert not verdict.as_it_is


def test_a_pdf_of_scanned_pages_is_refused_naming_them() -> None:
    verdict = vet("bb.pdf", pdf(None, ["Chu ky"], None))
    assert codes(verdict) == [("SITE-PDF-NO-TEXT", "error")]
    assert verdict.problems[0].params["pages"].vi == "trang 1, 3"
    assert not verdict.as_it_is


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("index.html", "SITE-FILE-REFUSED"),
        ("ma.js", "SITE-FILE-REFUSED"),
        ("bang.xlsx", "SITE-FILE-REFUSED"),
        ("bao-cao.docx", "SITE-FILE-REFUSED"),
        ("README", "SITE-FILE-REFUSED"),
        ("logo.svg", "SITE-IMAGE-REFUSED"),
        ("dong.gif", "SITE-IMAGE-REFUSED"),
        ("iphone.HEIC", "SITE-IMAGE-REFUSED"),
        ("gia.pdf", "SITE-PDF-UNREADABLE"),
    ],
)
def test_anything_else_is_refused(name: str, code: str) -> None:
    verdict = vet(name, b"<script>alert(1)</script>")
    assert codes(verdict) == [(code, "error")]
    assert verdict.cleaned is None
    assert not verdict.as_it_is


@pytest.mark.parametrize("name", ["Thumbs.db", "desktop.ini"])
def test_files_windows_writes_by_itself_are_left_out_silently(name: str) -> None:
    assert vet(name, b"\xd0\xcf\x11\xe0") == Verdict()
