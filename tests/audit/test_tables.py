"""The table solver: hidden cells that the published totals pin down, against brute force."""

from __future__ import annotations

import itertools
import random

import pytest

from audit_facts import day
from minhbach.audit.release import CommuneTable
from minhbach.audit.tables import solved_cells

SMALL = (1, 4)


def table(rows, totals) -> CommuneTable:
    """``rows``: (commune, students, cells) with cells as ints or intervals; totals likewise."""

    def interval(c):
        return c if isinstance(c, tuple) else (c, c)

    return CommuneTable(
        day(0),
        tuple((name, n, tuple(interval(c) for c in cells)) for name, n, cells in rows),
        tuple(interval(c) for c in totals),
        sum(n for _, n, _ in rows),
    )


def test_a_column_with_one_hidden_cell_gives_it_away() -> None:
    found = solved_cells(table([("a", 9, [SMALL, 9]), ("b", 9, [7, 9])], [10, 18]))
    assert [(s.commune, s.column, s.value) for s in found] == [("a", 0, 3)]


def test_four_small_cells_whose_total_is_four_are_each_one() -> None:
    """The issue's attack: four "< 5" cells of a column whose district total is 4."""
    rows = [(name, 6, [SMALL, 6]) for name in "abcd"]
    found = solved_cells(table(rows, [4, 24]))
    assert sorted((s.commune, s.value) for s in found) == [(n, 1) for n in "abcd"]


def test_a_commune_of_one_student_has_cells_of_zero_or_one() -> None:
    found = solved_cells(table([("a", 1, [SMALL, 0]), ("b", 20, [SMALL, 20])], [(0, 99), 20]))
    assert [(s.commune, s.value) for s in found] == [("a", 1)]


def test_a_protected_table_keeps_its_secrets() -> None:
    rows = [("a", 9, [SMALL, (0, 9)]), ("b", 9, [SMALL, (0, 9)]), ("c", 9, [6, 9])]
    assert solved_cells(table(rows, [10, 25])) == []


@pytest.mark.parametrize("seed", range(40))
def test_the_solver_agrees_with_trying_every_table(seed: int) -> None:
    """Random small published tables: the solver finds exactly the cells that enumeration pins."""
    rng = random.Random(seed)
    truth = [[rng.choice([0, 1, 2, 3, 6]) for _ in range(2)] for _ in range(3)]
    students = [max(sum(row) - rng.randint(0, 1), max(row), min(sum(row), 1)) for row in truth]
    shown = [
        [SMALL if 0 < v < 5 else ((0, students[r]) if rng.random() < 0.2 else (v, v)) for v in row]
        for r, row in enumerate(truth)
    ]
    totals = [
        (0, 99) if rng.random() < 0.2 else (sum(row[c] for row in truth),) * 2 for c in range(2)
    ]
    published = table(
        [(f"x{r}", students[r], shown[r]) for r in range(3)], [tuple(t) for t in totals]
    )
    hidden = [(r, c) for r in range(3) for c in range(2) if shown[r][c][0] != shown[r][c][1]]
    possible = {cell: set() for cell in hidden}
    for values in itertools.product(
        *(range(lo, hi + 1) for lo, hi in (shown[r][c] for r, c in hidden))
    ):
        grid = [[shown[r][c][0] for c in range(2)] for r in range(3)]
        for (r, c), v in zip(hidden, values, strict=True):
            grid[r][c] = v
        if any(lo == hi and sum(g[c] for g in grid) != lo for c, (lo, hi) in enumerate(totals)):
            continue
        if any(v > students[r] for r in range(3) for v in grid[r]):
            continue
        if any(sum(grid[r]) < students[r] for r in range(3)):
            continue
        for (r, c), v in zip(hidden, values, strict=True):
            possible[(r, c)].add(v)
    expected = sorted(
        (f"x{r}", c, next(iter(vs))) for (r, c), vs in possible.items() if len(vs) == 1
    )
    assert sorted((s.commune, s.column, s.value) for s in solved_cells(published)) == expected
