"""Acceptance tests: the real ``minhbach validate`` on record trees written into tmp_path."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import SAMPLE_NOMINATION, run_minhbach, write

SCHOOL = """
id: th-an-phu
name: Trường Tiểu học An Phú
level: tieu-hoc
commune: phuoc-kien
phone: 028 3873 1234
"""

LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning) (?P<code>[A-Z0-9-]+): .+$"
)


def valid_tree(records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    write(records, "nominations/th-an-phu/dx-k7q3m9.yaml", SAMPLE_NOMINATION)


def validate(records: Path, *extra: str):
    return run_minhbach("validate", "--records", str(records), "--as-of", "2022-06-30", *extra)


def problems(result) -> list[tuple[str, int, str]]:
    found = []
    for line in result.stdout.splitlines():
        match = LINE.match(line)
        assert match, f"not a problem line: {line!r}"
        found.append((Path(match["path"]).name, int(match["line"]), match["code"]))
    return found


def test_valid_records_pass_with_exit_zero(records: Path) -> None:
    valid_tree(records)
    result = validate(records)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "2 tệp, 0 lỗi" in result.stderr


def test_every_problem_is_listed_with_path_line_column(records: Path) -> None:
    valid_tree(records)
    write(
        records,
        "nominations/th-an-phu/dx-k7q3m9.yaml",
        SAMPLE_NOMINATION.replace("grade: 3", "grade: ba").replace(
            "guardian: true", "guardian: yes"
        ),
    )
    result = validate(records)
    assert result.returncode == 1
    assert problems(result) == [
        ("dx-k7q3m9.yaml", 9, "SCHEMA-TYPE"),
        ("dx-k7q3m9.yaml", 21, "YAML-BOOLEAN"),
    ]
    assert result.stdout.startswith(
        f"{records}/nominations/th-an-phu/dx-k7q3m9.yaml:9:3: error SCHEMA-TYPE"
    )
    assert "viết `true` (có) hoặc `false` (không)" in result.stdout


def test_impossible_date_is_named_in_vietnamese(records: Path) -> None:
    valid_tree(records)
    write(
        records,
        "nominations/th-an-phu/dx-k7q3m9.yaml",
        SAMPLE_NOMINATION.replace("2013-04-12", "2015-02-30"),
    )
    result = validate(records)
    assert result.returncode == 1
    assert (
        "Trường `student.birth_date` (Ngày sinh): ngày 30/02/2015 không tồn tại." in result.stdout
    )


def test_messages_never_quote_valid_private_values(records: Path) -> None:
    valid_tree(records)
    broken = SAMPLE_NOMINATION.replace("status: de-xuat", "status: chua-ro").replace(
        "relation: mẹ", "relation: mẹ\n  email: x"
    )
    write(records, "nominations/th-an-phu/dx-k7q3m9.yaml", broken)
    result = validate(records, "--format", "json")
    assert result.returncode == 1
    for private in (
        "Nguyễn Văn Bình",
        "2013-04-12",
        "12/04/2013",
        "0909123456",
        "0123456789",
        "Trần Thị Cúc",
    ):
        assert private not in result.stdout


@pytest.mark.parametrize(
    ("relative", "code"),
    [
        ("nominations/th-an-phu/DX-K7Q3M9.yaml", "ID-FILE-NAME"),
        ("nominations/th-an-phu/dx..k7q3m9.yaml", "ID-FILE-NAME"),
        ("nominations/dx-k7q3m9.yaml", "RECORD-SCHOOL-FOLDER"),
        ("hoso/dx-k7q3m9.yaml", "RECORD-WRONG-FOLDER"),
        ("nominations/th-an-phuu/dx-k7q3m9.yaml", "RECORD-UNKNOWN-SCHOOL"),
        ("nominations/th-an-phu/dx-k7q3m9.yml", "FILE-EXTENSION"),
    ],
)
def test_misplaced_and_misnamed_files(records: Path, relative: str, code: str) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    write(records, relative, SAMPLE_NOMINATION)
    result = validate(records)
    assert result.returncode == 1
    assert code in {c for _, _, c in problems(result)}


def test_unknown_school_folder_suggests_the_closest(records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    write(
        records,
        "nominations/th-an-phuu/dx-k7q3m9.yaml",
        SAMPLE_NOMINATION.replace("school: th-an-phu", "school: th-an-phuu"),
    )
    result = validate(records)
    assert "Có phải ý bạn là `th-an-phu`?" in result.stdout


def test_id_must_equal_the_file_name_and_follow_the_rule(records: Path) -> None:
    valid_tree(records)
    write(
        records,
        "nominations/th-an-phu/dx-k7q3m9.yaml",
        SAMPLE_NOMINATION.replace("id: dx-k7q3m9", 'id: "dx-k7q3m9\\n"'),
    )
    result = validate(records)
    assert {c for _, _, c in problems(result)} == {"SCHEMA-PATTERN", "ID-MISMATCH"}


def test_school_field_must_match_folder(records: Path) -> None:
    valid_tree(records)
    write(records, "schools/th-binh-an.yaml", SCHOOL.replace("th-an-phu", "th-binh-an"))
    write(
        records,
        "nominations/th-an-phu/dx-k7q3m9.yaml",
        SAMPLE_NOMINATION.replace("school: th-an-phu", "school: th-binh-an"),
    )
    assert ("dx-k7q3m9.yaml", 2, "RECORD-SCHOOL-MISMATCH") in problems(validate(records))


def test_unknown_field_suggests_the_right_name(records: Path) -> None:
    valid_tree(records)
    write(records, "schools/th-an-phu.yaml", SCHOOL + "comune: phuoc-kien\n")
    result = validate(records)
    assert ("th-an-phu.yaml", 6, "SCHEMA-UNKNOWN-FIELD") in problems(result)
    assert "`commune`" in result.stdout


def test_repeated_problem_is_listed_per_file_and_summarised_on_stderr(records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    for n in range(3):
        write(
            records,
            f"donors/nt-{n}.yaml",
            f"id: nt-{n}\nname: Nhà hảo tâm\nkind: ca-nhan\ndisplay: named\nshow_value: co\n",
        )
    result = validate(records)
    assert [c for _, _, c in problems(result)] == ["YAML-BOOLEAN"] * 3
    assert "YAML-BOOLEAN: 3" in result.stderr
    assert (
        "YAML-BOOLEAN" not in result.stdout.splitlines()[-1] or len(result.stdout.splitlines()) == 3
    )


def test_json_format_and_english(records: Path) -> None:
    valid_tree(records)
    write(records, "schools/th-an-phu.yaml", SCHOOL.replace("level: tieu-hoc", "level: tieuhoc"))
    result = run_minhbach(
        "--lang",
        "en",
        "validate",
        "--records",
        str(records),
        "--format",
        "json",
        "--as-of",
        "2022-06-30",
    )
    assert result.returncode == 1
    (item,) = json.loads(result.stdout)
    assert item["code"] == "SCHEMA-ENUM"
    assert item["field"] == "level"
    assert (item["line"], item["column"]) == (3, 1)
    assert item["severity"] == "error"
    assert item["related"] == []
    assert item["message"].startswith("Field `level`")
    assert "`tieu-hoc`" in item["message"]


def test_bad_usage_exits_two(tmp_path: Path) -> None:
    result = run_minhbach("validate", "--records", str(tmp_path / "missing"))
    assert result.returncode == 2
    assert "Không tìm thấy thư mục hồ sơ" in result.stderr


def test_bad_bytes_do_not_crash(records: Path) -> None:
    valid_tree(records)
    write(records, "schools/th-binh-an.yaml", "id: th-binh-an\nname: Trường\n".encode("utf-16"))
    write(records, "schools/th-cu.yaml", b"id: th-cu\nname: Tr\xfd\xf4\xf0ng\n")
    write(records, "schools/th-de.yaml", b"")
    result = validate(records)
    assert result.returncode == 1
    assert {c for _, _, c in problems(result)} == {"FILE-UTF16", "FILE-NOT-UTF8", "YAML-EMPTY"}
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("nesting", ["block", "flow"])
def test_a_file_nested_600_levels_fails_alone(records: Path, nesting: str) -> None:
    """One hostile pull request must not break validation for everyone (issue 15: exit 3)."""
    valid_tree(records)
    deep = (
        "".join("  " * level + "a:\n" for level in range(600))
        if nesting == "block"
        else "a: " + "[" * 600 + "]" * 600 + "\n"
    )
    write(records, "donors/nt-sau.yaml", "id: nt-sau\nname: Sâu\n" + deep)
    write(
        records,
        "schools/th-sai.yaml",
        SCHOOL.replace("th-an-phu", "th-sai").replace("tieu-hoc", "dai-hoc"),
    )
    result = run_minhbach(
        "validate", "--records", str(records), "--as-of", "2022-06-30", cwd=records.parent
    )
    assert result.returncode == 1, result.stderr
    assert not (records.parent / ".minhbach").exists()  # no traceback log: not a bug
    found = problems(result)
    # Where the 65th level starts: line 67 of the indented file, the line of the brackets.
    assert ("nt-sau.yaml", 67 if nesting == "block" else 3, "YAML-TOO-DEEP") in found
    assert ("th-sai.yaml", 3, "SCHEMA-ENUM") in found  # the rest of the tree is still checked
    assert len(found) == 2


def test_a_record_file_linked_from_outside_the_records_folder_is_not_read(
    tmp_path: Path, records: Path
) -> None:
    """A pull request may add a symlink to any file of the machine that runs CI (issue 15)."""
    valid_tree(records)
    outside = write(tmp_path, "ngoai/th-ngoai.yaml", SCHOOL.replace("th-an-phu", "th-ngoai"))
    (records / "schools/th-ngoai.yaml").symlink_to(outside)
    (records / "nominations/th-ngoai").symlink_to(outside.parent, target_is_directory=True)
    # Inside the folder a link is read like the file it names (here: under another name).
    (records / "schools/th-ten-khac.yaml").symlink_to("th-an-phu.yaml")
    result = validate(records)
    assert result.returncode == 1
    assert problems(result) == [
        ("th-ngoai", 1, "FILE-SYMLINK-OUTSIDE"),
        ("th-ngoai.yaml", 1, "FILE-SYMLINK-OUTSIDE"),
        ("th-ten-khac.yaml", 1, "ID-MISMATCH"),
    ]
    assert "ngoai/" not in result.stdout  # where the link points is not printed
    linked = tmp_path / "lien-ket"
    linked.symlink_to(records, target_is_directory=True)  # the folder itself may be a link
    assert [c for _, _, c in problems(validate(linked))].count("FILE-SYMLINK-OUTSIDE") == 2


def test_control_characters_in_a_file_name_are_shown_escaped(records: Path) -> None:
    """A file name with a newline or an escape sequence must not break the one-problem-a-line
    output, nor colour or rewrite the reader's terminal."""
    valid_tree(records)
    write(records, "schools/th-a\nb.yaml", "id: th-a\n")
    write(records, "schools/th-\x1b[31mdo.yaml", "id: th-do\n")
    result = validate(records)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert all(LINE.match(line) for line in lines), lines
    assert "\x1b" not in result.stdout + result.stderr
    paths = {line.split(":", 1)[0] for line in lines}
    assert paths == {f"{records}/schools/th-a\\nb.yaml", f"{records}/schools/th-\\x1b[31mdo.yaml"}
    as_json = json.loads(validate(records, "--format", "json").stdout)
    assert {item["path"] for item in as_json} == paths  # the same names, the same escapes
