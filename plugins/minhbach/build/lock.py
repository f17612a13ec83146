"""One build at a time per output folder: a second one waits a little, then says who holds it.

Two builds writing the same output/ and reports/ interleave their files and swap each other's
sites away. The lock is a file in the staging area (``minhbach.build.staging``) holding the pid
of the build that has it:

* where ``fcntl`` exists (Linux, macOS), ``flock`` on that file: the system releases it when
  the build ends, however it ends (a kill, a crash), so a lock is never left behind;
* elsewhere (Windows), the file itself is the lock: created with ``O_EXCL`` (only one process
  can create it), removed when the build ends. A build killed before removing it leaves it
  behind; the next build sees that its pid no longer runs and takes the lock over.

Only a build holds it; the reports process it starts works under its parent's lock.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

WAIT_SECONDS = 3.0  # a build that is just ending is waited for; one that is running is not
_POLL = 0.1
_EMPTY_FOR = 10.0  # seconds after which a lock file still without a pid was left behind

Release = Callable[[], None]


class BuildBusyError(Exception):
    """Another build holds the lock of this output folder (exit 2: run again when it is done)."""

    def __init__(self, folder: Path, pid: int | None, lock_file: Path) -> None:
        super().__init__(f"{folder} is being built by process {pid}")
        self.folder = folder
        self.pid = pid
        self.lock_file = lock_file


@contextlib.contextmanager
def output_locked(folder: Path, lock_file: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock of ``folder`` (kept in ``lock_file``) for the block, waiting up to ``wait``.

    Raises BuildBusyError naming the folder and the other build's pid when it is still held.
    """
    take = take_by_flock if fcntl is not None else take_by_file
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    while (release := take(lock_file)) is None:
        if time.monotonic() >= deadline:
            raise BuildBusyError(folder, holder(lock_file), lock_file)
        time.sleep(_POLL)
    try:
        yield
    finally:
        release()


def holder(lock_file: Path) -> int | None:
    """The pid written in the lock file (None if it cannot be read yet)."""
    try:
        return int(lock_file.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def take_by_flock(lock_file: Path) -> Release | None:
    """The lock through ``flock``; None while another process holds it."""
    handle = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(handle)
        return None
    os.ftruncate(handle, 0)
    os.write(handle, f"{os.getpid()}\n".encode("ascii"))
    return lambda: os.close(handle)  # closing the file releases the lock


def take_by_file(lock_file: Path) -> Release | None:
    """The lock as a file only one process can create (where there is no ``flock``).

    A lock file left by a build that was killed (``left_behind``) is removed and the lock taken.
    """
    try:
        handle = os.open(lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        if not left_behind(lock_file):
            return None
        with contextlib.suppress(FileNotFoundError):
            os.unlink(lock_file)
        return take_by_file(lock_file)
    try:
        os.write(handle, f"{os.getpid()}\n".encode("ascii"))
    finally:
        os.close(handle)
    return lambda: _remove(lock_file)


def left_behind(lock_file: Path) -> bool:
    """True if no running build holds this lock file.

    Its pid no longer runs (or is this very process: a pid used again after a reboot). A file
    with no pid yet belongs to a build that has only just created it, unless it is old.
    """
    pid = holder(lock_file)
    if pid is not None:
        return pid == os.getpid() or not process_running(pid)
    try:
        return time.time() - lock_file.stat().st_mtime > _EMPTY_FOR
    except FileNotFoundError:
        return False


def _remove(lock_file: Path) -> None:
    # On Windows a file another build is reading at that instant cannot be removed: try again.
    for _ in range(20):
        try:
            os.unlink(lock_file)
            return
        except FileNotFoundError:
            return
        except PermissionError:
            time.sleep(_POLL)


def process_running(pid: int) -> bool:
    """True if a process with this pid runs (or may run: when in doubt, it does)."""
    if os.name == "nt":
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def _windows_process_running(pid: int) -> bool:
    # Never os.kill there: on Windows it ends the process whatever the signal.
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.OpenProcess.restype = ctypes.c_void_p
    query_limited_information, still_active, access_denied = 0x1000, 259, 5
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == access_denied
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(ctypes.c_void_p(handle), ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(ctypes.c_void_p(handle))
