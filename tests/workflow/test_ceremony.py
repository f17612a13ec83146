"""A ceremony list goes out and comes back: ``report lists`` → filled in by hand → ``import``.

Real commands on a records folder written here: a school holding three laptops allocated by
serial and five SIM cards without serials, four approved students waiting.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest

from ceremony_list import Filled, fill, offered
from helpers import run_minhbach, write
from minhbach.reports.lists import COLUMN, MARKER_SHEET

AS_OF = "2022-06-30"
SCHOOL = "th-an-phu"


def _nomination(nid: str, name: str, needs: str, status: str = "da-duyet") -> str:
    decision = "decision: {date: 2021-10-20, by: Trưởng phòng, document: QĐ-01/2021}"
    return f"""
        id: {nid}
        school: {SCHOOL}
        nominated_on: 2021-10-12
        student: {{full_name: {name}, birth_date: 2011-03-04, gender: nu, class: 5A, grade: 5}}
        guardian: {{name: Trần Thị Mai, relation: mẹ, phone: "0909123456"}}
        categories: [ho-ngheo]
        needs: {needs}
        status: {status}
        {decision if status == "da-duyet" else ""}
        consent: {{guardian: true, child: true, recorded_on: 2021-10-12}}
        """


@pytest.fixture
def school(records: Path) -> Path:
    write(
        records,
        f"schools/{SCHOOL}.yaml",
        f"id: {SCHOOL}\nname: Trường Tiểu học An Phú\nlevel: tieu-hoc\ncommune: phuoc-kien\n",
    )
    write(
        records,
        "donors/cong-ty-sao.yaml",
        "id: cong-ty-sao\nname: Công ty Sao Mai\nkind: doanh-nghiep\ndisplay: named\n"
        "show_value: true\n",
    )
    write(
        records,
        "donations/tn-may.yaml",
        """
        id: tn-may
        donor: cong-ty-sao
        received_on: 2021-10-15
        received_by: office
        document: BB-01/2021
        items:
          - {kind: laptop, quantity: 3, unit_value_vnd: 7500000, serials: [LT-01, LT-02, LT-03]}
          - {kind: sim-data, quantity: 5, unit_value_vnd: 100000}
        """,
    )
    write(
        records,
        "allocations/pb-01.yaml",
        f"""
        id: pb-01
        source: tn-may
        to: {SCHOOL}
        on: 2021-10-21
        document: PB-01/2021
        items:
          - {{kind: laptop, quantity: 3, serials: [LT-01, LT-02, LT-03]}}
          - {{kind: sim-data, quantity: 5}}
        """,
    )
    needs_both = "[{kind: laptop, quantity: 1}, {kind: sim-data, quantity: 1}]"
    laptop = "[{kind: laptop, quantity: 1}]"
    for nid, name, needs in (
        ("dx-an", "Nguyễn Văn An", needs_both),
        ("dx-binh", "Lê Thị Bình", laptop),
        ("dx-chau", "Võ Minh Châu", laptop),
        ("dx-dung", "Đặng Thu Dung", laptop),
    ):
        write(records, f"nominations/{SCHOOL}/{nid}.yaml", _nomination(nid, name, needs))
    write(
        records,
        f"nominations/{SCHOOL}/dx-em.yaml",
        _nomination("dx-em", "Hồ Văn Em", laptop, "de-xuat"),
    )
    return records


def _lists(records: Path, reports: Path) -> Path:
    done = run_minhbach(
        "report", "lists", "--records", str(records), "--reports", str(reports), "--as-of", AS_OF
    )
    assert done.returncode == 0, done.stderr
    return reports / "danh-sach" / f"{SCHOOL}.xlsx"


def _import(records: Path, path: Path, *options: str):
    return run_minhbach("import", str(path), "--records", str(records), "--as-of", AS_OF, *options)


def _handovers(records: Path) -> dict[str, str]:
    return (
        {
            p.stem: p.read_text(encoding="utf-8")
            for p in sorted((records / "handovers").rglob("*.yaml"))
        }
        if (records / "handovers").exists()
        else {}
    )


def test_a_filled_ceremony_list_becomes_handovers(school: Path, tmp_path: Path) -> None:
    """The acceptance test of issue 16, item 4: write, fill as a school would, dry run, import,
    validate, and the handovers say what the paper says."""
    path = _lists(school, tmp_path / "reports")
    suggested = offered(path)
    # Laptops by serial, in order, each offered once; the fourth student is offered none.
    assert suggested == {"dx-an": "LT-01", "dx-binh": "LT-02", "dx-chau": "LT-03", "dx-dung": None}
    fill(
        path,
        {
            "dx-an": Filled(on=dt.datetime(2022, 6, 20)),  # as offered; Excel typed a date
            "dx-binh": Filled(on="20/06/2022", serial="LT-03"),  # swapped on the day
            "dx-chau": Filled(on="20/06/2022", serial="LT-02", receiver="Võ Văn Tư (ông)"),
        },
        handed_by="Nguyễn Văn Hiệu, Hiệu trưởng",
    )
    trial = _import(school, path, "--dry-run")
    assert trial.returncode == 0, trial.stdout + trial.stderr
    assert _handovers(school) == {}
    planned = [line for line in trial.stdout.splitlines() if "sẽ tạo" in line]
    assert len(planned) == 3
    assert (
        "1 máy tính xách tay (nguồn tn-may, sê-ri LT-01), 1 SIM và gói dữ liệu (nguồn tn-may)"
        in planned[0]
    )
    assert "ngày 20/06/2022" in planned[0]
    assert "1 học sinh chưa đánh dấu “Đã ký”" in trial.stderr
    for name in ("Nguyễn Văn", "Lê Thị", "Võ Văn Tư"):
        assert name not in trial.stdout + trial.stderr  # the report never prints a name

    done = _import(school, path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert [
        line.replace("đã tạo", "sẽ tạo") for line in done.stdout.splitlines()
    ] == trial.stdout.splitlines()
    written = _handovers(school)
    assert len(written) == 3
    assert {re.search(r"(bg-[a-z0-9]+)\.yaml", line)[1] for line in planned} == set(written)
    by_nomination = {
        next(line for line in text.splitlines() if line.startswith("nomination:")).split()[-1]: text
        for text in written.values()
    }
    assert set(by_nomination) == {"dx-an", "dx-binh", "dx-chau"}
    an = by_nomination["dx-an"]
    assert "on: 2022-06-20" in an
    assert "serial: LT-01" in an
    assert "kind: sim-data" in an
    assert "handed_by: Nguyễn Văn Hiệu, Hiệu trưởng" in an
    assert "name: Trần Thị Mai" in an
    assert "relation: mẹ" in an
    assert "serial: LT-03" in by_nomination["dx-binh"]
    assert "name: Võ Văn Tư" in by_nomination["dx-chau"]
    assert "relation: ông" in by_nomination["dx-chau"]
    documents = sorted(
        line.split()[-1]
        for text in written.values()
        for line in text.splitlines()
        if line.startswith("document:")
    )
    assert documents == ["001/BBBG-TH-AN-PHU", "002/BBBG-TH-AN-PHU", "003/BBBG-TH-AN-PHU"]
    validated = run_minhbach("validate", "--records", str(school), "--as-of", AS_OF)
    assert validated.returncode == 0, validated.stdout
    assert "0 lỗi" in validated.stderr

    # The same list again: every signed row is skipped, nothing new is written.
    again = _import(school, path)
    assert again.returncode == 0, again.stdout
    assert again.stdout.count("CEREMONY-ALREADY-HANDED") == 3
    assert len(_handovers(school)) == 3
    # The next list shows them as handed, and offers nothing the school no longer holds.
    after = offered(_lists(school, tmp_path / "reports"))
    assert after["dx-an"] == "LT-01"
    assert after["dx-dung"] is None


def test_any_wrong_row_writes_nothing_and_says_where(school: Path, tmp_path: Path) -> None:
    path = _lists(school, tmp_path / "reports")
    fill(
        path,
        {
            "dx-an": Filled(on="20/06/2022"),
            "dx-binh": Filled(on="20/06/2022", serial="LT-99"),
            "dx-chau": Filled(on=None),  # type: ignore[arg-type]  # signed, no date
            "dx-dung": Filled(on="20/06/2022", signed="có lẽ"),
        },
        handed_by="Nguyễn Văn Hiệu, Hiệu trưởng",
    )
    done = _import(school, path)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert any(
        line.startswith("Dòng ")
        and "(cột “Số sê-ri”): lỗi CEREMONY-SERIAL-UNKNOWN" in line
        and "“LT-99”" in line
        for line in lines
    ), lines
    assert any("(cột “Ngày nhận”): lỗi IMPORT-MISSING-VALUE" in line for line in lines), lines
    assert any("(cột “Đã ký (x)”): lỗi CEREMONY-SIGNED-VALUE" in line for line in lines), lines
    assert "Không ghi tệp nào" in done.stderr
    assert _handovers(school) == {}


def test_rows_are_numbered_as_the_sheet_shows_them(school: Path, tmp_path: Path) -> None:
    path = _lists(school, tmp_path / "reports")
    fill(path, {"dx-binh": Filled(on="20/06/2022", serial="LT-99")}, handed_by="Hiệu trưởng")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    row = next(r[0].row for r in sheet.iter_rows() if r[COLUMN["nomination"]].value == "dx-binh")
    done = _import(school, path)
    assert f"Dòng {row} (cột “Số sê-ri”)" in done.stdout


def test_no_one_named_as_handing_over(school: Path, tmp_path: Path) -> None:
    path = _lists(school, tmp_path / "reports")
    fill(path, {"dx-an": Filled(on="20/06/2022")}, handed_by=None)  # type: ignore[arg-type]
    done = _import(school, path)
    assert done.returncode == 1
    assert "CEREMONY-NO-HANDED-BY" in done.stdout
    assert "Người trao (họ tên, chức vụ)" in done.stdout
    assert _handovers(school) == {}


def test_the_office_workbook_imports_one_school_with_school(school: Path, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    _lists(school, reports)
    office = reports / "danh-sach-cac-truong.xlsx"
    assert MARKER_SHEET in openpyxl.load_workbook(office).sheetnames
    fill(office, {"dx-binh": Filled(on="20/06/2022")}, "Hiệu trưởng", sheet=SCHOOL)
    wrong = _import(school, office, "--school", "th-khac")
    assert wrong.returncode == 2
    assert "th-an-phu" in wrong.stderr
    done = _import(school, office, "--school", SCHOOL)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(_handovers(school)) == 1


def test_a_schools_own_list_still_needs_school(school: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["STT", "Họ và tên", "Ngày sinh"])
    book.save(tmp_path / "ds.xlsx")
    done = _import(school, tmp_path / "ds.xlsx")
    assert done.returncode == 2
    assert "--school" in done.stderr


def test_english(school: Path, tmp_path: Path) -> None:
    path = _lists(school, tmp_path / "reports")
    fill(path, {"dx-an": Filled(on="20/06/2022")}, handed_by="Hiệu trưởng")
    done = run_minhbach(
        "--lang", "en", "import", str(path), "--records", str(school), "--as-of", AS_OF, "--dry-run"
    )
    assert done.returncode == 0, done.stderr
    assert "will create" in done.stdout
    assert (
        "1 laptop (source tn-may, serial LT-01), 1 SIM and data plan (source tn-may); on 20/06/2022"
        in done.stdout
    )
    assert "Dry run" in done.stderr
