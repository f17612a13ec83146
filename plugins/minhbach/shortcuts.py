"""Speed shortcuts: the tricks that make a province's validate and build faster or smaller.

Each changes no output, only time or memory, and each can be switched off without breaking
anything (``bench/shortcuts.py`` does exactly that, one at a time, and prints what each buys).
Callers use them as ``shortcuts.name(...)`` so that the benchmark can switch one off.

What each bought on a 10,000-student demo (26,968 files; 2 cores shared with other work, so
CPU seconds, which contention does not inflate, are the figure to read; run
``python bench/shortcuts.py --students 10000`` for today's):

* ``end_process`` with ``keep`` (``minhbach`` as a command): the validated records are some
  1.5 million small objects (15 million at a province's scale); freeing them one by one after
  the output is printed costs CPU for nothing. The command hands them to ``keep`` and the
  process ends with ``os._exit`` once the output is flushed.
* ``collector_paused`` (reading and checking records): records are trees, never cycles, so the
  cycle collector's full walks of the growing heap find nothing.
* ``heap_frozen`` (the build): the validated records left out of the collector's walks while
  Pelican, the guard and the reports run (and not copied page by page in the reports' child).
* ``leave_inherited_alone`` (a forked child): the same, for what a child inherits.
* ``give_back_free_memory`` (the build and its reports process): glibc keeps freed pages;
  ``malloc_trim`` hands them back, which lowers the peak when the guard and the reports overlap.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NoReturn


def end_process(run: Callable[[Callable[[object], None]], int]) -> NoReturn:
    """``run(keep)``, then end the process at once: what ``keep`` received is never freed.

    The output is flushed first; a reader that went away (``| head``) is not an error.
    """
    kept: list[object] = []
    code = run(kept.append)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        pass
    os._exit(code)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a while; what was built meanwhile is then frozen.

    Records are trees of dicts, lists and strings, never cycles: while hundreds of thousands of
    them are built, each full collection walks the whole growing heap for nothing (at 100,000
    students, a third of the reading time and of the checks across records). Everything built
    meanwhile would then sit in the youngest generation, and the first collection after the
    pause would walk it all (a second); so it is frozen instead (``gc.freeze``): left out of
    later walks, yet freed as usual when nothing refers to it any more.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


@contextmanager
def heap_frozen() -> Iterator[None]:
    """Everything alive now left out of the cycle collector's walks, until the block ends.

    The build keeps the validated records (millions of objects at a province's scale) to the
    end; without this every full collection during Pelican, the guard and the reports walks
    them all again, and in a forked child it also copies every page it walks. Frozen objects
    are still freed as usual when nothing refers to them.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def leave_inherited_alone() -> None:
    """In a forked child: the inherited objects are not ours to collect.

    Freezing them keeps the collector from touching (and so copying) every page shared with
    the parent.
    """
    gc.freeze()


def give_back_free_memory() -> None:
    """Hand the C allocator's free pages back to the system (glibc only; elsewhere nothing).

    A report that built a large document frees it when done, but glibc keeps the freed pages
    for later use: at a province's scale the UBND report left some 200 MB held by the process
    that writes the reports while the leak guard ran beside it. ``malloc_trim`` releases them.
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)
