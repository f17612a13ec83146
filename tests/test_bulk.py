"""Work on two cores: results in order, progress counted here, a failed child redone here."""

from __future__ import annotations

import marshal
import os

import pytest

from minhbach.bulk import map_on_two_cores


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
