"""The lock of an output folder, both ways: ``flock`` (Linux, macOS) and the pid file that Windows
uses (``take_by_file``, called directly here: it must work where ``fcntl`` is missing). The real
command's refusal is in test_faults.py."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minhbach.build import lock
from minhbach.build.lock import BuildBusyError, output_locked, take_by_file, take_by_flock


def holding(lock_file: Path, how: str) -> subprocess.Popen:
    """Another process that takes the lock ``how`` (a function of minhbach.build.lock) and keeps it."""
    # The module alone, by its file: it needs nothing of the package (and the package is slow to load).
    program = (
        "import sys, time, importlib.util as u; from pathlib import Path; "
        "spec = u.spec_from_file_location('lock', sys.argv[2]); lock = u.module_from_spec(spec); "
        f"spec.loader.exec_module(lock); assert lock.{how}(Path(sys.argv[1])) is not None; "
        "print('giu', flush=True); time.sleep(60)"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", program, str(lock_file), lock.__file__],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert other.stdout.readline() == "giu\n"
    return other


def ended_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True
    )
    return int(done.stdout)


@pytest.mark.parametrize("how", ["take_by_flock", "take_by_file"])
def test_a_held_lock_makes_the_second_wait_then_names_the_holder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    if how == "take_by_file":
        monkeypatch.setattr(lock, "fcntl", None)  # as on Windows
    lock_file = tmp_path / "staging" / "output.lock"
    lock_file.parent.mkdir()
    other = holding(lock_file, how)
    try:
        started = time.monotonic()
        with (
            pytest.raises(BuildBusyError) as busy,
            output_locked(tmp_path / "output", lock_file, wait=0.5),
        ):
            pass
        assert time.monotonic() - started >= 0.5
        assert busy.value.pid == other.pid
        assert busy.value.folder == tmp_path / "output"
    finally:
        other.kill()
        other.wait()
    with output_locked(tmp_path / "output", lock_file, wait=0.5):  # released when it ended
        assert lock.holder(lock_file) == os.getpid()


def test_the_pid_file_is_removed_when_the_build_ends(tmp_path: Path) -> None:
    lock_file = tmp_path / "output.lock"
    release = take_by_file(lock_file)
    assert release is not None
    assert lock_file.read_text(encoding="ascii") == f"{os.getpid()}\n"
    release()
    assert not lock_file.exists()


def test_a_pid_file_left_by_a_killed_build_is_taken_over(tmp_path: Path) -> None:
    lock_file = tmp_path / "output.lock"
    lock_file.write_text(f"{ended_pid()}\n", encoding="ascii")
    release = take_by_file(lock_file)
    assert release is not None
    assert lock.holder(lock_file) == os.getpid()
    release()


def test_a_pid_file_without_a_pid_is_only_taken_over_when_old(tmp_path: Path) -> None:
    lock_file = tmp_path / "output.lock"
    lock_file.touch()  # a build that has only just created it
    assert take_by_file(lock_file) is None
    long_ago = time.time() - 60
    os.utime(lock_file, (long_ago, long_ago))  # a build killed right after creating it
    release = take_by_file(lock_file)
    assert release is not None
    release()


def test_a_running_and_an_ended_process() -> None:
    assert lock.process_running(os.getpid())
    assert not lock.process_running(ended_pid())


def test_flock_is_released_by_the_system_when_its_holder_is_killed(tmp_path: Path) -> None:
    lock_file = tmp_path / "output.lock"
    other = holding(lock_file, "take_by_flock")
    assert take_by_flock(lock_file) is None
    other.kill()
    other.wait()
    release = take_by_flock(lock_file)
    assert release is not None
    release()
