"""Tables: no hidden cell of the commune × category table can be worked out exactly.

The attack: the outsider writes the table as unknowns and solves it. What they know: each shown
cell; each "< 5" is 1 to 4; each "ẩn" is 0 or more; each column adds up to its district total
when shown; a commune's cells are each at most its number of students, and add up to at least it
(every student has a category; one may have several, so a row does not add up to its total).
For each hidden cell the smallest and largest value that fit all of that are found with an exact
integer program (scipy's ``milp``); a cell whose bounds meet is disclosed. Bounds that merely
narrow a "< 5" (to 2–4, say) are not a disclosure: "< 5" promises no more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from minhbach.audit.release import CommuneTable

if TYPE_CHECKING:
    from scipy.optimize import LinearConstraint

# numpy and scipy are imported where a table is solved: at the top they cost every command of
# the tool (all import this module through the views) half a second at start.


@dataclass(frozen=True)
class Solved:
    """A hidden cell that the published totals pin to one value."""

    commune: str
    column: int
    value: int


def solved_cells(table: CommuneTable) -> list[Solved]:
    """Every hidden cell of ``table`` whose value follows exactly from what is published."""
    import numpy as np

    hidden = [
        (r, c)
        for r, (_, _, cells) in enumerate(table.rows)
        for c, (lo, hi) in enumerate(cells)
        if lo != hi
    ]
    if not hidden:
        return []
    position = {cell: i for i, cell in enumerate(hidden)}
    lower = np.array([table.rows[r][2][c][0] for r, c in hidden], dtype=float)
    upper = np.array(
        [min(table.rows[r][2][c][1], table.rows[r][1]) for r, c in hidden], dtype=float
    )
    constraints = _constraints(table, hidden, position)
    found = []
    for i, (r, c) in enumerate(hidden):
        low = _extreme(i, +1, lower, upper, constraints, len(hidden))
        high = _extreme(i, -1, lower, upper, constraints, len(hidden))
        if low is not None and low == high:
            found.append(Solved(table.rows[r][0], c, low))
    return found


def _constraints(table: CommuneTable, hidden, position) -> list[LinearConstraint]:
    import numpy as np
    from scipy.optimize import LinearConstraint

    size = len(hidden)
    constraints = []
    columns = len(table.totals)
    for c in range(columns):
        lo, hi = table.totals[c]
        if lo != hi:
            continue  # a hidden total gives no equation
        coefficients = np.zeros(size)
        known = 0
        for r, (_, _, cells) in enumerate(table.rows):
            if (r, c) in position:
                coefficients[position[(r, c)]] = 1
            else:
                known += cells[c][0]
        if coefficients.any():
            constraints.append(LinearConstraint(coefficients, lo - known, lo - known))
    for r, (_, students, cells) in enumerate(table.rows):
        coefficients = np.zeros(size)
        known = 0
        for c in range(columns):
            if (r, c) in position:
                coefficients[position[(r, c)]] = 1
            else:
                known += cells[c][0]
        if coefficients.any():
            constraints.append(LinearConstraint(coefficients, students - known, np.inf))
    return constraints


def _extreme(index: int, sign: int, lower, upper, constraints, size: int) -> int | None:
    import numpy as np
    from scipy.optimize import Bounds, milp

    objective = np.zeros(size)
    objective[index] = sign
    result = milp(
        objective,
        constraints=constraints,
        integrality=np.ones(size),
        bounds=Bounds(lower, upper),
    )
    if not result.success:
        return None  # no table fits: the published figures contradict each other
    return round(result.x[index])
