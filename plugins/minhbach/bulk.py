"""Working through a province's records fast: the work on both cores.

Reading and checking a province's 270,000 record files is Python work per file, so one process
uses one core. A forked child takes every other item while this process does the rest; the
child sends its results back as bytes (``encode``/``decode``), which costs far less than the
work. Results come back in the order of the items, exactly as one process would give them, so
nothing downstream can tell the difference.

If the child fails in any way (killed, out of memory, an exception), this process does the
child's half itself: a real error then surfaces here with its ordinary traceback. If this
process is killed, the child ends too (``end_with_parent``): nothing keeps working for nobody.

Where ``fork`` does not exist (Windows) or is unsafe (macOS, whose system libraries may start
threads), or when ``MINHBACH_NO_FORK`` is set, everything is done in this process: a fresh
(spawned) child would have to import the package again and receive every record through a pipe
for the checks across records, which at a district's scale costs more than it saves. The other
second process of the tool, the build's reports (``minhbach.build.side``), uses ``start_method``
to pick fork or spawn the same way.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import struct
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

from minhbach import shortcuts

T = TypeVar("T")
R = TypeVar("R")

# Below this many items the fork costs more than it saves (and tests stay in one process).
DEFAULT_MINIMUM = 4000
_HEADER = struct.Struct("<Q")
# Set (to anything but "" or "0"), the tool never forks: what Windows does, for tests and staff.
NO_FORK = "MINHBACH_NO_FORK"


def start_method() -> str:
    """How a second process starts here: "fork" where it exists and is safe, else "spawn".

    Fork shares the records with the child for free and is the default on Linux (the memory
    targets of docs/scaling.md are measured with it). macOS lists fork but Python itself no
    longer uses it there (system libraries may hold threads a forked child cannot use).
    """
    if os.environ.get(NO_FORK, "") not in ("", "0") or sys.platform == "darwin":
        return "spawn"
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def end_with_parent(sentinel: int) -> None:
    """In a child process: end it as soon as its parent has ended, however the parent ended.

    ``sentinel`` becomes ready when the parent is gone: the read end of a pipe only the parent
    can write (a killed parent's end is closed by the system), or what
    ``multiprocessing.parent_process().sentinel`` gives (the parent's process handle on
    Windows). A watcher thread waits on it; the child's work never has to look.
    """

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="minhbach-parent-watch", daemon=True).start()


def map_on_two_cores(
    work: Callable[[Sequence[T], Callable[[], None] | None], list[R]],
    items: Sequence[T],
    *,
    encode: Callable[[list[R]], bytes],
    decode: Callable[[bytes], list[R]],
    on_item: Callable[[], None] | None = None,
    minimum: int = DEFAULT_MINIMUM,
    share: float = 0.5,
) -> list[R]:
    """``work(items, on_item)``, a ``share`` of the items in a forked child when it is worth it.

    ``work`` must return one result per item, in order. ``on_item`` (progress) is called here
    only: for this process's items as they are done, then once per item of the child's share.
    A ``share`` under a half leaves the child time to encode what this process must decode.
    """
    if len(items) < minimum or not _two_cores():
        return work(items, on_item)
    # Spread, not halves: neighbours are alike (files of one type, one school), so each process
    # gets its share of each kind of work and both finish together.
    theirs_at = [i for i in range(len(items)) if int((i + 1) * share) > int(i * share)]
    taken = set(theirs_at)
    mine_at = [i for i in range(len(items)) if i not in taken]
    read_end, write_end = os.pipe()
    alive_read, alive_write = os.pipe()  # held open by this process only: the child's sentinel
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        os.close(alive_write)
        end_with_parent(alive_read)
        _child(work, [items[i] for i in theirs_at], encode, write_end)
    os.close(write_end)
    os.close(alive_read)
    try:
        mine = work([items[i] for i in mine_at], on_item)
        payload = _receive(read_end)
    except BaseException:  # stopped (Ctrl+C) or failed here: the child's half is not wanted
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
        os.close(alive_write)
    theirs = decode(payload) if payload is not None and status == 0 else None
    if theirs is None or len(theirs) != len(theirs_at):
        theirs = work([items[i] for i in theirs_at], None)
    if on_item is not None:
        for _ in theirs_at:
            on_item()
    merged: list[R] = [None] * len(items)  # type: ignore[list-item]
    for i, result in zip(theirs_at, theirs, strict=True):
        merged[i] = result
    for i, result in zip(mine_at, mine, strict=True):
        merged[i] = result
    return merged


def _two_cores() -> bool:
    return start_method() == "fork" and (os.cpu_count() or 1) >= 2


def _child(work, items, encode, write_end: int) -> None:
    code = 1
    try:
        shortcuts.leave_inherited_alone()
        payload = encode(work(items, None))
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(_HEADER.pack(len(payload)))
            pipe.write(payload)
        code = 0
    except BaseException:  # the parent redoes this half and reports any error
        code = 1
    finally:
        os._exit(code)


def _receive(read_end: int) -> bytes | None:
    """The child's payload, or None if it did not send a whole one."""
    with os.fdopen(read_end, "rb", closefd=False) as pipe:
        header = pipe.read(_HEADER.size)
        if len(header) != _HEADER.size:
            return None
        (size,) = _HEADER.unpack(header)
        payload = pipe.read(size)
    return payload if len(payload) == size else None
