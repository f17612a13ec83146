"""``minhbach build`` under faults (issue 15): killed at every moment, run twice at once, stopped
in the middle of its swap. Each runs the real command in its own process, stopped where the test
wants it by the test-only hook ``MINHBACH_TEST_PAUSE_AT`` (``minhbach.build.pause``), and checks
what a careless user would meet afterwards: the old site whole, reports/ as it was, no report
anywhere else, no process left running, and no staging folder after the next build."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import AS_OF, ROOT, assert_all_ended, in_mount_namespace
from minhbach.build import BuildOptions, build
from minhbach.build.staging import StagingArea
from minhbach.build.swap import start_two_renames
from site_records import write_records, write_site

COMMAND = (sys.executable, "-m", "minhbach.cli.main")
PAUSED = "MINHBACH-TEST-PAUSED"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project after one good build: records, settings, content/, output/, reports/."""
    root = tmp_path_factory.mktemp("da-dung")
    write_records(root / "records")
    write_site(root)
    assert build(options(root)).swapped
    return root


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "du-an"
    shutil.copytree(built, copy)
    shutil.rmtree(copy / "cache")  # each test builds in full
    return copy


def options(root: Path) -> BuildOptions:
    return BuildOptions(
        records=root / "records",
        output=root / "output",
        reports=root / "reports",
        settings_file=root / "siteconf.py",
        as_of=AS_OF,
        cache_dir=root / "cache",
    )


def arguments(root: Path) -> list[str]:
    return [
        *COMMAND,
        "build",
        "--records",
        str(root / "records"),
        "--output",
        str(root / "output"),
        "--reports",
        str(root / "reports"),
        "--settings",
        str(root / "siteconf.py"),
        "--as-of",
        AS_OF.isoformat(),
        "--cache-dir",
        str(root / "cache"),
    ]


def files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def without_search_index(found: dict[str, bytes]) -> dict[str, bytes]:
    """Pagefind's index names and hashes its files differently on every run, even of one site."""
    return {name: data for name, data in found.items() if not name.startswith("pagefind/")}


def paused_build(root: Path, stage: str, **env: str) -> tuple[subprocess.Popen, list[int]]:
    """The real command, started and waiting at ``stage``; with the pids it reported (the build,
    then its children)."""
    process = subprocess.Popen(
        arguments(root),
        cwd=root,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "MINHBACH_TEST_PAUSE_AT": stage, **env},
        text=True,
    )
    said = []
    while True:
        line = process.stderr.readline()
        said.append(line)
        assert line, f"the build ended before {stage}: {''.join(said)}"
        if line.startswith(PAUSED):
            return process, [int(word) for word in line.partition(": ")[2].split()]


def reports_elsewhere(root: Path) -> list[str]:
    """Report files (.docx, .xlsx) anywhere in the project but reports/ (the open data's public
    tables, in the site's du-lieu/ folder, staged or published, are .xlsx too, and no report)."""
    return sorted(
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.suffix in (".docx", ".xlsx")
        and root / "reports" not in p.parents
        and p.parent.name != "du-lieu"
    )


def staging_left(root: Path) -> list[str]:
    """What is in the staging area beside the lock file (which stays: it is the lock)."""
    area = root / ".minhbach" / "staging"
    return sorted(p.name for p in area.iterdir() if p.name != "output.lock")


@pytest.mark.parametrize(
    ("stage", "sent", "code", "env"),
    [
        ("validate", signal.SIGKILL, -signal.SIGKILL, {}),
        ("pelican", signal.SIGKILL, -signal.SIGKILL, {}),
        ("reports", signal.SIGKILL, -signal.SIGKILL, {}),
        ("reports", signal.SIGKILL, -signal.SIGKILL, {"MINHBACH_NO_FORK": "1"}),
        ("swap", signal.SIGKILL, -signal.SIGKILL, {}),
        ("pelican", signal.SIGTERM, 143, {}),
        ("reports", signal.SIGINT, 130, {}),
    ],
    ids=[
        "kill-validate",
        "kill-pelican",
        "kill-reports",
        "kill-reports-spawned",
        "kill-swap",
        "term-pelican",
        "ctrl-c-reports",
    ],
)
def test_a_build_stopped_at_any_moment_changes_nothing_and_leaves_nothing(
    project: Path, stage: str, sent: signal.Signals, code: int, env: dict
) -> None:
    """Issue 15: after a kill the reports process went on writing children's names into hidden
    folders next to the output, which no build removed and git did not ignore."""
    site, reports = files(project / "output"), files(project / "reports")
    process, pids = paused_build(project, stage, **env)
    if stage == "reports":  # the reports process paused, after its first report
        assert len(reports_elsewhere(project)) == 1
    if stage in ("pelican", "reports"):  # the reports process runs beside the build
        assert len(set(pids) - {process.pid}) == 1
    process.send_signal(sent)
    assert process.wait(timeout=60) == code
    assert_all_ended([process.pid, *pids])  # before reading: a child left running holds stderr
    if code > 0:
        assert process.stderr.read() == "Đã dừng.\n"
    process.stderr.close()
    assert files(project / "output") == site  # byte for byte
    assert files(project / "reports") == reports
    if code > 0:  # stopped, not killed: it cleaned up after itself at once
        assert staging_left(project) == []
        assert reports_elsewhere(project) == []

    again = build(options(project))
    assert again.swapped
    assert not again.recovered
    assert staging_left(project) == []
    assert reports_elsewhere(project) == []
    assert without_search_index(files(project / "output")) == without_search_index(site)


def test_a_second_build_on_the_same_output_waits_then_names_the_first(project: Path) -> None:
    """Issue 15: two builds at once interleaved their reports file by file."""
    first, _ = paused_build(project, "pelican")
    try:
        started = time.monotonic()
        second = subprocess.run(
            arguments(project), cwd=project, capture_output=True, text=True, timeout=120
        )
        waited = time.monotonic() - started
    finally:
        first.kill()
        first.wait()
    assert second.returncode == 2
    assert second.stderr == (
        f"minhbach: BUILD-BUSY: Một lần dựng khác (tiến trình {first.pid}) đang ghi vào thư mục "
        f"`{project / 'output'}`. Chờ lần dựng đó xong (hoặc dừng nó) rồi chạy lại lệnh; hai lần "
        "dựng cùng lúc sẽ ghi đè lên nhau.\n"
    )
    assert waited >= 3  # it waited for the first to finish before refusing


def test_a_swap_stopped_between_its_two_renames_is_undone_by_the_next_build(
    project: Path,
) -> None:
    """Issue 15: a crash between "old → aside" and "new → output" left no output folder, and
    nothing put the old one back. The two-rename swap (where the one-step exchange is missing:
    Windows, macOS) is stopped there, as a crash would; the next build, whose data is wrong so
    that it changes nothing itself, finds the old site back in place."""
    site = files(project / "output")
    area = StagingArea.of(project / "output", project / "reports")
    shutil.copytree(project / "output", area.site)
    (area.site / "index.html").write_text("trang mới, chưa kiểm xong", encoding="utf-8")
    start_two_renames(area.site, area.output, area.old, area.journal)
    assert not (project / "output").exists()

    broken = project / "records" / "schools" / "th-hong.yaml"
    broken.write_text("id: th-hong\nname: Trường\n", encoding="utf-8")
    done = subprocess.run(arguments(project), cwd=project, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(
        "BUILD-SWAP-RECOVERED: Lần dựng trước bị ngắt giữa lúc thay trang cũ bằng trang mới: trang "
        f"cũ đã được đặt lại vào `{project / 'output'}` trước khi dựng lần này.\n"
    )
    assert files(project / "output") == site
    assert staging_left(project) == []


@pytest.mark.parametrize(
    ("umask", "folders", "plain"), [(0o022, 0o755, 0o644), (0o027, 0o750, 0o640)]
)
def test_the_published_folder_is_readable_by_a_web_server(
    project: Path, umask: int, folders: int, plain: int
) -> None:
    """Issue 15: the published folder was mode 0700, so a web server would answer 403."""
    shutil.rmtree(project / "output")
    done = subprocess.run(
        arguments(project),
        cwd=project,
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.umask(umask),
    )
    assert done.returncode == 0, done.stderr
    modes = {
        (p.is_dir(), p.stat().st_mode & 0o777)
        for p in [project / "output", *(project / "output").rglob("*")]
    }
    assert modes == {(True, folders), (False, plain)}


def test_deleted_reports_are_written_again(project: Path) -> None:
    """Issue 15: after deleting reports/, a rebuild said nothing changed and wrote none."""
    assert build(options(project)).swapped
    assert build(options(project)).unchanged
    written = files(project / "reports")
    one = project / "reports" / "danh-sach-cac-truong.xlsx"
    one.unlink()
    done = subprocess.run(arguments(project), cwd=project, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Không có gì thay đổi" not in done.stderr
    assert files(project / "reports") == written

    shutil.rmtree(project / "reports")
    done = subprocess.run(arguments(project), cwd=project, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Không có gì thay đổi" not in done.stderr
    assert files(project / "reports") == written


def test_the_staging_area_and_its_leftovers_are_ignored_by_git(tmp_path: Path) -> None:
    shutil.copy(ROOT / ".gitignore", tmp_path / ".gitignore")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    staged = ".minhbach/staging/output/reports/bao-cao-ubnd-2022-06-30.docx"
    done = subprocess.run(
        ["git", "-C", str(tmp_path), "check-ignore", staged], capture_output=True, text=True
    )
    assert done.stdout == staged + "\n"


def test_leftovers_of_older_builds_are_removed(project: Path) -> None:
    """Builds before the staging area left ``.bao-cao-moi-*`` (with reports) and
    ``.output-moi-*`` next to the folders: the next build removes them."""
    old = [project / ".bao-cao-moi-x1y2", project / ".output-moi-a1b2", project / ".output-cu-c3"]
    for folder in old:
        (folder / "danh-sach").mkdir(parents=True)
        (folder / "danh-sach" / "th-an-binh.xlsx").write_bytes(b"PK")
    assert build(options(project)).swapped
    assert [folder for folder in old if folder.exists()] == []
    assert reports_elsewhere(project) == []


# Mount an overlay (lower "$1", upper and work under "$2") on "$3", build there, compare output/.
_ON_OVERLAY = """
mkdir -p "$2/u" "$2/w"
mount -t overlay minhbach-thu -o "lowerdir=$1,upperdir=$2/u,workdir=$2/w" "$3" || exit 97
cd "$3"
shift 3
"$@"
code=$?
diff -r "$PWD/../lop-duoi/output" output > ../khac-nhau 2>&1
exit $code
"""


def test_an_output_folder_that_cannot_be_renamed_is_named_and_kept(project: Path) -> None:
    """overlayfs (a Docker container's own files) cannot rename a folder that comes from an
    image layer: neither the one-step exchange nor a plain rename (EXDEV). The site was built in
    a layer below, the build runs on top of it: the old site stays, and the message says why."""
    lower, merged = project.parent / "lop-duoi", project.parent / "tren"
    project.rename(lower)
    merged.mkdir()
    words = [w.replace(str(project), str(merged)) for w in arguments(project)]  # as seen on top
    layers = [str(lower), str(project.parent / "tam"), str(merged)]
    done = in_mount_namespace(_ON_OVERLAY, "sh", *layers, *words, what="an overlay")
    assert done.returncode == 3, done.stderr
    assert done.stderr == (
        f"minhbach: BUILD-CANNOT-RENAME: Không thay được `{merged / 'output'}` bằng bản mới: hệ "
        "thống tệp không cho đổi tên thư mục này tại chỗ (thường gặp khi thư mục có sẵn trong một "
        "lớp của ảnh Docker, hoặc khi .minhbach/ nằm ở ổ đĩa khác). Trang cũ và báo cáo cũ được "
        "giữ nguyên. Xóa thư mục đó một lần (hoặc chọn --output, --reports ở chỗ khác) rồi chạy "
        "lại lệnh.\n"
    )
    assert (project.parent / "khac-nhau").read_text() == ""


def test_a_read_only_output_folder_stops_the_build_before_anything_is_written(
    project: Path,
) -> None:
    """Issue 15: with an unwritable output folder the reports process went on writing children's
    names into a hidden folder. Now nothing starts before the staging area exists."""
    shutil.rmtree(project / "reports")
    parent = project / "chi-doc"
    parent.mkdir()
    words = [w.replace(str(project / "output"), str(parent / "output")) for w in arguments(project)]
    done = in_mount_namespace(
        'mount -t tmpfs -o ro minhbach-thu "$0" || exit 97; "$@"', str(parent), *words,
        what="a tmpfs", cwd=project,
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert done.stderr == (
        f"minhbach: ENV-READ-ONLY: Không ghi được `{parent / '.minhbach'}`: ổ đĩa hoặc thư mục "
        "này chỉ cho đọc. Chọn thư mục khác (tùy chọn --output, --reports hoặc --out) hoặc cho "
        "phép ghi vào đó, rồi chạy lại lệnh.\n"
    )
    assert reports_elsewhere(project) == []
    assert not (project / "reports").exists()
    assert not (project / ".minhbach" / "staging" / "output").exists()
