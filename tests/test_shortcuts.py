"""The speed shortcuts do what they claim and change nothing else (their gains: bench/shortcuts.py)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

import pytest

from minhbach.shortcuts import collector_paused, give_back_free_memory, heap_frozen


def test_collector_paused_then_as_it_was_and_what_was_built_frozen():
    assert gc.isenabled()
    frozen_before = gc.get_freeze_count()
    with collector_paused():
        assert not gc.isenabled()
        built = [{"a": [i]} for i in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen_before + 2000
    assert built[999] == {"a": [999]}
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off before: left off
    finally:
        gc.enable()


def _resident_mib() -> float:
    with open("/proc/self/statm") as stream:
        return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(
    sys.platform != "linux",
    reason="Linux only: malloc_trim is glibc's (elsewhere give_back_free_memory does nothing, by "
    "design), and the resident size is read from /proc",
)
def test_freed_memory_goes_back_to_the_system():
    blocks = [bytes(1000 + n % 7) for n in range(150_000)]  # C-allocated, not Python's arenas
    kept = blocks[-1]  # the last block pins the heap's top: freeing the rest cannot shrink it
    del blocks
    held = _resident_mib()
    give_back_free_memory()
    assert held - _resident_mib() > 60
    assert len(kept) == 1003


def test_heap_frozen_leaves_the_heap_out_of_the_walks_until_the_block_ends():
    kept = [{"a": [i]} for i in range(1000)]
    gc.unfreeze()
    with heap_frozen():
        assert gc.get_freeze_count() >= 2000
    assert gc.get_freeze_count() == 0
    assert kept[999] == {"a": [999]}


def test_end_process_flushes_the_output_and_exits_with_the_code():
    program = (
        "import sys; from minhbach import shortcuts; "
        "shortcuts.end_process(lambda keep: (keep([0] * 10), print('xong'), "
        "print('lỗi', file=sys.stderr), 3)[-1])"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (3, "xong\n", "lỗi\n")
