"""``minhbach diff`` and ``history`` on a real temporary git repository with several commits."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from helpers import SAMPLE_NOMINATION, run_minhbach, write

SCHOOL = """
id: th-an-phu
name: Trường Tiểu học An Phú
level: tieu-hoc
commune: phuoc-kien
"""
DONOR = """
id: cong-ty-abc
name: Công ty ABC
kind: doanh-nghiep
display: named
show_value: true
"""
DONATION = """
id: tn-2021-01
donor: cong-ty-abc
received_on: 2021-10-20
received_by: office
document: BB-01/2021
items:
  - kind: tablet
    quantity: 10
    unit_value_vnd: 3000000
"""
ALLOCATION = """
id: pb-2021-01
source: tn-2021-01
to: th-an-phu
on: 2021-11-01
document: QĐ-05/2021
items:
  - kind: tablet
    quantity: 4
"""


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Two commits: the first with a school, donor, donation and a nomination; the second
    approves the nomination, adds an allocation and changes the guardian's phone."""
    root = tmp_path / "kho"
    git(tmp_path, "init", "-q", "-b", "main", str(root))
    git(root, "config", "user.name", "Cô Lan")
    git(root, "config", "user.email", "lan@example.org")
    records = root / "records"
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    write(records, "donors/cong-ty-abc.yaml", DONOR)
    write(records, "donations/tn-2021-01.yaml", DONATION)
    write(records, "nominations/th-an-phu/dx-k7q3m9.yaml", SAMPLE_NOMINATION)
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Danh sách đầu")
    approved = SAMPLE_NOMINATION.replace(
        "status: de-xuat",
        "status: da-duyet\ndecision:\n  date: 2021-10-25\n  by: Trưởng phòng\n  document: QĐ-04/2021",
    )
    write(
        records,
        "nominations/th-an-phu/dx-k7q3m9.yaml",
        approved.replace("0909123456", "0912000111"),
    )
    write(records, "allocations/pb-2021-01.yaml", ALLOCATION)
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Duyệt và phân bổ")
    return root


def diff(repo: Path, *args: str):
    return run_minhbach("diff", *args, "--records", "records", "--as-of", "2022-06-30", cwd=repo)


def test_text_diff_between_two_commits(repo: Path) -> None:
    done = diff(repo, "HEAD~1", "HEAD")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "1 hồ sơ thêm, 1 sửa, 0 xóa" in out
    assert "+ pb-2021-01 (thêm)" in out
    assert "status: de-xuat → da-duyet" in out
    assert "guardian.phone: ••• → ••• (đã đổi)" in out
    assert "tn-2021-01 / Máy tính bảng: phân bổ +4" in out
    assert "th-an-phu: đề xuất" not in out  # the number of nominations did not change
    assert "đã duyệt +1" in out
    for private in ("0909123456", "0912000111", "Nguyễn Văn Bình", "2013-04-12"):
        assert private not in out


def test_full_shows_the_values(repo: Path) -> None:
    out = diff(repo, "HEAD~1", "HEAD", "--full").stdout
    assert "guardian.phone: 0909123456 → 0912000111" in out


def test_working_tree_is_the_default_head_and_an_invalid_side_is_named(repo: Path) -> None:
    path = repo / "records/allocations/pb-2021-01.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("quantity: 4", "quantity: 40"), encoding="utf-8"
    )
    write(repo / "records", "nominations/th-an-phu/dx-hong.yaml", "id: dx-hong\nschool: [\n")
    done = diff(repo, "HEAD")
    assert done.returncode == 0, done.stderr
    assert "thư mục làm việc: KHÔNG hợp lệ" in done.stdout
    assert "HEAD (" in done.stdout
    assert "items[0].quantity: 4 → 40" in done.stdout
    assert "dx-hong (thêm) records/nominations/th-an-phu/dx-hong.yaml — tệp không đọc được" in (
        done.stdout
    )
    assert "None" not in done.stdout  # issue 16: "dx-hong (thêm) None"
    assert "records/nominations/th-an-phu/dx-hong.yaml:3:1: error YAML-SYNTAX:" in done.stdout


def test_markdown_and_json(repo: Path) -> None:
    markdown = diff(repo, "HEAD~1", "HEAD", "--format", "markdown").stdout
    assert markdown.startswith("## Thay đổi hồ sơ")
    assert "<details>" in markdown
    assert "0912000111" not in markdown
    payload = json.loads(diff(repo, "HEAD~1", "HEAD", "--format", "json").stdout)
    assert payload["masked"] is True
    assert payload["base"]["valid"] is True
    assert {c["id"]: c["status"] for c in payload["changes"]} == {
        "pb-2021-01": "added",
        "dx-k7q3m9": "changed",
    }
    assert payload["balances"] == [{"source": "tn-2021-01", "kind": "tablet", "allocated": 4}]


def test_unknown_revision_is_bad_usage(repo: Path) -> None:
    done = diff(repo, "khong-co")
    assert done.returncode == 2
    assert "khong-co" in done.stderr


def test_history_follows_the_record(repo: Path) -> None:
    old = repo / "records/nominations/th-an-phu/dx-k7q3m9.yaml"
    write(
        repo / "records", "schools/th-hiep-phuoc.yaml", SCHOOL.replace("th-an-phu", "th-hiep-phuoc")
    )
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "Thêm trường")
    (repo / "records/nominations/th-hiep-phuoc").mkdir(parents=True)
    git(repo, "mv", str(old), "records/nominations/th-hiep-phuoc/dx-k7q3m9.yaml")
    moved = repo / "records/nominations/th-hiep-phuoc/dx-k7q3m9.yaml"
    moved.write_text(
        moved.read_text(encoding="utf-8").replace("school: th-an-phu", "school: th-hiep-phuoc"),
        encoding="utf-8",
    )
    git(repo, "commit", "-qam", "Học sinh chuyển trường")
    done = run_minhbach("history", "dx-k7q3m9", "--records", "records", cwd=repo)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert (
        out.index("Học sinh chuyển trường")
        < out.index("Duyệt và phân bổ")
        < out.index("Danh sách đầu")
    )
    assert "Cô Lan" in out
    assert "[chuyển tệp]" in out
    assert "[tạo]" in out
    assert "school: th-an-phu → th-hiep-phuoc" in out
    assert "student.full_name: N.V.B." in out
    assert "Nguyễn Văn Bình" not in out
    assert "0909123456" not in out
    assert run_minhbach("history", "dx-khong-co", "--records", "records", cwd=repo).returncode == 2


def test_the_summary_prints_no_private_field_of_a_child(repo: Path) -> None:
    """Issue 16: the masked diff printed gender and a single student's categories."""
    nomination = repo / "records/nominations/th-an-phu/dx-k7q3m9.yaml"
    text = nomination.read_text(encoding="utf-8")
    text = text.replace("gender: nam", "gender: nu").replace(
        "categories: [mo-coi-cha]", "categories: [mo-coi-me, ho-ngheo]"
    )
    nomination.write_text(text, encoding="utf-8")
    write(
        repo / "records",
        "nominations/th-an-phu/dx-m2n3p4.yaml",
        SAMPLE_NOMINATION.replace("dx-k7q3m9", "dx-m2n3p4")
        .replace("Nguyễn Văn Bình", "Lê Thị Hoa")
        .replace("student_code: 0123456789", "student_code: 0123456780")
        .replace("categories: [mo-coi-cha]", "categories: [mo-coi-ca-hai]"),
    )
    for form in ("text", "markdown", "json"):
        out = diff(repo, "HEAD", "--format", form).stdout
        for private in ("mo-coi", "ho-ngheo", "Lê Thị Hoa", "0123456780"):
            assert private not in out, (form, private)
        for short in ("nam", "nu", "3A"):  # gender, class
            assert f": {short}\n" not in out, (form, short)
            assert f'"{short}"' not in out, (form, short)
        assert "categories[1]" not in out  # not even how many categories a child has
    text = diff(repo, "HEAD").stdout
    assert "    student.gender: ••• → ••• (đã đổi)" in text
    assert "    categories: ••• → ••• (đã đổi)" in text
    assert "    student.full_name: L.T.H." in text
    assert "    student.grade: 3" in text  # public: shown
    assert "    needs[0].kind: tablet" in text


def test_english(repo: Path) -> None:
    done = run_minhbach(
        "--lang",
        "en",
        "diff",
        "HEAD~1",
        "HEAD",
        "--records",
        "records",
        "--as-of",
        "2022-06-30",
        cwd=repo,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "1 records added, 1 changed, 0 removed" in out
    assert "+ pb-2021-01 (added)" in out
    assert "tn-2021-01 / Tablet: allocated +4" in out
    assert "== New errors and warnings" in out
    for word in ("thêm", "sửa", "hợp lệ", "Máy tính"):
        assert word not in out
