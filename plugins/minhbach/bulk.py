"""Working through a province's records fast: the work on both cores.

Reading and checking a province's 270,000 record files is Python work per file, so one process
uses one core. A forked child takes every other item while this process does the rest; the child sends its results back as bytes (``encode``/``decode``), which costs far
less than the work. Results come back in the order of the items, exactly as one process would
give them, so nothing downstream can tell the difference.

If the child fails in any way (killed, out of memory, an exception), this process does the
child's half itself: a real error then surfaces here with its ordinary traceback.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Sequence
from typing import TypeVar

from minhbach import shortcuts

T = TypeVar("T")
R = TypeVar("R")

# Below this many items the fork costs more than it saves (and tests stay in one process).
DEFAULT_MINIMUM = 4000
_HEADER = struct.Struct("<Q")


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
    if len(items) < minimum or not _can_fork():
        return work(items, on_item)
    # Spread, not halves: neighbours are alike (files of one type, one school), so each process
    # gets its share of each kind of work and both finish together.
    theirs_at = [i for i in range(len(items)) if int((i + 1) * share) > int(i * share)]
    taken = set(theirs_at)
    mine_at = [i for i in range(len(items)) if i not in taken]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(work, [items[i] for i in theirs_at], encode, write_end)
    os.close(write_end)
    try:
        mine = work([items[i] for i in mine_at], on_item)
        payload = _receive(read_end)
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
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


def _can_fork() -> bool:
    return hasattr(os, "fork") and (os.cpu_count() or 1) >= 2


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
