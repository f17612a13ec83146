"""The leak guard on small synthetic output folders: every spelling caught, nothing quoted."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import unicodedata
import zipfile
from pathlib import Path
from urllib.parse import quote

import pytest

from attachments import pdf
from helpers import write
from minhbach.findings import Finding
from minhbach.guard import scan_output
from minhbach.guard.files import texts
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import Record, RecordSet
from minhbach.site.opendata_xlsx import workbook_bytes
from minhbach.text.fold import fold

SCHEMAS = SchemaSet.from_folder()
STUDENT = "Nguyễn Văn Đức"
GUARDIAN = "Trần Thị Mỹ Lệ"


def record(type_name: str, record_id: str, data: dict, folder: str = "") -> Record:
    path = f"records/{type_name}s/{folder}{record_id}.yaml"
    return Record(
        type_name, record_id, path, {"id": record_id, **data}, {}, folder.strip("/") or None
    )


NOMINATION = record(
    "nomination",
    "dx-7k3q9x",
    {
        "school": "th-phuoc-kien",
        "nominated_on": "2021-10-20",
        "student": {
            "full_name": STUDENT,
            "birth_date": "2015-10-05",
            "gender": "nam",
            "class": "5A",
            "grade": 5,
            "student_code": "7901234567",
            "address": "12 đường số 3, ấp 2, xã Phước Kiển",
        },
        "guardian": {"name": GUARDIAN, "relation": "mẹ", "phone": "0909 123 456"},
        "categories": ["mo-coi-cha"],
        "circumstances": "Cha mất vì Covid-19 tháng 8/2021, mẹ bán vé số.",
        "needs": [{"kind": "tablet", "quantity": 1}],
        "status": "da-duyet",
        "decision": {"date": "2021-11-01", "by": "Trưởng phòng", "document": "QĐ-12/2021"},
        "consent": {"guardian": True, "child": True},
        "lookup_code": "K7QH-3MXR-9TPB-HC4N",
        "note": "Hộ nghèo",
    },
    "th-phuoc-kien/",
)
SCHOOL = record(
    "school",
    "th-phuoc-kien",
    {
        "name": "Trường Tiểu học Phước Kiển",
        "level": "tieu-hoc",
        "commune": "phuoc-kien",
        "phone": "028 3873 1111",
        "address": "Ấp 1, xã Phước Kiển",
        "contact": {
            "name": "Phạm Thị Hồng Nhung",
            "role": "Giáo viên",
            "phone": "0912 345 678",
            "email": "nhung.pth@example.edu.vn",
        },
    },
)
HIDDEN_DONOR = record(
    "donor",
    "nt-4m8p2z",
    {
        "name": "Công ty TNHH Ánh Dương",
        "kind": "doanh-nghiep",
        "display": "anonymous",
        "show_value": False,
    },
)
DONATION = record(
    "donation",
    "tn-2021-001",
    {
        "donor": "nt-4m8p2z",
        "received_on": "2021-10-10",
        "received_by": "office",
        "document": "BB-01/2021",
        "items": [{"kind": "cash", "amount_vnd": 12500000}],
    },
)
RECORDS = RecordSet([SCHOOL, HIDDEN_DONOR, DONATION, NOMINATION])


def scan(output: Path, records: RecordSet = RECORDS, **options) -> list[Finding]:
    return scan_output(output, records, schemas=SCHEMAS, **options)


def page(body: str) -> str:
    return f"<!doctype html><html lang='vi'><body><main>{body}</main></body></html>"


def codes(findings: list[Finding]) -> list[tuple[str, str | None]]:
    return sorted((f.code, f.field) for f in findings)


NAME_SPELLINGS = {
    "nfc": unicodedata.normalize("NFC", STUDENT),
    "nfd": unicodedata.normalize("NFD", STUDENT),
    "no-diacritics": "Nguyen Van Duc",
    "upper-case": STUDENT.upper(),
    "slug": "<a href='/ho-tro/nguyen-van-duc/'>x</a>",
    "entities": "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in STUDENT),
    "named-entities": "Nguy&ecirc;n V&acirc;n &#x110;uc",
    "json-escaped": json.dumps({"t": STUDENT}),
    "url-encoded": f"<a href='/tim-kiem/?q={quote(STUDENT)}'>x</a>",
    "split-by-tags": "<b>Nguyễn</b>\n  <i>Văn</i> Đức",
    "soft-hyphen": "Nguy&shy;ễn Văn Đức",
    "attribute": '<img alt="Nguyễn Văn Đức" src=x.png>',
    "comment": "<!-- Nguyễn Văn Đức -->",
}


@pytest.mark.parametrize("spelling", NAME_SPELLINGS.values(), ids=NAME_SPELLINGS.keys())
def test_a_student_name_is_caught_in_every_spelling(tmp_path: Path, spelling: str) -> None:
    write(tmp_path, "out/ho-tro/index.html", page(spelling))
    findings = scan(tmp_path / "out")
    assert codes(findings) == [("LEAK-PRIVATE-VALUE", "student.full_name")]
    assert findings[0].path == str(tmp_path / "out/ho-tro/index.html")
    assert findings[0].related == (NOMINATION.path,)
    assert findings[0].severity == "error"


OTHER_SPELLINGS = {
    "birth-iso": ("2015-10-05", "student.birth_date"),
    "birth-dd/mm/yyyy": ("05/10/2015", "student.birth_date"),
    "birth-d/m/yyyy": ("5/10/2015", "student.birth_date"),
    "phone-spaced": ("0909 123 456", "guardian.phone"),
    "phone-dotted": ("0909.123.456", "guardian.phone"),
    "phone-international": ("+84 909 123 456", "guardian.phone"),
    "phone-84": ("84909123456", "guardian.phone"),
    "phone-in-link": ("<a href='tel:+84909123456'>gọi</a>", "guardian.phone"),
    "guardian-no-diacritics": ("tran thi my le", "guardian.name"),
    "student-code": ("Mã HS: 7901234567", "student.student_code"),
    "lookup-code": ("k7qh 3mxr 9tpb hc4n", "lookup_code"),
    "lookup-code-compact": ("K7QH3MXR9TPBHC4N", "lookup_code"),
    "address": ("12 Đường số 3, Ấp 2, Xã Phước Kiển", "student.address"),
    "circumstances": ("cha mat vi covid 19 thang 8 2021 me ban ve so", "circumstances"),
    "contact": ("Phạm Thị Hồng Nhung", "contact.name"),
    "contact-email": ("nhung.pth@example.edu.vn", "contact.email"),
    "anonymous-donor": ("Công ty TNHH Ánh Dương", "name"),
    "hidden-amount": ("12.500.000 ₫", "items[0].amount_vnd"),
    "hidden-amount-plain": ('{"amount": 12500000}', "items[0].amount_vnd"),
}


@pytest.mark.parametrize(("text", "field"), OTHER_SPELLINGS.values(), ids=OTHER_SPELLINGS.keys())
def test_every_kind_of_private_value_is_caught(tmp_path: Path, text: str, field: str) -> None:
    write(tmp_path, "out/index.html", page(text))
    assert codes(scan(tmp_path / "out")) == [("LEAK-PRIVATE-VALUE", field)]


def test_a_value_inside_a_gzip_file_is_caught(tmp_path: Path) -> None:
    fragment = json.dumps({"content": f"Em {STUDENT} lớp 5"}, ensure_ascii=True).encode()
    write(
        tmp_path,
        "out/pagefind/fragment/vi_1a2b3c.pf_fragment",
        gzip.compress(b"pagefind_dcd" + fragment),
    )
    findings = scan(tmp_path / "out")
    assert codes(findings) == [("LEAK-PRIVATE-VALUE", "student.full_name")]
    assert findings[0].path.endswith("vi_1a2b3c.pf_fragment")


def test_a_value_inside_a_zip_member_is_caught(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("ho-tro.csv", f"id,name\ndx-7k3q9x,{GUARDIAN}\n")
    write(tmp_path, "out/du-lieu/du-lieu.zip", buffer.getvalue())
    findings = scan(tmp_path / "out")
    assert codes(findings) == [("LEAK-PRIVATE-VALUE", "guardian.name")]
    assert findings[0].path.endswith("du-lieu.zip!/ho-tro.csv")
    assert findings[0].line == 2


def test_the_open_data_spreadsheet_is_published_and_searched_cell_by_cell(tmp_path: Path) -> None:
    sheet = workbook_bytes(
        "ho-tro",
        ["Mã", "Tên"],
        [["dx-7k3q9x", GUARDIAN]],
        day=dt.date(2022, 6, 30),
        title="Học sinh",
        author="Phòng",
    )
    write(tmp_path, "out/du-lieu/ho-tro.csv", "ma,ten\n")
    write(tmp_path, "out/du-lieu/ho-tro.xlsx", sheet)
    write(tmp_path, "out/du-lieu/khac.xlsx", sheet)  # no CSV beside it: not the open data's
    write(tmp_path, "out/ho-tro.xlsx", sheet)  # outside du-lieu/
    write(tmp_path, "out/du-lieu/ho-tro.csv.d/ho-tro.xlsx", sheet)
    found = {
        (f.code, Path(f.path).relative_to(tmp_path / "out").as_posix())
        for f in scan(tmp_path / "out")
    }
    assert found == {
        ("LEAK-PRIVATE-VALUE", "du-lieu/ho-tro.xlsx!/xl/worksheets/sheet1.xml"),
        ("LEAK-FORBIDDEN-FILE", "du-lieu/khac.xlsx"),
        ("LEAK-FORBIDDEN-FILE", "ho-tro.xlsx"),
        ("LEAK-FORBIDDEN-FILE", "du-lieu/ho-tro.csv.d/ho-tro.xlsx"),
    }


def test_the_spreadsheet_library_s_own_theme_is_not_searched() -> None:
    """At 100,000 students a donation's unit value (135.000 đồng) equalled a colour setting in
    openpyxl's default theme, and the guard refused every open-data workbook. Only a part equal
    to the library's own bytes is skipped: the same theme with a value in it is searched."""
    sheet = workbook_bytes(
        "ho-tro", ["Mã"], [["dx-7k3q9x"]], day=dt.date(2022, 6, 30), title="Học sinh", author="P"
    )
    with zipfile.ZipFile(io.BytesIO(sheet)) as archive:
        theme = archive.read("xl/theme/theme1.xml")
    assert b'<a:satMod val="135000"/>' in theme  # the coincidence: a SIM plan of 135.000 đồng
    shown = [text.shown for text in texts("ho-tro.xlsx", sheet)]
    assert "ho-tro.xlsx!/xl/worksheets/sheet1.xml" in shown
    assert not [path for path in shown if "theme" in path]
    edited = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(sheet)) as source, zipfile.ZipFile(edited, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/theme/theme1.xml":
                data = data.replace(b"Office Theme", GUARDIAN.encode())
            target.writestr(member, data)
    searched = {text.shown: text for text in texts("ho-tro.xlsx", edited.getvalue())}
    assert GUARDIAN in searched["ho-tro.xlsx!/xl/theme/theme1.xml"].text


def test_the_line_of_the_first_occurrence_is_given(tmp_path: Path) -> None:
    write(tmp_path, "out/index.html", "<p>a</p>\n<p>b</p>\n<p>Nguyen Van Duc</p>\n")
    assert [f.line for f in scan(tmp_path / "out")] == [3]


def test_public_and_short_values_are_not_searched(tmp_path: Path) -> None:
    # grade, school name, address and phone, masked name, class "5A", relation "mẹ", the decision's
    # signer and document, dates of events, and the note "Hộ nghèo" (the site's own category label).
    body = (
        "Trường Tiểu học Phước Kiển, Ấp 1, xã Phước Kiển, 028 3873 1111. N.V.Đ. khối 5, lớp 5A, mẹ. "
        "Trưởng phòng, QĐ-12/2021, 20/10/2021. Hộ nghèo: &lt; 5. Tập thể giáo viên."
    )
    write(tmp_path, "out/truong/th-phuoc-kien/index.html", page(body))
    assert scan(tmp_path / "out") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nguyễn Văn Đức Anh",  # at word boundaries: this is caught…
        "Nguyễn Văn Đứ",  # …but not a part of a word
        "Nguyễn Văn, Đỗ Đức",
        "Ông Đức đã đến. Cô Văn và ông Nguyễn cũng vậy.",
        "Trần Thị Mỹ",
        "0909 123 45",
        "112.500.000 ₫ và 12.500.000.000 ₫",
        "15/10/2015 và 05/10/2016",
        "Mã: K7QH-3MXR-9TPB",
    ],
)
def test_a_common_word_or_a_part_is_not_a_match(tmp_path: Path, text: str) -> None:
    write(tmp_path, "out/index.html", page(text))
    found = codes(scan(tmp_path / "out"))
    assert found == ([("LEAK-PRIVATE-VALUE", "student.full_name")] if text.endswith("Anh") else [])


def test_the_message_never_quotes_the_value(tmp_path: Path) -> None:
    values = [STUDENT, GUARDIAN, "0909 123 456", "05/10/2015", "K7QH-3MXR-9TPB-HC4N", "12.500.000"]
    write(tmp_path, "out/index.html", page(" | ".join(values)))
    findings = scan(tmp_path / "out")
    assert len(findings) == len(values)
    for item in findings:
        for lang in ("vi", "en"):
            message = fold(item.message(lang))
            assert item.field in item.message(lang)
            for value in values:
                assert fold(value) not in message
            assert "909123456" not in message.replace(" ", "").replace(".", "")


@pytest.mark.parametrize(
    "name",
    [
        "records.yaml",
        "nominations/x.yml",
        "bao-cao-ubnd-2022-06-30.docx",
        "danh-sach.xlsx",
        ".env",
        ".git/config",
        "pelicanconf.py",
        "index.html~",
        "reports/anything.pdf",
    ],
)
def test_files_that_should_never_be_public_are_refused(tmp_path: Path, name: str) -> None:
    write(tmp_path, f"out/{name}", "x")
    write(tmp_path, "out/.nojekyll", "")
    findings = scan(tmp_path / "out")
    assert [(f.code, f.path) for f in findings] == [
        ("LEAK-FORBIDDEN-FILE", str(tmp_path / "out" / name))
    ]


def test_a_file_named_like_an_internal_report_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "reports/doi-chieu.csv", "x")
    write(tmp_path, "out/du-lieu/doi-chieu.csv", "x")
    findings = scan(tmp_path / "out", reports_dir=tmp_path / "reports")
    assert codes(findings) == [("LEAK-FORBIDDEN-FILE", None)]


def test_a_damaged_gzip_file_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "out/pagefind/index/x.pf_index", gzip.compress(b"hello world")[:12])
    assert codes(scan(tmp_path / "out")) == [("LEAK-UNREADABLE-FILE", None)]


CONTACT = "Phạm Thị Hồng Nhung"  # a school's contact person: private, but not about a child


def test_a_match_in_a_page_written_from_content_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "out/le-trao-tang/index.html", page(f"Cô {CONTACT} phát biểu."))
    findings = scan(tmp_path / "out", content_outputs=[Path("le-trao-tang/index.html")])
    assert [(f.code, f.severity, f.field) for f in findings] == [
        ("LEAK-CONTENT-PAGE", "warning", "contact.name")
    ]


def test_a_value_staff_wrote_in_content_is_a_warning_naming_both(tmp_path: Path) -> None:
    write(
        tmp_path,
        "content/pages/le-trao-tang.md",
        f"Title: Lễ trao tặng\n\nCô {CONTACT} phát biểu.\n",
    )
    write(tmp_path, "out/tin-tuc/le-trao-tang/index.html", page(f"Cô {CONTACT} phát biểu."))
    findings = scan(tmp_path / "out", content_dir=tmp_path / "content")
    assert [(f.code, f.severity) for f in findings] == [("LEAK-CONTENT-PAGE", "warning")]
    assert findings[0].related == (SCHOOL.path, str(tmp_path / "content/pages/le-trao-tang.md"))


@pytest.mark.parametrize(
    ("written", "field"),
    [
        (f"Bà {GUARDIAN} phát biểu.", "guardian.name"),
        ("Gia đình em ở 12 đường số 3, ấp 2, xã Phước Kiển.", "student.address"),
        ("Gọi số 0909.123.456 để gặp gia đình.", "guardian.phone"),
        (f"Em {STUDENT.upper()} nhận máy.", "student.full_name"),
        ("Mã: K7QH3MXR9TPBHC4N", "lookup_code"),
    ],
)
def test_a_child_or_guardian_in_a_page_staff_wrote_is_an_error(
    tmp_path: Path, written: str, field: str
) -> None:
    write(tmp_path, "content/tin-tuc/le.md", f"Title: Lễ\n\n{written}\n")
    write(tmp_path, "out/tin-tuc/le/index.html", page(written))
    findings = scan(
        tmp_path / "out",
        content_dir=tmp_path / "content",
        content_outputs=[Path("tin-tuc/le/index.html")],
    )
    assert [(f.code, f.severity, f.field) for f in findings] == [
        ("LEAK-CONTENT-CHILD", "error", field)
    ]
    message = findings[0].message("vi")
    assert str(tmp_path / "content/tin-tuc/le.md") in message
    assert written.split(" ", 1)[1][:12] not in message


def test_a_birth_date_or_circumstances_in_a_staff_page_stay_warnings(tmp_path: Path) -> None:
    written = "Ngày 05/10/2015, Cha mất vì Covid-19 tháng 8/2021, mẹ bán vé số."
    write(tmp_path, "out/tin-tuc/le/index.html", page(written))
    findings = scan(tmp_path / "out", content_outputs=[Path("tin-tuc/le/index.html")])
    assert {(f.code, f.severity, f.field) for f in findings} == {
        ("LEAK-CONTENT-PAGE", "warning", "student.birth_date"),
        ("LEAK-CONTENT-PAGE", "warning", "circumstances"),
    }


def test_a_guardian_who_is_also_a_named_donor_stays_a_warning_in_a_staff_page(
    tmp_path: Path,
) -> None:
    named = record(
        "donor",
        "nt-9x2k4m",
        {"name": GUARDIAN, "kind": "ca-nhan", "display": "named", "show_value": True},
    )
    write(tmp_path, "out/tin-tuc/cam-on/index.html", page(f"Cảm ơn bà {GUARDIAN}."))
    findings = scan(
        tmp_path / "out",
        RecordSet([*RECORDS.records, named]),
        content_outputs=[Path("tin-tuc/cam-on/index.html")],
    )
    assert [(f.code, f.severity) for f in findings] == [("LEAK-CONTENT-PAGE", "warning")]


def test_a_pdf_is_searched_by_its_text(tmp_path: Path) -> None:
    write(tmp_path, "out/images/qd.pdf", pdf(["1. Nguyen Van Duc"], metadata={"/Author": CONTACT}))
    assert codes(scan(tmp_path / "out")) == [
        ("LEAK-PRIVATE-VALUE", "contact.name"),
        ("LEAK-PRIVATE-VALUE", "student.full_name"),
    ]


def test_a_damaged_pdf_is_unreadable_not_clean(tmp_path: Path) -> None:
    write(tmp_path, "out/images/qd.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    assert codes(scan(tmp_path / "out")) == [("LEAK-UNREADABLE-FILE", None)]


def test_a_value_also_public_in_another_record_is_a_warning_naming_both(tmp_path: Path) -> None:
    named = record(
        "donor",
        "nt-9x2k4m",
        {"name": GUARDIAN, "kind": "ca-nhan", "display": "named", "show_value": True},
    )
    write(tmp_path, "out/nha-tai-tro/nt-9x2k4m/index.html", page(f"Nhà tài trợ: {GUARDIAN}"))
    findings = scan(tmp_path / "out", RecordSet([*RECORDS.records, named]))
    assert [(f.code, f.severity, f.field) for f in findings] == [
        ("LEAK-ALSO-PUBLIC", "warning", "guardian.name")
    ]
    assert findings[0].related == (NOMINATION.path, named.path)
    assert named.path in findings[0].message("vi")


def test_a_contact_phone_that_is_the_schools_official_phone_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "out/truong/th-phuoc-kien/index.html", page("ĐT: 028.3873.1111"))
    assert codes(scan(tmp_path / "out")) == []  # the official phone itself is public…
    school = record(
        "school",
        "th-phuoc-kien",
        {**SCHOOL.data, "contact": {"name": "Lê Văn Tám", "phone": "028 3873 1111"}},
    )
    findings = scan(tmp_path / "out", RecordSet([school, HIDDEN_DONOR, DONATION, NOMINATION]))
    assert [(f.code, f.severity, f.field) for f in findings] == [
        ("LEAK-ALSO-PUBLIC", "warning", "contact.phone")
    ]
    assert findings[0].related == (school.path,)  # …and a contact who shares it is a warning


def test_settings_texts_are_not_searched(tmp_path: Path) -> None:
    write(tmp_path, "out/index.html", page("Liên hệ: Phạm Thị Hồng Nhung, Phòng GD&ĐT"))
    assert codes(scan(tmp_path / "out")) == [("LEAK-PRIVATE-VALUE", "contact.name")]
    assert scan(tmp_path / "out", public_texts=["Trưởng phòng: Phạm Thị Hồng Nhung"]) == []


def test_a_value_shared_by_many_records_is_one_finding_per_file(tmp_path: Path) -> None:
    siblings = [
        record("nomination", f"dx-{n}", {**NOMINATION.data, "lookup_code": None}, "th-phuoc-kien/")
        for n in range(3)
    ]
    write(tmp_path, "out/index.html", page(GUARDIAN))
    findings = scan(tmp_path / "out", RecordSet([*RECORDS.records, *siblings]))
    assert len(findings) == 1
    assert len(findings[0].related) == 4
    assert "3 hồ sơ khác" in findings[0].message("vi")


def test_a_value_in_a_file_or_folder_name_is_caught(tmp_path: Path) -> None:
    write(tmp_path, "out/ho-tro/nguyen-van-duc/index.html", page("N.V.Đ."))
    findings = scan(tmp_path / "out")
    assert [(f.code, f.field, f.line) for f in findings] == [
        ("LEAK-PRIVATE-VALUE", "student.full_name", 1)
    ]


def test_a_linked_folder_is_refused_and_not_followed(tmp_path: Path) -> None:
    write(tmp_path, "records/nominations/x.yaml", f"name: {STUDENT}\n")
    write(tmp_path, "out/index.html", page("x"))
    write(tmp_path, "out/.well-known/security.txt", "Contact: mailto:phong@example.gov.vn\n")
    (tmp_path / "out/du-lieu").symlink_to(tmp_path / "records")
    assert [(f.code, f.path) for f in scan(tmp_path / "out")] == [
        ("LEAK-FORBIDDEN-FILE", str(tmp_path / "out/du-lieu"))
    ]


def test_a_missing_output_folder_is_not_a_clean_scan(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        scan(tmp_path / "no-output")


def test_a_warning_is_given_once_per_value_with_a_count_of_files(tmp_path: Path) -> None:
    for n in range(3):
        write(tmp_path, f"out/tin-tuc/bai-{n}/index.html", page(f"Cô {CONTACT}"))
    findings = scan(
        tmp_path / "out", content_outputs=[Path(f"tin-tuc/bai-{n}/index.html") for n in range(3)]
    )
    assert [(f.code, f.path) for f in findings] == [
        ("LEAK-CONTENT-PAGE", str(tmp_path / "out/tin-tuc/bai-0/index.html"))
    ]
    assert "còn có ở 2 tệp khác" in findings[0].message("vi")
    write(tmp_path, "out/ho-tro/index.html", page(CONTACT))  # errors stay one per file
    assert codes(scan(tmp_path / "out"))[-1] == ("LEAK-PRIVATE-VALUE", "contact.name")
    assert len(scan(tmp_path / "out")) == 4


NAMED_DONOR = record(
    "donor",
    "dn-truong-duc",
    {
        "name": "Công ty Cổ phần Trường Đức",
        "kind": "doanh-nghiep",
        "display": "named",
        "show_value": True,
    },
)
NAMESAKE = record(
    "nomination",
    "dx-9b3c5d",
    {
        **{k: v for k, v in NOMINATION.data.items() if k != "id"},
        "guardian": {"name": "Trương Đức Minh", "relation": "cha"},
    },
    "th-phuoc-kien/",
)


def test_a_name_made_of_a_public_name_and_the_next_word_is_only_a_warning(tmp_path: Path) -> None:
    """'…Trường Đức' + 'Minh Bạch' reads 'Trương Đức Minh': a coincidence, flagged for a look."""
    records = RecordSet([SCHOOL, NAMED_DONOR, NAMESAKE])
    write(
        tmp_path,
        "out/nha-tai-tro/dn-truong-duc/index.html",
        page("<h1>Công ty Cổ phần Trường Đức – Minh Bạch</h1>"),
    )
    findings = scan(tmp_path / "out", records, public_texts=["Minh Bạch"])
    assert codes(findings) == [("LEAK-NEXT-TO-PUBLIC", "guardian.name")]
    assert findings[0].severity == "warning"


def test_the_same_name_printed_on_its_own_is_an_error(tmp_path: Path) -> None:
    records = RecordSet([SCHOOL, NAMED_DONOR, NAMESAKE])
    write(
        tmp_path,
        "out/ho-tro/index.html",
        page("<p>Người nhận: Trương Đức Minh</p><p>Công ty Cổ phần Trường Đức</p>"),
    )
    assert ("LEAK-PRIVATE-VALUE", "guardian.name") in codes(scan(tmp_path / "out", records))


def test_a_private_value_holding_a_whole_public_name_is_still_an_error(tmp_path: Path) -> None:
    write(tmp_path, "out/ho-tro/index.html", page("<p>12 đường số 3, ấp 2, Xã Phước Kiển</p>"))
    assert codes(scan(tmp_path / "out")) == [("LEAK-PRIVATE-VALUE", "student.address")]


def test_a_sealed_lookup_file_is_not_read_but_a_plain_one_is(tmp_path: Path) -> None:
    """Ciphertext holds random digits (one run matched a phone at 100,000 students): not text."""
    sealed = (
        '{"v":1,"iv":"psZdmnnFdc7qNZWl","ct":"ab0909123456cdQH6Sgaqupk4bcDOOn0V8nd4leoLgLKkqw=="}'
    )
    write(tmp_path, "out/tra-cuu/c/" + "a" * 64 + ".json", sealed)
    assert scan(tmp_path / "out") == []
    write(
        tmp_path,
        "out/tra-cuu/c/" + "b" * 64 + ".json",
        '{"v":1,"school":"x","phone":"0909 123 456"}',
    )
    assert codes(scan(tmp_path / "out")) == [("LEAK-PRIVATE-VALUE", "guardian.phone")]


def test_a_digest_file_name_is_not_searched(tmp_path: Path) -> None:
    """A lookup file's 64-hex name held a phone's ten digits by chance at 100,000 students."""
    name = "42e1c454331a39e57c80fbb64b9" + "0909123456" + "d5a41862caf2d775a41862caf2d"
    assert len(name) == 64
    write(tmp_path, f"out/tra-cuu/c/{name}.json", '{"v":1,"iv":"psZdmnnFdc7qNZWl","ct":"YWJj"}')
    assert scan(tmp_path / "out") == []
    write(tmp_path, "out/0909123456/index.html", page("x"))
    assert codes(scan(tmp_path / "out")) == [("LEAK-PRIVATE-VALUE", "guardian.phone")]
