"""Work on two cores: results in order, progress counted here, a failed child redone here, no
child left running after its parent; and in one process where fork is missing."""

from __future__ import annotations

import marshal
import os
import signal
import subprocess
import sys

import pytest

from helpers import assert_all_ended
from minhbach.bulk import NO_FORK, map_on_two_cores, start_method


def _square_with_pid(items, on_item):
    out = []
    for item in items:
        if on_item is not None:
            on_item()
        out.append((item * item, os.getpid()))
    return out


def test_a_smaller_share_for_the_child_is_spread_over_the_list():
    results = map_on_two_cores(
        _square_with_pid,
        list(range(100)),
        encode=marshal.dumps,
        decode=marshal.loads,
        minimum=1,
        share=0.3,
    )
    assert [value for value, _ in results] == [i * i for i in range(100)]
    elsewhere = [i for i, (_, pid) in enumerate(results) if pid != os.getpid()]
    assert len(elsewhere) == 30
    assert elsewhere[0] < 10  # spread, not a block
    assert elsewhere[-1] > 90


def test_results_come_back_in_order_and_half_were_worked_elsewhere():
    ticks = []
    results = map_on_two_cores(
        _square_with_pid,
        list(range(101)),
        encode=marshal.dumps,
        decode=marshal.loads,
        on_item=lambda: ticks.append(1),
        minimum=1,
    )
    assert [value for value, _ in results] == [i * i for i in range(101)]
    pids = {pid for _, pid in results}
    assert os.getpid() in pids
    assert len(pids) == 2
    assert [pid for _, pid in results].count(os.getpid()) == 51  # every other one, first here
    assert len(ticks) == 101  # progress counts every item, here only


def test_below_the_minimum_everything_stays_in_this_process():
    results = map_on_two_cores(
        _square_with_pid, [1, 2, 3], encode=marshal.dumps, decode=marshal.loads, minimum=4
    )
    assert {pid for _, pid in results} == {os.getpid()}


def test_a_child_that_fails_has_its_half_redone_here():
    parent = os.getpid()

    def fails_elsewhere(items, on_item):
        if os.getpid() != parent:
            raise RuntimeError("the child breaks")
        return _square_with_pid(items, on_item)

    results = map_on_two_cores(
        fails_elsewhere, list(range(10)), encode=marshal.dumps, decode=marshal.loads, minimum=1
    )
    assert results == [(i * i, parent) for i in range(10)]


def test_an_error_everywhere_surfaces_here():
    def always_fails(items, on_item):
        raise ValueError("a real bug")

    with pytest.raises(ValueError, match="a real bug"):
        map_on_two_cores(
            always_fails, list(range(10)), encode=marshal.dumps, decode=marshal.loads, minimum=1
        )


# A parent whose forked child says its pid, then both work for a minute.
_LONG_WORK = """
import marshal, os, time
from minhbach.bulk import map_on_two_cores
parent = os.getpid()
def work(items, on_item):
    if os.getpid() != parent:
        print(os.getpid(), flush=True)
    time.sleep(60)
    return items
map_on_two_cores(work, list(range(10)), encode=marshal.dumps, decode=marshal.loads, minimum=1)
"""


@pytest.mark.parametrize("sent", [signal.SIGKILL, signal.SIGINT], ids=["killed", "ctrl-c"])
def test_the_child_does_not_outlive_its_parent(sent: signal.Signals) -> None:
    """Killed, the parent cannot stop its child: the child notices and ends. Interrupted, the
    parent stops it before it goes."""
    parent = subprocess.Popen(
        [sys.executable, "-c", _LONG_WORK],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "MINHBACH_NO_FORK": ""},
        text=True,
    )
    child = int(parent.stdout.readline())
    parent.send_signal(sent)
    parent.wait(timeout=30)
    assert_all_ended([parent.pid, child])
    parent.stdout.close()


def test_without_fork_everything_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NO_FORK, "1")
    assert start_method() == "spawn"
    results = map_on_two_cores(
        _square_with_pid, list(range(10)), encode=marshal.dumps, decode=marshal.loads, minimum=1
    )
    assert results == [(i * i, os.getpid()) for i in range(10)]


@pytest.mark.skipif(sys.platform != "linux", reason="fork is the default start only on Linux")
def test_fork_stays_the_way_on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/scaling.md's memory figures are measured with it (the records shared, not copied)."""
    monkeypatch.delenv(NO_FORK, raising=False)
    assert start_method() == "fork"
    monkeypatch.setenv(NO_FORK, "0")
    assert start_method() == "fork"
