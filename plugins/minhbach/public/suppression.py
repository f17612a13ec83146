"""Small-cell suppression of counts broken down by category (DESIGN "Public and private").

Below district level a count from 1 to 4 is shown as "< 5" (primary suppression). The table's
row totals (students per commune) and column totals (district count per category) are published,
so a line with a single hidden cell would give it away: a second cell of that line is hidden too
(secondary suppression), the smallest non-zero visible one. A column with no such cell hides its
district total instead; a row with none hides a zero cell, whose column is then protected in turn.
Repeated until no line with a known total has exactly one hidden cell: no hidden cell is then a
difference of published numbers. (A very small row total still bounds its cells: a commune with
one student has cells of 0 or 1. Counts by commune are published as they are, as DESIGN says.)
Pure: ints in, ``Cell`` out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

THRESHOLD = 5
SMALL = "< 5"
HIDDEN = "ẩn"


@dataclass(frozen=True)
class Cell:
    """One published count: ``value`` is None when hidden, ``text`` what the page prints."""

    value: int | None
    text: str
    reason: str = (
        ""  # "" shown, "small" (1 to 4), "secondary" (hidden so a total cannot reveal a small one)
    )


@dataclass(frozen=True)
class Suppressed:
    """The cells, and the column totals (some hidden when nothing else could protect a column)."""

    cells: list[list[Cell]]
    column_totals: list[Cell]


def suppress_table(matrix: Sequence[Sequence[int]]) -> Suppressed:
    """Suppress ``matrix`` (rows × columns of counts) whose row and column totals are published."""
    rows = len(matrix)
    cols = len(matrix[0]) if rows else 0
    hidden = [[0 < matrix[r][c] < THRESHOLD for c in range(cols)] for r in range(rows)]
    primary = [row[:] for row in hidden]
    total_hidden = [False] * cols
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            line = [(r, c) for c in range(cols)]
            if _alone(hidden, line):
                cell = _complement(matrix, hidden, line, allow_zero=True)
                if cell is not None:
                    hidden[cell[0]][cell[1]] = changed = True
        for c in range(cols):
            line = [(r, c) for r in range(rows)]
            if total_hidden[c]:
                continue
            if rows == 1 and hidden[0][c]:  # the district total would be the hidden cell itself
                total_hidden[c] = changed = True
                continue
            if not _alone(hidden, line):
                continue
            cell = _complement(matrix, hidden, line, allow_zero=False)
            if cell is None:
                total_hidden[c] = changed = True
            else:
                hidden[cell[0]][cell[1]] = changed = True
    cells = [
        [_cell(matrix[r][c], hidden[r][c], primary[r][c]) for c in range(cols)] for r in range(rows)
    ]
    totals = [
        Cell(None, HIDDEN, "secondary") if total_hidden[c] else Cell(n, str(n))
        for c, n in enumerate(sum(matrix[r][c] for r in range(rows)) for c in range(cols))
    ]
    return Suppressed(cells, totals)


def suppress(matrix: Sequence[Sequence[int]]) -> list[list[Cell]]:
    """The cells of ``suppress_table`` (for callers that publish no column totals of their own)."""
    return suppress_table(matrix).cells


def _alone(hidden: list[list[bool]], line: list[tuple[int, int]]) -> bool:
    return len(line) > 1 and sum(hidden[r][c] for r, c in line) == 1


def _complement(matrix, hidden, line, *, allow_zero: bool) -> tuple[int, int] | None:
    visible = [(matrix[r][c], r, c) for r, c in line if not hidden[r][c]]
    pool = [v for v in visible if v[0] > 0] or (visible if allow_zero else [])
    if not pool:
        return None
    _, r, c = min(pool)
    return (r, c)


def _cell(value: int, hidden: bool, primary: bool) -> Cell:
    if not hidden:
        return Cell(value, str(value))
    if primary:
        return Cell(None, SMALL, "small")
    return Cell(None, HIDDEN, "secondary")
