"""``minhbach new``: prompts driven by scripted stdin, --set, derived values, never overwriting."""

from __future__ import annotations

from pathlib import Path

import yaml

from helpers import SAMPLE_NOMINATION as SAMPLE_NOMINATION_TEXT
from helpers import missing_fields, run_minhbach, write

SCHOOL = """
id: th-an-phu
name: Trường Tiểu học An Phú
level: tieu-hoc
commune: phuoc-kien
"""

# Answers in the order new asks: name, birth date, gender, class (the grade follows from it),
# student code (optional: skipped), guardian name, relation, phone (optional), categories, need
# kind, quantity, "another line?", guardian consent, child consent.
ANSWERS = (
    "Nguyễn Văn An\n03/05/2012\n1\n5A\n\nTrần Thị Bình\nmẹ\n0909123456\n1,4\ntablet\n1\nkhông\n\n\n"
)


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


def _new(records: Path, *args: str, stdin: str, lang: str = "vi"):
    return run_minhbach(
        "--lang",
        lang,
        "new",
        *args,
        "--records",
        str(records),
        "--as-of",
        "2022-01-10",
        stdin=stdin,
    )


def test_the_grade_follows_from_the_class_and_useful_optional_fields_are_asked(
    records: Path,
) -> None:
    """Issue 16: `new` asked for the grade after a class that gives it, skipped useful fields."""
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    answers = ANSWERS.replace("5A\n\n", "5A\n7901234567\n", 1)
    done = _new(records, "nomination", "--set", "school=th-an-phu", stdin=answers)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(student.grade): 5 (suy ra, không cần hỏi)" in done.stderr
    assert "(student.student_code)" in done.stderr
    assert "(không bắt buộc: Enter để bỏ qua)" in done.stderr
    data = yaml.safe_load(nominations(records)[0].read_text(encoding="utf-8"))
    assert data["student"]["grade"] == 5
    assert str(data["student"]["student_code"]) == "7901234567"
    assert data["guardian"]["phone"] == "0909123456"


def test_a_number_is_not_a_no(records: Path) -> None:
    """Issue 16: "4500000" typed at "another line? (yes/no)" was taken as "không"."""
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    answers = ANSWERS.replace("1\nkhông\n", "1\n4500000\nkhông\n", 1)
    done = _new(records, "nomination", "--set", "school=th-an-phu", stdin=answers)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Chưa đúng: trả lời có hoặc không." in done.stderr


HANDOVER_RECORDS = {
    "donors/cong-ty-sao.yaml": (
        "id: cong-ty-sao\nname: Công ty Sao Mai\nkind: doanh-nghiep\ndisplay: named\n"
        "show_value: true\n"
    ),
    "donations/tn-may.yaml": """
        id: tn-may
        donor: cong-ty-sao
        received_on: 2021-10-15
        received_by: th-an-phu
        document: BB-01/2021
        items: [{kind: tablet, quantity: 2, unit_value_vnd: 3000000}]
        """,
}


def _approved(nid: str, name: str) -> str:
    return (
        SAMPLE_NOMINATION_TEXT.replace("dx-k7q3m9", nid)
        .replace("Nguyễn Văn Bình", name)
        .replace("  student_code: 0123456789\n", "")
        .replace(
            "status: de-xuat",
            "status: da-duyet\ndecision: {date: 2021-10-20, by: Trưởng phòng, document: QĐ-1}",
        )
    )


def test_a_handover_offers_the_schools_waiting_students_by_masked_name(records: Path) -> None:
    """Issue 16: `new handover` asked for the random nomination id and refused a name."""
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    for path, text in HANDOVER_RECORDS.items():
        write(records, path, text)
    write(records, "nominations/th-an-phu/dx-an.yaml", _approved("dx-an", "Lê Văn An"))
    write(records, "nominations/th-an-phu/dx-binh.yaml", _approved("dx-binh", "Trần Thị Bình"))
    # nomination (1 = the first waiting student), items: source 1, kind tablet, quantity 1,
    # serial skipped, no more lines; handed by, received by, relation, document.
    answers = "1\n1\ntablet\n1\n\nkhông\nHiệu trưởng\nLê Thị Hoa\nmẹ\nBG-01\n"
    done = _new(records, "handover", "--set", "school=th-an-phu", stdin=answers)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1. dx-an = L.V.A. — lớp 3A" in done.stderr
    assert "2. dx-binh = T.T.B. — lớp 3A" in done.stderr
    assert "Lê Văn An" not in done.stderr
    assert "tn-may = Công ty Sao Mai, 15/10/2021 (tn-may) — còn 2 máy tính bảng" in done.stderr
    written = list((records / "handovers/th-an-phu").glob("*.yaml"))
    data = yaml.safe_load(written[0].read_text(encoding="utf-8"))
    assert data["nomination"] == "dx-an"
    assert data["items"] == [{"source": "tn-may", "kind": "tablet", "quantity": 1}]


def test_english_questions(records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    done = _new(records, "nomination", "--set", "school=th-an-phu", stdin=ANSWERS, lang="en")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "New record: nomination." in done.stderr
    assert "student.full_name\n" in done.stderr
    assert "(day/month/year, e.g. 05/10/2021)" in done.stderr
    assert "Another line? (yes/no) [no]" in done.stderr
    assert "Created " in done.stdout
    vietnamese = set("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
    assert not vietnamese & set(done.stderr.lower()), done.stderr
