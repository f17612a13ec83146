"""The last stage: the staged site takes the place of the published one, or nothing changes.

On Linux the two folders trade places in one step (``renameat2`` with ``RENAME_EXCHANGE``, which
ext4, tmpfs, overlayfs, btrfs and xfs support): at every instant output/ is the whole old site
or the whole new one, and a build killed right after leaves the old site in the staging area,
removed by the next build.

Elsewhere (Windows, macOS, a filesystem that refuses the exchange) it takes two renames, old →
aside then new → output, with a journal written before them and removed after. A build stopped
between the two (killed, a power cut) leaves no output folder but the journal: the next build
first puts the old site back (``recover``). On Windows a folder cannot be renamed onto one that
exists (``os.replace`` refuses folders), so the two renames only ever go to a free name; a
folder with a file open in another program (an antivirus scan, a web server, an Explorer
window) cannot be renamed for a moment, so a refused rename is tried again for a few seconds
there, and if the second one still fails the old site is put back at once.

Before it is published the new site is made readable by a web server: folders 755 and files
644, less what the user's umask takes away.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_CANNOT_EXCHANGE = {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP}


def swap(
    new: Path,
    output: Path,
    old: Path,
    journal: Path,
    exchange: Callable[[Path, Path], bool] | None = None,
) -> None:
    """Put ``new`` where ``output`` is; the old site is removed last.

    ``old`` and ``journal`` are the places of the two-rename swap (next to ``new``, on the same
    filesystem as ``output``). ``exchange`` (tests) replaces the one-step exchange.
    """
    open_to_readers(new)
    if not output.exists():
        _rename(new, output)
        return
    if (exchange or exchange_folders)(new, output):
        shutil.rmtree(new, ignore_errors=True)  # it holds the old site now
        return
    start_two_renames(new, output, old, journal)
    try:
        _rename(new, output)
    except OSError:
        _rename(old, output)
        journal.unlink()
        raise
    journal.unlink()
    shutil.rmtree(old, ignore_errors=True)


def start_two_renames(new: Path, output: Path, old: Path, journal: Path) -> None:
    """The journal, then the published site moved aside: the first half of a two-rename swap."""
    record = {"output": str(output), "old": str(old), "new": str(new), "pid": os.getpid()}
    with open(journal, "w", encoding="utf-8") as handle:
        json.dump(record, handle)
        handle.flush()
        os.fsync(handle.fileno())
    _rename(output, old)


def recover(output: Path, old: Path, journal: Path) -> bool:
    """After a swap stopped between its two renames, the old site is put back. True if it was.

    The old site, not the new: an interrupted build changes nothing that is published, and
    the new site is built again by the next build (the cache forgot it when that build began).
    """
    if not journal.exists():
        return False
    restored = not output.exists() and old.exists()
    if restored:
        _rename(old, output)
    journal.unlink()
    return restored


def exchange_folders(first: Path, second: Path) -> bool:
    """Swap two folders in one atomic step; False where the system or the filesystem cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2  # glibc 2.28+, musl 1.2.5+
    except AttributeError:
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    renameat2.restype = ctypes.c_int
    done = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in _CANNOT_EXCHANGE:
        return False
    raise OSError(code, os.strerror(code), str(second))


def open_to_readers(folder: Path) -> None:
    """Folders 755 and files 644 (less the umask): a web server reads what the build wrote.

    Staging folders and copied files keep the modes they were made with (a private temporary
    folder was 700, and a web server then answered 403 for the whole site). Links are left alone.
    """
    mask = os.umask(0)
    os.umask(mask)
    folders, files = 0o777 & ~mask, 0o666 & ~mask
    os.chmod(folder, folders)
    waiting = [str(folder)]
    while waiting:
        with os.scandir(waiting.pop()) as entries:
            for entry in entries:
                if entry.is_symlink():
                    continue
                if entry.is_dir():
                    os.chmod(entry.path, folders)
                    waiting.append(entry.path)
                else:
                    os.chmod(entry.path, files)


def _rename(source: Path, target: Path) -> None:
    """``os.rename`` to a free name; on Windows a folder briefly held open is tried again."""
    for _ in range(25 if os.name == "nt" else 0):
        try:
            os.rename(source, target)
            return
        except PermissionError:
            time.sleep(0.2)
    os.rename(source, target)
