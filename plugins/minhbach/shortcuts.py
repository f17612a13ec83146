"""Speed shortcuts: the tricks that make a province's validate and build faster or smaller.

Each changes no output, only time or memory, and each can be switched off without breaking
anything (``bench/shortcuts.py`` does exactly that, one at a time, and prints what each buys).
Callers use them as ``shortcuts.name(...)`` so that the benchmark can switch one off.

What each buys. ``bench/shortcuts.py`` (median of 3 runs, CPU seconds, which contention with
other work inflates less than wall time, and the peak PSS of all processes in MiB) measured on
this project's shared 2-core machine; figures at 100,000 students are from docs/scaling.md:

    shortcut (switched off)   validate 10k    validate 30k    build 10k      at 100,000 / 30,000
    none (all on)             6.3 s  141      17.6 s  374     35.7 s  255
    end_process, keep         6.3 s  141      17.6 s  375     43.0 s  256    1 s (freeing 15 M objects)
    keep only                 6.4 s  141      16.0 s  375
    collector_paused          6.6 s  139      17.6 s  369                    part of 34 → 15 s
    leave_inherited_alone     7.0 s  142      17.5 s  374
    heap_frozen                                               34.2 s  256    build 59 → 46 s (30k)
    give_back_free_memory                                     39.0 s  260    some 200 MB (100k)

At 10,000 and 30,000 students the differences are within the run-to-run noise of this machine
(one build took 38 s of wall time, another of the same code 86 s), except ``collector_paused``
and ``leave_inherited_alone`` at 10,000; they were added for a province's scale, where they
were measured (above, right). Each stays only as long as it measurably pays there.

* ``end_process`` with ``keep`` (``minhbach`` as a command): the validated records are millions
  of small objects; freeing them one by one after the output is printed costs CPU for nothing.
  The command hands them to ``keep`` and the process ends with ``os._exit`` once the output is
  flushed.
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
