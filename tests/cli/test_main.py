"""The entry point under faults (issue 15): Ctrl+C, a full disk, a read-only, missing or forbidden
folder. Each runs the real command in its own process and meets the machine's own error: a tiny
tmpfs that fills up, a read-only mount, a folder the user may not write, /dev/full. Mounts and the
other user come from a private namespace (``unshare``): the tests fail, never skip, where the
machine allows neither."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import OFFICE_SETTINGS, in_mount_namespace, run_minhbach, write
from minhbach.cli.main import main

SCHOOL = "id: th-an-phu\nname: Trường Tiểu học An Phú\nlevel: tieu-hoc\ncommune: phuoc-kien\n"
DAY = ("--as-of", "2022-06-30")
COMMAND = (sys.executable, "-m", "minhbach.cli.main")
BUG = "nhóm phát triển"
# Run a command with a fresh tmpfs mounted (options "$1") on "$2"; then list what is left on it.
_ON_TMPFS = """
mount -t tmpfs -o "$1" minhbach-thu "$2" || exit 97
mount=$2
shift 2
"$@"
code=$?
find "$mount" -mindepth 1 > "$mount.con-lai"
exit $code
"""


def records_with_a_school(folder: Path) -> Path:
    """Real records (no ``demo: true``), with the office's settings: documents may be printed."""
    write(folder, "records/schools/th-an-phu.yaml", SCHOOL)
    write(folder, "pelicanconf.py", OFFICE_SETTINGS)
    return folder / "records"


def on_tmpfs(tmp_path: Path, options: str, *args: str) -> tuple[subprocess.CompletedProcess, Path]:
    """``minhbach ARGS`` with ``tmp_path/dia`` a fresh tmpfs mounted with ``options``."""
    mount = tmp_path / "dia"
    mount.mkdir()
    done = in_mount_namespace(
        _ON_TMPFS, "sh", options, str(mount), *COMMAND, *args,
        what="a tmpfs", cwd=tmp_path, timeout=120,
    )  # fmt: skip
    return done, mount


def assert_machine_error(done: subprocess.CompletedProcess, cwd: Path, line: str) -> None:
    """Exit 3 with exactly ``line`` on standard error: no bug report, no traceback log."""
    assert done.returncode == 3, done.stdout + done.stderr
    assert done.stderr == line + "\n"
    assert BUG not in done.stderr
    assert not (cwd / ".minhbach").exists()


@pytest.mark.parametrize(("lang", "said"), [("vi", "Đã dừng.\n"), ("en", "Stopped.\n")])
def test_ctrl_c_stops_with_130_and_says_so(tmp_path: Path, lang: str, said: str) -> None:
    """Issue 15: Ctrl+C exited 3 ("the program failed") and said nothing."""
    records = records_with_a_school(tmp_path)
    process = subprocess.Popen(
        [*COMMAND, "--lang", lang, "new", "donor", "--records", str(records)],
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    asked = b""
    deadline = time.monotonic() + 60
    while not asked.endswith(b"> "):  # until the first question waits for its answer
        assert time.monotonic() < deadline, asked
        asked += os.read(process.stderr.fileno(), 4096)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.decode() == said
    assert not (records / "donors").exists()  # nothing written
    assert not (tmp_path / ".minhbach").exists()


@pytest.mark.parametrize(
    ("options", "command", "said", "left"),
    [
        (
            "size=4k",
            ["report", "lists", "--reports", "bao-cao"],
            "ENV-NO-SPACE: Không ghi được `{mount}/bao-cao/danh-sach-cac-truong.xlsx`: ổ đĩa đã "
            "đầy. Giải phóng chỗ trống trên ổ đĩa đó (xóa tệp không cần, dọn thùng rác) hoặc chọn "
            "thư mục ở ổ đĩa khác, rồi chạy lại lệnh.",
            ["bao-cao"],  # no half-written report, no temporary file
        ),
        (
            "ro",
            ["report", "ubnd", "--out", "bao-cao.docx"],
            "ENV-READ-ONLY: Không ghi được `{mount}/bao-cao.docx`: ổ đĩa hoặc thư mục này chỉ cho "
            "đọc. Chọn thư mục khác (tùy chọn --output, --reports hoặc --out) hoặc cho phép ghi "
            "vào đó, rồi chạy lại lệnh.",
            [],
        ),
    ],
    ids=["full", "read-only"],
)
def test_a_full_or_read_only_disk_is_named_with_what_to_do(
    tmp_path: Path, options: str, command: list[str], said: str, left: list[str]
) -> None:
    """Issue 15: these gave the generic "lỗi của chương trình … báo cho nhóm phát triển"."""
    records = records_with_a_school(tmp_path)
    *words, target = command
    done, mount = on_tmpfs(
        tmp_path, options, *words, str(tmp_path / "dia" / target), "--records", str(records), *DAY
    )
    assert_machine_error(done, tmp_path, "minhbach: " + said.format(mount=mount))
    assert Path(f"{mount}.con-lai").read_text().split() == [f"{mount}/{name}" for name in left]


def test_a_full_device_in_english(tmp_path: Path) -> None:
    """/dev/full answers every write with "no space left": the kernel's own error."""
    done = run_minhbach("--lang", "en", "import", "--template", "/dev/full", cwd=tmp_path)
    assert_machine_error(
        done,
        tmp_path,
        "minhbach: ENV-NO-SPACE: Cannot write `/dev/full`: the disk is full. Free some space on "
        "that disk (delete files you do not need, empty the bin) or choose a folder on another "
        "disk, then run the command again.",
    )
    assert Path("/dev/full").is_char_device()  # written to, never replaced


def test_a_folder_the_user_may_not_write_is_named(tmp_path: Path) -> None:
    """As another user (root would be let through): the folder's owner, with write taken away."""
    records = records_with_a_school(tmp_path)
    locked = tmp_path / "khoa"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    done = subprocess.run(
        ["unshare", "--user", "--map-user=65534", "--map-group=65534", *COMMAND, "report"]
        + ["ubnd", "--records", str(records), "--out", str(locked / "bao-cao.docx"), *DAY],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert_machine_error(
        done,
        tmp_path,
        f"minhbach: ENV-PERMISSION: Không có quyền dùng `{locked}/bao-cao.docx`. Kiểm tra quyền "
        "của tệp và thư mục đó (nếu tệp đang mở trong Excel hoặc Word, đóng lại) hoặc chọn thư "
        "mục khác, rồi chạy lại lệnh.",
    )


def test_a_missing_parent_folder_is_named(tmp_path: Path) -> None:
    done = run_minhbach("import", "--template", "khong-co/mau.xlsx", cwd=tmp_path)
    assert_machine_error(
        done,
        tmp_path,
        "minhbach: ENV-NOT-FOUND: Không tìm thấy `khong-co/mau.xlsx`: tệp hoặc thư mục chứa nó "
        "không tồn tại. Tạo thư mục đó hoặc sửa đường dẫn, rồi chạy lại lệnh.",
    )


@pytest.mark.parametrize(
    "fault", [RuntimeError("lỗi thử"), OSError(errno.ELOOP, "lỗi thử", "x")], ids=["bug", "oserror"]
)
def test_a_fault_of_the_program_still_leaves_its_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, fault
) -> None:
    """The log stays for real bugs, and an OSError the machine does not explain is one. (A bug
    cannot be had from the real program on purpose: the check that raises is replaced.)"""
    records = records_with_a_school(tmp_path)
    monkeypatch.chdir(tmp_path)

    def broken(*_args, **_kwargs):
        raise fault

    monkeypatch.setattr("minhbach.cli.validate.validate_folder", broken)
    assert main(["validate", "--records", str(records), *DAY]) == 3
    assert BUG in capsys.readouterr().err
    assert "lỗi thử" in (tmp_path / ".minhbach/last-error.log").read_text(encoding="utf-8")


def test_the_commands_start_without_loading_the_table_solver() -> None:
    """scipy and numpy (for the disclosure audit's tables) cost every command half a second at
    start when imported at the top; they are loaded only when a table is solved."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys, minhbach.cli.main; print(sorted("
         "m for m in ('scipy', 'numpy') if m in sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "[]"
