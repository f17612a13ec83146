"""``--lang en``: every command's own words are English (issue 16: "--lang en mixes languages").

The records themselves stay as written (a school's name is Vietnamese in any language); what is
checked is that none of the tool's Vietnamese words reaches the output.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from district import write_tree
from helpers import run_minhbach, write

# Words of the tool's Vietnamese sentences (none is in a record of the tiny district).
TOOL_WORDS = re.compile(
    r"\b(Đã|đã|lỗi|cảnh báo|tệp|hồ sơ|Không|không|Chạy|Dòng|dòng|ghi|Thiếu|thư mục|Sổ|Nguồn|"
    r"Cách dùng|tùy chọn|tham số|Xoá|xoá|Lịch sử|sửa|thêm)\b"
)
AS_OF = "2022-06-30"


def english(*args: str, cwd: Path | None = None, stdin: str | None = None):
    done = run_minhbach("--lang", "en", *args, cwd=cwd, stdin=stdin)
    said = done.stdout + done.stderr
    found = TOOL_WORDS.findall(re.sub(r"“[^”]*”", "", said))  # a header quoted as written
    assert not found, (args, found, said)
    return done


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return write_tree(tmp_path / "records")


def test_the_data_commands(tree: Path, tmp_path: Path) -> None:
    assert english("validate", "--records", str(tree), "--as-of", AS_OF).returncode == 0
    for view in ("source", "school", "kind"):
        done = english("balance", "--records", str(tree), "--as-of", AS_OF, "--by", view)
        assert done.returncode == 0
    reports = ["--records", str(tree), "--reports", str(tmp_path / "reports"), "--as-of", AS_OF]
    assert english("report", "lists", *reports).returncode == 0
    # `report reconcile` prints its summary from reports/reconcile.py, reworked under issue 17.
    assert english("import", "--template", str(tmp_path / "mau.xlsx")).returncode == 0
    assert english("demo", "--out", str(tmp_path / "demo"), "--students", "3").returncode == 0


def test_bad_usage(tree: Path, tmp_path: Path) -> None:
    for args in (
        ("validate", "--records", str(tmp_path / "khong-co")),
        ("validate", "--as-of", "30/06/2022"),
        ("balance", "--by", "truong"),
        ("import", str(tmp_path / "khong-co.xlsx"), "--records", str(tree)),
        ("import", "--records", str(tree)),
        ("new", "handover", "--records", str(tree), "--no-input", "--set", "khong=1"),
        ("forget", "--records", str(tree)),
        ("demo", "--out", str(tree), "--students", "3"),
        ("report", "slips", "--records", str(tree), "--school", "th-khong-co"),
    ):
        assert english(*args).returncode == 2, args


def test_new_and_its_questions(tree: Path) -> None:
    done = english(
        "new",
        "followup",
        "--records",
        str(tree),
        "--as-of",
        AS_OF,
        "--set",
        "school=th-an-phu",
        stdin="1\n1\ntrue\n\n",
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_diff_and_history_in_a_repository(tmp_path: Path) -> None:
    root = tmp_path / "kho"
    write_tree(root / "records")
    for args in (
        ("init", "-q", "-b", "main"),
        ("config", "user.name", "Cô Lan"),
        ("config", "user.email", "lan@example.org"),
        ("add", "-A"),
        ("commit", "-qm", "first"),
    ):
        subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)
    write(root / "records", "nominations/th-an-phu/dx-hong.yaml", "id: dx-hong\nschool: [\n")
    options = ["--records", "records", "--as-of", AS_OF]
    assert english("diff", "HEAD", *options, cwd=root).returncode == 0
    assert english("diff", "HEAD", "--format", "markdown", *options, cwd=root).returncode == 0
    assert english("history", "dx-k7q3m9", "--records", "records", cwd=root).returncode == 0
    assert english("diff", "khong-co", *options, cwd=root).returncode == 2
    outside = tmp_path / "ngoai"
    write_tree(outside / "records")
    assert english("diff", "HEAD", *options, cwd=outside).returncode == 2


COMMANDS = ("validate", "build", "demo", "balance", "report", "new", "import", "diff", "history")


@pytest.mark.parametrize("command", [*COMMANDS, "forget", "report lists"])
def test_every_commands_help(command: str) -> None:
    """`--help` is output too: every option explained in English (see messages/help.py)."""
    done = english(*command.split(), "--help")
    assert done.returncode == 0
    assert "usage: minhbach" in done.stdout
    vietnamese = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
    quoted = re.sub(r"“[^”]*”|='[^']*'", "", done.stdout)  # column headers, examples as written
    assert not vietnamese & set(quoted.lower()), done.stdout


def test_the_top_level_help_lists_every_command_in_english() -> None:
    done = english("--help")
    for command in COMMANDS:
        assert f"    {command} " in done.stdout
