"""``minhbach import``: the real command on a real .xlsx and CSV, its report and exit codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from helpers import run_minhbach, write, xlsx_cells
from workflow.sheets import inflating_workbook, sheet_xml, with_member

SCHOOL = """
id: th-an-phu
name: Trường Tiểu học An Phú
level: tieu-hoc
commune: phuoc-kien
"""
HEADER = [
    "STT",
    "Họ tên",
    "Ngày sinh",
    "Giới tính",
    "Lớp",
    "Họ tên cha/mẹ/người giám hộ",
    "SĐT",
    "Đối tượng",
    "Nhu cầu",
]


def sheet(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["DANH SÁCH ĐỀ XUẤT"])
    book.active.append(HEADER)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def row(number: int, birth: object = dt.datetime(2012, 5, 3)) -> list[object]:
    return [
        number,
        f"Lê Văn Số {number}",
        birth,
        "Nam",
        "5A",
        "Lê Thị Hạnh",
        909123456,
        "Hộ nghèo",
        "Máy tính bảng",
    ]


def test_import_writes_and_reports_each_row(tmp_path: Path, records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    source = sheet(tmp_path / "ds.xlsx", [row(1), row(2), row(1)])
    done = _import(records, source)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Dòng 3: đã tạo ")
    assert lines[1].startswith("Dòng 4: đã tạo ")
    assert lines[2].startswith("Dòng 5: bỏ qua IMPORT-DUPLICATE-ROW")
    assert "Lê Văn" not in done.stdout + done.stderr  # the report never prints a name
    assert len(list((records / "nominations/th-an-phu").glob("*.yaml"))) == 2
    assert (
        run_minhbach("validate", "--records", str(records), "--as-of", "2022-06-30").returncode == 0
    )


def test_a_row_error_exits_1_and_writes_nothing(tmp_path: Path, records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    source = sheet(tmp_path / "ds.xlsx", [row(1), row(2, birth=None)])
    done = run_minhbach("import", str(source), "--school", "th-an-phu", "--records", str(records))
    assert done.returncode == 1
    assert "Dòng 4 (cột “Ngày sinh”): lỗi IMPORT-MISSING-VALUE" in done.stdout
    assert "Không ghi tệp nào" in done.stderr
    assert not (records / "nominations").exists()


def test_dry_run(tmp_path: Path, records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    source = write(
        tmp_path,
        "ds.csv",
        "\ufeff"
        + ",".join(HEADER)
        + "\n1,Lê Văn A,3/5/2012,Nam,5A,Lê B,0909123456,Hộ nghèo,laptop\n",
    )
    done = run_minhbach(
        "import", str(source), "--school", "th-an-phu", "--records", str(records), "--dry-run"
    )
    assert done.returncode == 0, done.stderr
    assert "sẽ tạo" in done.stdout
    assert "utf-8-sig" in done.stderr
    assert not (records / "nominations").exists()


def test_bad_usage(tmp_path: Path, records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    source = sheet(tmp_path / "ds.xlsx", [row(1)])
    unknown = run_minhbach(
        "import", str(source), "--school", "th-an-phuu", "--records", str(records)
    )
    assert unknown.returncode == 2
    assert "th-an-phu" in unknown.stderr  # the suggestion
    assert run_minhbach("import", str(source), "--records", str(records)).returncode == 2
    old = write(tmp_path, "cu.xls", b"\xd0\xcf\x11\xe0")
    done = run_minhbach("import", str(old), "--school", "th-an-phu", "--records", str(records))
    assert done.returncode == 2
    assert ".xlsx" in done.stderr


def test_template(tmp_path: Path) -> None:
    out = tmp_path / "mau.xlsx"
    done = run_minhbach("import", "--template", str(out))
    assert done.returncode == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Danh sách", "Hướng dẫn"]
    assert [c.value for c in book["Danh sách"][1]][:3] == ["STT", "Họ và tên", "Ngày sinh"]
    cells = xlsx_cells(out)
    assert cells
    assert not [c for c in cells if c.formula]
    assert {c.type for c in cells if c.text is not None} <= {"s", "inlineStr"}  # all text


def test_a_value_that_excel_would_run_as_a_formula_is_imported_with_a_warning(
    tmp_path: Path, records: Path
) -> None:
    """A list pasted from somewhere may carry ``=HYPERLINK(…)`` as a name: it is kept as the
    text it is (the spreadsheets write it as text) and the school is told where it is."""
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    source = write(
        tmp_path,
        "ds.csv",
        ",".join(HEADER)
        + '\n1,"=HYPERLINK(""http://evil.example"",""Bấm"")",3/5/2012,Nam,5A,"\t@SUM(1+1)",'
        + "+84909123456,Hộ nghèo,laptop\n"
        + "2,Lê Văn Bình,4/5/2012,Nam,5A,-Lê Thị Hạnh,0909123456,Hộ nghèo,laptop\n",
    )
    words = ["import", str(source), "--school", "th-an-phu", "--records", str(records)]
    english = run_minhbach("--lang", "en", *words, "--dry-run")
    assert english.returncode == 0, english.stdout + english.stderr
    assert "the “Họ tên” cell starts with “=”, which Excel reads as a formula." in english.stdout
    done = run_minhbach(*words)
    assert done.returncode == 0, done.stdout + done.stderr
    warnings = [line for line in done.stdout.splitlines() if "IMPORT-FORMULA-LIKE" in line]
    assert warnings == [
        "Dòng 2 (cột “Họ tên”): cảnh báo IMPORT-FORMULA-LIKE: ô “Họ tên” bắt đầu bằng "
        "“=”, dấu mà Excel hiểu là công thức. Nội dung được ghi đúng như viết và luôn là chữ "
        "trong các bảng tính; kiểm tra lại ô này trong danh sách (có thể đã dán nhầm).",
        "Dòng 2 (cột “Họ tên cha/mẹ/người giám hộ”): cảnh báo IMPORT-FORMULA-LIKE: ô "
        "“Họ tên cha/mẹ/người giám hộ” bắt đầu bằng “@”, dấu mà Excel hiểu là công thức. Nội dung được ghi "
        "đúng như viết và luôn là chữ trong các bảng tính; kiểm tra lại ô này trong danh sách "
        "(có thể đã dán nhầm).",
        "Dòng 3 (cột “Họ tên cha/mẹ/người giám hộ”): cảnh báo IMPORT-FORMULA-LIKE: ô "
        "“Họ tên cha/mẹ/người giám hộ” bắt đầu bằng “-”, dấu mà Excel hiểu là công thức. Nội dung được ghi "
        "đúng như viết và luôn là chữ trong các bảng tính; kiểm tra lại ô này trong danh sách "
        "(có thể đã dán nhầm).",
    ]  # the phone number +84… is a phone number, not a warning
    assert "HYPERLINK" not in done.stdout + done.stderr  # never quotes a name
    texts = " ".join(p.read_text(encoding="utf-8") for p in records.rglob("dx-*.yaml"))
    assert "=HYPERLINK(" in texts  # kept as written


def test_a_control_character_quoted_from_a_cell_is_shown_escaped(
    tmp_path: Path, records: Path
) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    source = write(
        tmp_path,
        "ds.csv",
        ",".join(HEADER) + '\n1,Lê Văn A,"3/5\x1b[2J",Nam,5A,Lê B,0909123456,Hộ nghèo,laptop\n',
    )
    done = run_minhbach("import", str(source), "--school", "th-an-phu", "--records", str(records))
    assert done.returncode == 1
    assert "\x1b" not in done.stdout + done.stderr
    assert "IMPORT-DATE-FORMAT" in done.stdout
    assert "3/5\\x1b[2J" in done.stdout


def test_a_spreadsheet_that_would_inflate_to_1_gb_is_refused(tmp_path: Path, records: Path) -> None:
    """Issue 15: a 1 MB .xlsx inflating to 1 GB ran for minutes and ended in MemoryError."""
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    source = inflating_workbook(tmp_path / "ds.xlsx", 1 << 30)  # a real one, its CRC right
    assert source.stat().st_size < 1_100_000
    done = run_minhbach(
        "import", str(source), "--school", "th-an-phu", "--records", str(records), cwd=tmp_path
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout == (
        f"{source}:1:1: error IMPORT-FILE-TOO-LARGE: tệp giải nén ra 1.025 MB, quá giới hạn 50 MB "
        "của một danh sách. Kiểm tra đúng tệp chưa; nếu đúng, mở bằng Excel, xóa các trang và "
        "hình không cần rồi lưu lại (hoặc lưu thành .csv).\n"
    )
    assert "Không ghi tệp nào" in done.stderr
    assert not (records / "nominations").exists()
    assert not (tmp_path / ".minhbach").exists()


def test_a_spreadsheet_with_too_many_cells_is_refused(tmp_path: Path, records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    source = with_member(
        sheet(tmp_path / "ds.xlsx", []), "xl/worksheets/sheet1.xml", sheet_xml(20_001, 10)
    )
    done = run_minhbach("import", str(source), "--school", "th-an-phu", "--records", str(records))
    assert done.returncode == 1, done.stderr
    assert "error IMPORT-TOO-MANY-CELLS:" in done.stdout
    assert "200.010 ô" in done.stdout
    assert not (records / "nominations").exists()


def _import(records: Path, source: Path, *options: str):
    return run_minhbach(
        "import",
        str(source),
        "--school",
        "th-an-phu",
        "--records",
        str(records),
        "--as-of",
        "2022-01-10",
        *options,
    )


def test_the_dry_run_shows_the_ids_then_written(tmp_path: Path, records: Path) -> None:
    """Issue 16: the ids shown by --dry-run differed from those then written."""
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    source = sheet(tmp_path / "ds.xlsx", [row(1), row(2)])
    trial = _import(records, source, "--dry-run")
    assert trial.returncode == 0, trial.stderr
    done = _import(records, source)
    assert done.returncode == 0, done.stderr
    assert trial.stdout.replace("sẽ tạo", "đã tạo") == done.stdout
    written = sorted(p.name for p in (records / "nominations/th-an-phu").iterdir())
    assert sorted(line.rsplit("/", 1)[-1] for line in done.stdout.splitlines()) == written


def test_a_missing_gender_column_is_named_as_the_list_names_it(
    tmp_path: Path, records: Path
) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    header = [h for h in HEADER if h != "Giới tính"]
    book = openpyxl.Workbook()
    book.active.append(header)
    book.active.append([c for h, c in zip(HEADER, row(1), strict=True) if h != "Giới tính"])
    book.save(tmp_path / "ds.xlsx")
    done = _import(records, tmp_path / "ds.xlsx")
    assert done.returncode == 1
    assert (
        "IMPORT-MISSING-COLUMN: danh sách thiếu cột “Giới tính” (ghi Nam hoặc Nữ), hoặc "
        in done.stdout
    )
    assert "một cột “Nữ” đánh dấu x cho học sinh nữ" in done.stdout
    assert "student.gender" not in done.stdout
    english = run_minhbach(
        "--lang",
        "en",
        "import",
        str(tmp_path / "ds.xlsx"),
        "--school",
        "th-an-phu",
        "--records",
        str(records),
    )
    assert (
        "no “Giới tính” column (Nam or Nữ), or a “Nữ” column with an x for each girl"
        in english.stdout
    )


def test_a_single_consent_column_counts_for_guardian_and_child_and_says_so(
    tmp_path: Path, records: Path
) -> None:
    """Issue 16: one consent column counted only for the guardian, and the child's warning
    pointed at column "STT"."""
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    book = openpyxl.Workbook()
    book.active.append([*HEADER, "Đồng ý công khai"])
    book.active.append([*row(1), "x"])
    book.active.append([*row(2), None])
    book.save(tmp_path / "ds.xlsx")
    done = _import(records, tmp_path / "ds.xlsx")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Chỉ có một cột đồng ý (“Đồng ý công khai”)" in done.stderr
    assert "“Học sinh đồng ý công khai”" in done.stderr
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((records / "nominations").rglob("*.yaml"))
    ]
    consents = sorted(("guardian: true" in t, "child: true" in t) for t in texts)
    assert consents == [(False, False), (True, True)]
    assert "STT" not in done.stdout


def test_a_guardian_only_consent_column_points_the_childs_warning_at_no_column(
    tmp_path: Path, records: Path
) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    book = openpyxl.Workbook()
    book.active.append([*HEADER, "Phụ huynh đồng ý"])
    book.active.append([*row(1), "Có"])
    book.save(tmp_path / "ds.xlsx")
    done = _import(records, tmp_path / "ds.xlsx")
    assert done.returncode == 0, done.stdout + done.stderr
    warning = next(line for line in done.stdout.splitlines() if "CONSENT-CHILD-MISSING" in line)
    assert warning.startswith("Dòng 2: cảnh báo CONSENT-CHILD-MISSING")  # no "(cột “STT”)"
    assert "Không có cột “Học sinh đồng ý công khai”" in done.stderr


def test_phones_are_written_one_way(tmp_path: Path, records: Path) -> None:
    """Issue 16: ``84977444555`` became ``+84…`` while ``0938 222 333`` kept its spaces."""
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    rows = [row(1), row(2)]
    rows[0][6], rows[1][6] = 84977444555, "0938 222 333"
    done = _import(records, sheet(tmp_path / "ds.xlsx", rows))
    assert done.returncode == 0, done.stdout + done.stderr
    texts = " ".join(
        p.read_text(encoding="utf-8") for p in (records / "nominations").rglob("*.yaml")
    )
    assert "phone: 0977444555" in texts
    assert "phone: 0938222333" in texts
