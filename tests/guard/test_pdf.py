"""Reading a PDF for the guard: pages, metadata, notes, fields, bookmarks, earlier revisions."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Text as Note
from pypdf.generic import DecodedStreamObject, NameObject

from attachments import pdf, pdf_revised
from minhbach.guard.pdf import PdfError, looks_like_pdf, read_pdf
from minhbach.text.fold import fold_letters as fold


def rewritten(data: bytes, change) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_text_of_each_page_is_read_from_compressed_streams() -> None:
    data = pdf(["Danh sach", "Nguyen Van An"], ["Trang hai"])
    assert b"Nguyen" not in data
    text = read_pdf(data)
    assert [page.split() for page in text.pages] == [
        ["Danh", "sach", "Nguyen", "Van", "An"],
        ["Trang", "hai"],
    ]
    assert text.pages_without_text() == []
    assert "Nguyen Van An" in text.everything()


def test_metadata_is_read() -> None:
    text = read_pdf(pdf(["x"], metadata={"/Author": "Nguyen Van An", "/Keywords": "0909123456"}))
    assert "Nguyen Van An" in text.everything()
    assert "0909123456" in text.everything()


def test_xmp_metadata_is_read() -> None:
    def add_xmp(writer: PdfWriter) -> None:
        stream = DecodedStreamObject()
        stream.set_data(b"<x:xmpmeta><dc:creator>Nguyen Van An</dc:creator></x:xmpmeta>")
        writer._root_object[NameObject("/Metadata")] = writer._add_object(stream.flate_encode())

    assert "Nguyen Van An" in read_pdf(rewritten(pdf(["x"]), add_xmp)).everything()


def test_a_sticky_note_and_a_bookmark_are_read() -> None:
    def annotate(writer: PdfWriter) -> None:
        writer.add_annotation(0, Note(rect=(50, 550, 200, 650), text="goi me em An 0909123456"))
        writer.add_outline_item(title="Danh sach em Nguyen Van An", page_number=0)

    text = read_pdf(rewritten(pdf(["Thong bao"]), annotate))
    assert "0909123456" in text.everything()
    assert "Nguyen Van An" in text.everything()


def test_an_earlier_revision_is_read_too() -> None:
    data = pdf_revised(["Nguyen Van An"], ["Da xoa"])
    text = read_pdf(data)
    assert [page.strip() for page in text.pages] == ["Da xoa"]
    assert "Nguyen Van An" in text.everything()


def test_scanned_pages_and_pictures_are_told_apart() -> None:
    text = read_pdf(pdf(["Co chu"], None, ["   "]))
    assert text.pages_without_text() == [2, 3]
    assert text.pages_with_pictures == (2,)


def test_embedded_files_are_counted() -> None:
    def attach(writer: PdfWriter) -> None:
        writer.add_attachment("danh-sach.csv", b"Nguyen Van An,0909123456\n")

    assert read_pdf(rewritten(pdf(["x"]), attach)).embedded_files == 1


def test_a_pdf_locked_by_a_password_cannot_be_read() -> None:
    def lock(writer: PdfWriter) -> None:
        writer.encrypt(user_password="mat-khau", owner_password="chu", algorithm="AES-128")

    with pytest.raises(PdfError):
        read_pdf(rewritten(pdf(["Nguyen Van An"]), lock))


def test_a_pdf_protected_only_against_editing_is_read() -> None:
    def protect(writer: PdfWriter) -> None:
        writer.encrypt(user_password="", owner_password="chu", algorithm="AES-128")

    assert "Nguyen Van An" in read_pdf(rewritten(pdf(["Nguyen Van An"]), protect)).everything()


@pytest.mark.parametrize("data", [b"%PDF-1.7\n", b"%PDF-1.4\n1 0 obj << /Type /Catalog", b""])
def test_a_damaged_pdf_is_an_error(data: bytes) -> None:
    with pytest.raises(PdfError):
        read_pdf(data)


def test_what_looks_like_a_pdf() -> None:
    assert looks_like_pdf(b"%PDF-1.7\n...")
    assert looks_like_pdf(b"\n\n%PDF-1.7", "qd.PDF")
    assert not looks_like_pdf(b"<p>Xuat ra %PDF-1.7</p>", "huong-dan.html")


def test_a_vietnamese_document_saved_as_pdf_by_an_office_suite_is_read(tmp_path: Path) -> None:
    """Real fonts (subset, Unicode maps) and a table, as Word or LibreOffice write them."""
    assert shutil.which("soffice"), "LibreOffice is missing: run `make test` (it installs it)"
    document = docx.Document()
    document.add_paragraph("QUYẾT ĐỊNH phê duyệt danh sách học sinh được hỗ trợ")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(
        table.rows[0].cells, ("Nguyễn Văn Ánh", "Hồ Thị Giám Hộ", "0909 123 401"), strict=True
    ):
        cell.text = text
    document.save(tmp_path / "qd.docx")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "qd.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    text = read_pdf((tmp_path / "qd.pdf").read_bytes())
    assert text.pages_without_text() == []
    folded = " ".join(fold(text.everything()).split())
    assert "nguyen van anh ho thi giam ho 0909 123 401" in folded
