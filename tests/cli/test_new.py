"""``minhbach new``: prompts driven by scripted stdin, --set, derived values, never overwriting."""

from __future__ import annotations

from pathlib import Path

import yaml

from helpers import missing_fields, run_minhbach, write

SCHOOL = """
id: th-an-phu
name: Trường Tiểu học An Phú
level: tieu-hoc
commune: phuoc-kien
"""

# Answers in the order new asks: name, birth date, gender, class, grade, guardian name, relation,
# categories, need kind, quantity, "another line?", guardian consent, child consent.
ANSWERS = "Nguyễn Văn An\n03/05/2012\n1\n5A\n5\nTrần Thị Bình\nmẹ\n1,4\ntablet\n1\nkhông\n\n\n"


def nominations(folder: Path) -> list[Path]:
    return sorted((folder / "nominations").rglob("*.yaml"))


def test_prompts_build_a_valid_nomination(records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    done = run_minhbach(
        "new",
        "nomination",
        "--records",
        str(records),
        "--set",
        "school=th-an-phu",
        "--as-of",
        "2022-01-10",
        stdin=ANSWERS,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Họ và tên học sinh (student.full_name)" in done.stderr
    files = nominations(records)
    assert len(files) == 1
    data = yaml.safe_load(files[0].read_text(encoding="utf-8"))
    assert files[0].parent.name == "th-an-phu"
    assert data["id"] == files[0].stem
    assert data["id"].startswith("dx-")
    assert str(data["student"]["birth_date"]) == "2012-05-03"
    assert data["student"]["gender"] == "nam"
    assert data["categories"] == ["mo-coi-cha", "ho-ngheo"]
    assert data["needs"] == [{"kind": "tablet", "quantity": 1}]
    assert data["status"] == "de-xuat"
    assert str(data["nominated_on"]) == "2022-01-10"
    assert data["consent"] == {"guardian": False, "child": False}
    assert len(data["lookup_code"]) == 19
    assert (
        run_minhbach("validate", "--records", str(records), "--as-of", "2022-06-30").returncode == 0
    )


def test_a_wrong_answer_is_asked_again(records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    answers = ANSWERS.replace("03/05/2012\n", "ngày mai\n03/05/2012\n", 1)
    done = run_minhbach(
        "new", "nomination", "--records", str(records), "--set", "school=th-an-phu", stdin=answers
    )
    assert done.returncode == 0, done.stderr
    assert "Chưa đúng" in done.stderr


def test_school_gets_a_readable_id_from_set_values(records: Path) -> None:
    done = run_minhbach(
        "new",
        "school",
        "--records",
        str(records),
        "--no-input",
        "--set",
        "name=Trường Trung học cơ sở Phước Lộc",
        "--set",
        "level=thcs",
        "--set",
        "commune=phuoc-loc",
    )
    assert done.returncode == 0, done.stderr
    assert (records / "schools/thcs-phuoc-loc.yaml").is_file()


def test_invalid_record_writes_nothing_and_exits_1(records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    done = run_minhbach(
        "new",
        "handover",
        "--records",
        str(records),
        "--no-input",
        "--set",
        "school=th-an-phu",
        "--set",
        "nomination=dx-khong-co",
    )
    assert done.returncode == 1
    assert missing_fields(done.stdout) == ["document", "handed_by", "items", "received_by"]
    assert "hồ sơ có 4 lỗi" in done.stderr
    assert not (records / "handovers").exists()


def test_a_cross_record_error_caused_by_the_new_record_is_refused(records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    done = run_minhbach(
        "new",
        "allocation",
        "--records",
        str(records),
        "--no-input",
        "--set",
        "source=tn-khong-co",
        "--set",
        "to=th-an-phu",
        "--set",
        "document=QĐ-1",
        "--set",
        "items[0].kind=tablet",
        "--set",
        "items[0].quantity=2",
        "--as-of",
        "2022-01-10",
    )
    assert done.returncode == 1
    assert "REF-UNKNOWN" in done.stdout
    assert not (records / "allocations").exists()


def test_never_overwrites(records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    done = run_minhbach(
        "new",
        "school",
        "--records",
        str(records),
        "--no-input",
        "--set",
        "id=th-an-phu",
        "--set",
        "name=Trường khác",
        "--set",
        "level=tieu-hoc",
        "--set",
        "commune=phuoc-kien",
    )
    assert done.returncode == 2
    assert "không ghi đè" in done.stderr
    assert "An Phú" in (records / "schools/th-an-phu.yaml").read_text(encoding="utf-8")


def test_unknown_field_is_bad_usage(records: Path) -> None:
    done = run_minhbach("new", "school", "--records", str(records), "--no-input", "--set", "ten=X")
    assert done.returncode == 2
    assert "không có trường `ten`" in done.stderr


def test_template_is_annotated_and_parses(records: Path) -> None:
    done = run_minhbach("new", "nomination", "--template")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../../../schema/nomination.json"
    assert "# (bắt buộc) Họ và tên học sinh" in done.stdout
    assert "nam = Nam" in done.stdout
    assert set(yaml.safe_load(done.stdout)) >= {"id", "student", "needs", "consent"}
    school = run_minhbach("new", "school", "--template").stdout
    assert school.startswith("# yaml-language-server: $schema=../../schema/school.json")


def test_a_new_school_gets_its_reviewers_in_codeowners(tmp_path: Path) -> None:
    from checkout import INIT_SETS, copy_checkout

    folder = copy_checkout(tmp_path / "kho", records="none")
    assert run_minhbach("init", *INIT_SETS, cwd=folder).returncode == 0
    done = run_minhbach(
        "new",
        "school",
        "--no-input",
        "--set",
        "name=Trường Tiểu học An Phú",
        "--set",
        "level=tieu-hoc",
        "--set",
        "commune=phuoc-kien",
        cwd=folder,
    )
    assert done.returncode == 0, done.stderr
    assert "CODEOWNERS" in done.stdout
    owners = (folder / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    assert "/records/nominations/th-an-phu/ @phong-gddt-nha-be/th-an-phu" in owners


def test_a_named_company_gets_a_readable_id(records: Path) -> None:
    """It crashed (exit 3): the slug of the name was a local variable shadowing its function."""
    done = run_minhbach(
        "new", "donor", "--no-input", "--records", str(records),
        "--set", "name=Công ty Cổ phần Phương Nam", "--set", "kind=doanh-nghiep",
        "--set", "display=named", "--set", "show_value=true",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (records / "donors" / "cong-ty-co-phan-phuong-nam.yaml").is_file()
