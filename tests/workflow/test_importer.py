"""The import on real files: .xlsx written with openpyxl, CSV in each encoding; results validated."""

from __future__ import annotations

import datetime as dt
import time
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from helpers import write
from minhbach.checks.context import CheckContext
from minhbach.records.schemas import SchemaSet
from minhbach.validation import validate_folder
from minhbach.workflow.batch import write_all as _write_all
from minhbach.workflow.importer import UnknownSchool, import_file
from minhbach.workflow.readers import decode_csv
from minhbach.workflow.xlsx_template import write_template
from workflow.sheets import HEADER, nominations, school_folder, student_row, write_xlsx

TODAY = dt.date(2022, 1, 10)


def run_import(source: Path, folder: Path, **options: object):
    return import_file(source, folder, "th-an-phu", today=TODAY, **options)


def assert_valid(folder: Path) -> None:
    result = validate_folder(folder, CheckContext(as_of=dt.date(2022, 6, 30)))
    assert result.findings.errors == 0, [f.message() for f in result.findings.items]


def test_simple_list_becomes_valid_nominations(tmp_path: Path) -> None:
    folder = school_folder(tmp_path / "records")
    source = write_xlsx(
        tmp_path / "ds.xlsx", [student_row(1, phone=909123456), student_row(2, gender="Nữ")]
    )
    result = run_import(source, folder)
    assert result.ok
    assert result.written
    assert [r.status for r in result.rows] == ["created", "created"]
    files = nominations(folder)
    assert len(files) == 2
    texts = " ".join(p.read_text(encoding="utf-8") for p in files)
    assert "phone: 0909123456" in texts  # a number in Excel, text with its 0 in the record
    assert "birth_date: 2012-05-03" in texts
    assert "status: de-xuat" in texts
    assert "guardian: false" in texts
    assert "demo" not in texts
    assert all(p.parent.name == "th-an-phu" and p.stem.startswith("dx-") for p in files)
    assert_valid(folder)


def test_a_schools_own_layout(tmp_path: Path) -> None:
    """Title rows, a two-row header with merged cells, STT, a class merged down, a blank row,
    a footer, a 'Nữ' column marked with x, and a column the software does not know."""
    folder = school_folder(tmp_path / "records")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "PHÒNG GD&ĐT HUYỆN NHÀ BÈ"
    sheet.merge_cells("A1:J1")
    sheet["A2"] = "DANH SÁCH HỌC SINH ĐỀ XUẤT HỖ TRỢ THIẾT BỊ HỌC TRỰC TUYẾN"
    sheet.merge_cells("A2:J2")
    headers = [
        "STT",
        "HỌ VÀ TÊN",
        "NGÀY SINH",
        "NỮ",
        "LỚP",
        "Cha/mẹ/người giám hộ",
        None,
        "ĐỐI TƯỢNG",
        "NHU CẦU",
        "Sở thích",
    ]
    for column, text in enumerate(headers, start=1):
        sheet.cell(4, column, text)
    sheet.merge_cells("F4:G4")
    sheet.cell(5, 6, "Họ tên")
    sheet.cell(5, 7, "SĐT")
    for letter in "ABCDEHIJ":
        sheet.merge_cells(f"{letter}4:{letter}5")
    rows = [
        [
            1,
            "Lê Thị Hoa",
            "3/5/2012",
            "x",
            "5A",
            "Lê Văn Tám",
            909111222,
            "Mồ côi cha",
            "Máy tính bảng",
            "vẽ",
        ],
        [
            2,
            "Phạm Văn Nam",
            dt.datetime(2012, 7, 1),
            None,
            None,
            "Phạm Thị Lan",
            "0909 333 444",
            "Hộ nghèo",
            "1 laptop",
            None,
        ],
        [None] * 10,
        [
            3,
            "Võ Văn Bình",
            "15/09/2011",
            None,
            "4B",
            "Võ Thị Mai",
            None,
            "HCKK",
            "điện thoại",
            None,
        ],
    ]
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            sheet.cell(6 + offset, column, value)
    sheet.merge_cells("E6:E7")  # 5A for the first two students
    sheet.cell(11, 1, "Tổng cộng: 3 học sinh")
    sheet.cell(13, 6, "Người lập biểu")
    source = tmp_path / "truong.xlsx"
    book.save(source)

    result = run_import(source, folder)
    assert result.ok, [(r.row, [f.message() for f in r.findings]) for r in result.rows]
    assert result.header_row == 4
    assert [(r.row, r.status) for r in result.rows] == [
        (6, "created"),
        (7, "created"),
        (9, "created"),
    ]
    assert result.unused_headers == ["Sở thích"]
    records = {p.read_text(encoding="utf-8") for p in nominations(folder)}
    hoa = next(t for t in records if "Lê Thị Hoa" in t)
    assert "gender: nu" in hoa
    assert "class: 5A" in hoa
    assert "phone: 0909111222" in hoa
    assert "name: Lê Văn Tám" in hoa
    nam = next(t for t in records if "Phạm Văn Nam" in t)
    assert "class: 5A" in nam
    assert "gender: nam" in nam
    assert "phone: 0909333444" in nam  # one spelling per number (issue 16)
    assert_valid(folder)


def test_any_row_error_writes_nothing(tmp_path: Path) -> None:
    folder = school_folder(tmp_path / "records")
    rows = [
        student_row(1),
        student_row(2, birth=None),
        student_row(3, birth="03-05-12"),
        student_row(4, phone="12345"),
    ]
    result = run_import(write_xlsx(tmp_path / "ds.xlsx", rows, title_rows=2), folder)
    assert not result.ok
    assert not result.written
    assert nominations(folder) == []
    errors = {r.row: [f.code for f in r.findings] for r in result.rows if r.status == "error"}
    assert errors == {
        5: ["IMPORT-MISSING-VALUE"],
        6: ["IMPORT-DATE-TWO-DIGIT-YEAR"],
        7: ["IMPORT-PHONE"],
    }
    missing = next(r for r in result.rows if r.row == 5).findings[0]
    assert missing.field == "student.birth_date"
    assert missing.column == 3


def test_formula_without_a_cached_value_is_a_row_error(tmp_path: Path) -> None:
    folder = school_folder(tmp_path / "records")
    source = write_xlsx(
        tmp_path / "ds.xlsx", [student_row(1), student_row(2, **{"class": '=CONCAT("5","A")'})]
    )
    result = run_import(
        source, folder
    )  # openpyxl never calculates: the formula has no cached value
    assert not result.ok
    bad = next(r for r in result.rows if r.status == "error")
    assert bad.row == 3
    assert [f.code for f in bad.findings] == ["IMPORT-FORMULA"]


def test_validator_errors_are_reported_by_row(tmp_path: Path) -> None:
    folder = school_folder(tmp_path / "records")
    source = write_xlsx(
        tmp_path / "ds.xlsx", [student_row(1, code="ab")]
    )  # too short for the schema
    result = run_import(source, folder)
    assert not result.ok
    assert nominations(folder) == []
    finding = result.rows[0].findings[0]
    assert finding.field == "student.student_code"
    assert finding.line == 2
    assert finding.column == 6


def test_duplicates_are_skipped_not_errors(tmp_path: Path) -> None:
    folder = school_folder(tmp_path / "records")
    first = write_xlsx(tmp_path / "dot1.xlsx", [student_row(1), student_row(2)])
    assert run_import(first, folder).written
    # Row 1 again (same code), row 2 with no code but same name and birth date, a new child twice.
    again = [student_row(1), student_row(2, code=None), student_row(3), student_row(3)]
    result = run_import(write_xlsx(tmp_path / "dot2.xlsx", again), folder)
    assert result.ok
    assert [r.status for r in result.rows] == ["skipped", "skipped", "created", "skipped"]
    assert [f.code for r in result.rows for f in r.findings] == [
        "IMPORT-ALREADY-NOMINATED",
        "IMPORT-ALREADY-NOMINATED",
        "IMPORT-DUPLICATE-ROW",
    ]
    assert len(nominations(folder)) == 3
    assert_valid(folder)


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    folder = school_folder(tmp_path / "records")
    result = run_import(write_xlsx(tmp_path / "ds.xlsx", [student_row(1)]), folder, dry_run=True)
    assert result.ok
    assert not result.written
    assert nominations(folder) == []


def test_unknown_school(tmp_path: Path) -> None:
    folder = school_folder(tmp_path / "records")
    with pytest.raises(UnknownSchool):
        import_file(
            write_xlsx(tmp_path / "ds.xlsx", [student_row(1)]), folder, "th-khong-co", today=TODAY
        )


def test_missing_columns_are_named(tmp_path: Path) -> None:
    folder = school_folder(tmp_path / "records")
    source = write_xlsx(
        tmp_path / "ds.xlsx", [["1", "An", "3/5/2012"]], header=["STT", "Họ tên", "Ngày sinh"]
    )
    result = run_import(source, folder)
    assert not result.ok
    assert {f.field for f in result.file_findings} >= {
        "student.class",
        "guardian.name",
        "needs",
        "categories",
    }


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: a base letter precomposed where the code page has it (ô, ư),
    the tone as a combining mark."""
    out = b""
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        for mark in list(marks):
            joined = unicodedata.normalize("NFC", base + mark)
            if len(joined) == 1 and joined.encode("cp1258", errors="ignore"):
                base = joined
                marks.remove(mark)
        out += (base + "".join(marks)).encode("cp1258")
    return out


CSV_TEXT = (
    "STT,Họ và tên,Ngày sinh,Giới tính,Lớp,Họ tên cha/mẹ/người giám hộ,Số điện thoại,Đối tượng,Nhu cầu\n"
    "1,Nguyễn Thị Ánh Tuyết,03/05/2012,Nữ,5A,Đặng Văn Lữ,0909123456,Mồ côi cha,Máy tính bảng\n"
)


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", CSV_TEXT.encode("utf-8")),
        ("utf-8-sig", CSV_TEXT.encode("utf-8-sig")),
        ("utf-16", CSV_TEXT.encode("utf-16")),
        ("cp1258", cp1258(CSV_TEXT)),
        ("utf-8", CSV_TEXT.replace(",", ";").encode("utf-8")),
    ],
)
def test_csv_in_each_encoding(tmp_path: Path, encoding: str, data: bytes) -> None:
    assert decode_csv(data)[1] == encoding
    folder = school_folder(tmp_path / "records")
    source = write(tmp_path, "ds.csv", data)
    result = run_import(source, folder)
    assert result.ok, [f.message() for r in result.rows for f in r.findings]
    text = nominations(folder)[0].read_text(encoding="utf-8")
    assert "full_name: Nguyễn Thị Ánh Tuyết" in text
    assert "name: Đặng Văn Lữ" in text
    assert unicodedata.is_normalized("NFC", text)
    assert "phone: 0909123456" in text
    assert_valid(folder)


def test_five_thousand_rows_in_seconds(tmp_path: Path) -> None:
    folder = school_folder(tmp_path / "records")
    lines = [",".join(HEADER)]
    lines += [
        f"{i},Học Sinh Số {i},{1 + i % 28}/{1 + i % 12}/2011,{'Nam' if i % 2 else 'Nữ'},{1 + i % 9}A,"
        f"{7900000000 + i},Phụ Huynh {i},0909{i:06d},Hộ nghèo,Máy tính bảng"
        for i in range(5000)
    ]
    source = write(tmp_path, "lon.csv", "\n".join(lines) + "\n")
    started = time.perf_counter()
    result = run_import(source, folder, schemas=SchemaSet.from_folder())
    elapsed = time.perf_counter() - started
    assert result.ok
    assert result.count("created") == 5000
    assert len(nominations(folder)) == 5000
    assert elapsed < 20, f"5.000 dòng mất {elapsed:.1f} giây"


def test_files_are_placed_all_or_none(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    write(folder, "nominations/th-an-phu/dx-2.yaml", "id: dx-2\n")
    files = [
        ("nominations/th-an-phu/dx-1.yaml", "id: dx-1\n"),
        ("nominations/th-an-phu/dx-2.yaml", "id: khac\n"),
    ]
    with pytest.raises(FileExistsError):
        _write_all(folder, files)
    assert not (folder / "nominations/th-an-phu/dx-1.yaml").exists()  # rolled back
    assert (
        folder / "nominations/th-an-phu/dx-2.yaml"
    ).read_text() == "id: dx-2\n"  # never overwritten
    assert [p.name for p in folder.iterdir()] == ["nominations"]  # no staging folder left


def test_the_template_filled_in_imports(tmp_path: Path) -> None:
    folder = school_folder(tmp_path / "records")
    template = tmp_path / "mau.xlsx"
    write_template(template)
    book = openpyxl.load_workbook(template)
    assert book.sheetnames == ["Danh sách", "Hướng dẫn"]
    sheet = book["Danh sách"]
    assert sheet["C2"].number_format == "@"  # birth dates typed as text stay as typed
    sheet.append(
        [
            1,
            "Trần Văn Lộc",
            "01/02/2013",
            "Nam",
            "3C",
            "7901112223",
            "",
            "Trần Thị Thu",
            "mẹ",
            "0912345678",
            "Mồ côi cha",
            "",
            "1 máy tính bảng, 1 SIM 4G",
            "Có",
            "",
            "",
            "",
        ]
    )
    book.save(template)
    result = run_import(template, folder)
    assert result.ok
    assert result.count("created") == 1
    text = nominations(folder)[0].read_text(encoding="utf-8")
    assert "relation: mẹ" in text
    assert "guardian: true" in text
    assert "kind: sim-data" in text
    assert_valid(folder)
