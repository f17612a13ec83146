"""``minhbach approve`` through the real command: one decision, many nominations, all or nothing."""

from __future__ import annotations

from pathlib import Path

import yaml

from checkout import snapshot
from helpers import SAMPLE_NOMINATION, run_minhbach, write
from workflow.sheets import student_row, write_xlsx

SCHOOL = "id: th-an-phu\nname: Trường Tiểu học An Phú\nlevel: tieu-hoc\ncommune: phuoc-kien\n"
DAY = ("--as-of", "2021-11-30")
DECISION = (
    "--decision",
    "112/QĐ-GDĐT",
    "--date",
    "20/10/2021",
    "--by",
    "Lê Phương Nga, Phó Trưởng phòng",
)
IDS = ("dx-k7q3m1", "dx-k7q3m2", "dx-k7q3m3")


def school_with_three(records: Path) -> Path:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    for number, record_id in enumerate(IDS, start=1):
        write(
            records,
            f"nominations/th-an-phu/{record_id}.yaml",
            SAMPLE_NOMINATION.replace("dx-k7q3m9", record_id)
            .replace("Nguyễn Văn Bình", f"Nguyễn Văn Số {number}")
            .replace("0123456789", f"790000000{number}"),
        )
    return records


def approve(records: Path, *args: str):
    return run_minhbach("approve", "--records", str(records), *DAY, *args)


def data(records: Path, record_id: str) -> dict:
    path = records / "nominations" / "th-an-phu" / f"{record_id}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_a_school_list_is_approved_by_one_decision(records: Path) -> None:
    school_with_three(records)
    done = approve(records, "--school", "th-an-phu", *DECISION)
    assert done.returncode == 0, done.stdout + done.stderr
    for record_id in IDS:
        assert data(records, record_id)["status"] == "da-duyet"
        decision = data(records, record_id)["decision"]
        assert (str(decision["date"]), decision["document"]) == ("2021-10-20", "112/QĐ-GDĐT")
    assert "duyệt dx-k7q3m1 th-an-phu N.V.S.1." in done.stdout
    assert "Nguyễn" not in done.stdout + done.stderr  # initials only
    assert "duyệt 3 đề xuất của 1 trường (th-an-phu 3)" in done.stderr
    assert "git commit" in done.stderr
    assert run_minhbach("validate", "--records", str(records), *DAY).returncode == 0
    # The same command again: nothing left to decide, nothing written.
    before = snapshot(records)
    again = approve(records, "--school", "th-an-phu", *DECISION)
    assert again.returncode == 0
    assert "3 đề xuất đã có quyết định này" in again.stderr
    assert snapshot(records) == before


def test_a_decision_that_makes_a_record_wrong_writes_nothing(records: Path) -> None:
    school_with_three(records)
    before = snapshot(records)
    early = [*DECISION[:2], "--date", "2021-10-01", *DECISION[4:]]  # before the nomination
    done = approve(records, "--school", "th-an-phu", *early)
    assert done.returncode == 1
    assert done.stdout.count("ORDER-DECISION-BEFORE-NOMINATION") == 3
    assert "Không ghi tệp nào" in done.stderr
    assert snapshot(records) == before
    future = approve(
        records, "--school", "th-an-phu", *DECISION[:2], "--date", "2022-01-05", *DECISION[4:]
    )
    assert future.returncode == 1
    assert snapshot(records) == before


def test_named_ids_and_an_unknown_one(records: Path) -> None:
    school_with_three(records)
    before = snapshot(records)
    wrong = approve(records, "dx-k7q3m1", "dx-khongco", *DECISION)
    assert wrong.returncode == 1
    assert "APPROVE-UNKNOWN-ID" in wrong.stdout
    assert snapshot(records) == before
    done = approve(records, "dx-k7q3m1", "dx-k7q3m3", *DECISION)
    assert done.returncode == 0, done.stdout + done.stderr
    assert [data(records, i)["status"] for i in IDS] == ["da-duyet", "de-xuat", "da-duyet"]
    other = approve(records, "dx-k7q3m1", *DECISION[:2], "--date", "2021-10-21", *DECISION[4:])
    assert other.returncode == 1
    assert "APPROVE-ALREADY-DECIDED" in other.stdout


def test_a_refusal_needs_its_reason(records: Path) -> None:
    school_with_three(records)
    assert approve(records, "dx-k7q3m2", *DECISION, "--reject").returncode == 2
    assert approve(records, "dx-k7q3m2", *DECISION, "--reason", "x").returncode == 2
    done = approve(records, "dx-k7q3m2", *DECISION, "--reject", "--reason", "Đã có máy tính")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "không duyệt dx-k7q3m2" in done.stdout
    assert data(records, "dx-k7q3m2")["status"] == "khong-duyet"
    assert data(records, "dx-k7q3m2")["decision"]["reason"] == "Đã có máy tính"


def test_the_rows_of_the_school_list(records: Path, tmp_path: Path) -> None:
    school_with_three(records)
    sheet = write_xlsx(
        tmp_path / "ds.xlsx",
        [
            student_row(1, name="Nguyễn Văn Số 1", birth="12/04/2013", code=""),
            student_row(2, name="Nguyễn Văn Số 2", birth="12/04/2013", code=7900000002),
        ],
        title_rows=3,
    )
    dry = approve(records, "--list", str(sheet), "--school", "th-an-phu", *DECISION, "--dry-run")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "chưa ghi" in dry.stderr
    assert [data(records, i)["status"] for i in IDS] == ["de-xuat"] * 3
    done = approve(records, "--list", str(sheet), *DECISION)
    assert done.returncode == 0, done.stdout + done.stderr
    assert [data(records, i)["status"] for i in IDS] == ["da-duyet", "da-duyet", "de-xuat"]


def test_bad_usage_is_named(records: Path) -> None:
    school_with_three(records)
    nothing = approve(records, *DECISION)
    assert nothing.returncode == 2
    assert "--school" in nothing.stderr
    typo = approve(records, "--school", "th-an-phuu", *DECISION)
    assert typo.returncode == 2
    assert "`th-an-phu`" in typo.stderr
    date = approve(
        records, "--school", "th-an-phu", *DECISION[:2], "--date", "20-10-21", *DECISION[4:]
    )
    assert date.returncode == 2
    assert "--date" in date.stderr


def test_a_file_with_a_reading_error_is_fixed_first(records: Path) -> None:
    school_with_three(records)
    broken = records / "nominations" / "th-an-phu" / "dx-k7q3m2.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("child: true", "child: yes"))
    before = snapshot(records)
    done = approve(records, "--school", "th-an-phu", *DECISION)
    assert done.returncode == 1
    assert "dx-k7q3m2.yaml:1:1: error APPROVE-RECORD-UNREADABLE" in done.stdout
    assert snapshot(records) == before
