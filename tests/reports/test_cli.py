"""The real ``minhbach report`` command and ``write_build_reports`` (what ``build`` calls)."""

from __future__ import annotations

import pytest

from helpers import AS_OF, run_minhbach, write
from minhbach.reports import ReportPathError, write_build_reports
from minhbach.settings import Settings

DAY = ["--as-of", "2022-06-30"]


def test_ubnd_default_path_and_number(district, tmp_path):
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


def test_a_missing_setting_is_named(district, tmp_path):
    write(tmp_path, "pelicanconf.py", 'REPORT_RECIPIENT = ""\n')
    result = run_minhbach("report", "ubnd", "--records", str(district), *DAY, cwd=tmp_path)
    assert result.returncode == 2
    assert "REPORT_RECIPIENT" in result.stderr
    receipts = run_minhbach("report", "receipts", "--records", str(district), *DAY, cwd=tmp_path)
    assert receipts.returncode == 2
    assert "SITEURL" in receipts.stderr


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
    write(tmp_path, "pelicanconf.py", 'SITEURL = "https://x.vn"\n')
    result = run_minhbach(
        "report", "slips", "--school", "th-khong-co", "--records", str(district), *DAY, cwd=tmp_path
    )
    assert result.returncode == 2
    assert "th-khong-co" in result.stderr


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
