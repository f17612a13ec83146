"""An office's first month, timed for a district (issue 16): how long each step takes the staff.

The month of the acceptance test (tests/month.py), at a district's size: a clone of the demo
becomes the office's (``init``); every school is added (``new school``); every school's own list
is tried (``import --dry-run``) and imported; each list is approved by one decision
(``approve --school``); one donation is received and allocated to every school; the ceremony
lists are written, each school's list comes back signed and is tried and imported as handovers
(``import --dry-run``, ``import``); the records are validated; the site is built with the published settings.
Every command runs as staff run it, in its own process. Prints the seconds of each step (total,
and per command where a step repeats one per school). Asserts nothing but success.

Usage: python bench/first_month.py [--schools 30] [--students 30]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from month import Month  # noqa: E402  (tests/ is put on the path just above)


def timed(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def per_school(month: Month, step: Callable[[str], object]) -> list[float]:
    return [timed(lambda school=school: step(school)) for school in month.school_ids]


def each_school(
    month: Month, *steps: tuple[str, Callable[[str], object]]
) -> list[tuple[str, float, list[float]]]:
    """One row per step (label, total, per school): each step run for every school in turn."""
    rows = []
    for label, step in steps:
        times = per_school(month, step)
        rows.append((label, sum(times), times))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=30)
    parser.add_argument("--students", type=int, default=30, help="per school")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="minhbach-thang-dau-") as folder:
        month = Month(Path(folder) / "kho", options.schools, options.students)
        rows: list[tuple[str, float, list[float]]] = []
        rows.append(("clone of the demo (copy + git commit)", timed(month.clone_demo), []))
        rows.append(("init (--set, no terminal)", timed(month.init), []))
        times = [timed(lambda n=n: month.add_school(n)) for n in range(1, options.schools + 1)]
        rows.append(("new school, each", sum(times), times))
        month.commit("Các trường")
        rows += each_school(
            month,
            ("import --dry-run, each school's list", month.try_list),
            ("import, each school's list", month.import_list),
        )
        month.commit("Danh sách đề xuất")
        numbers = iter(range(1, options.schools + 1))
        times = per_school(month, lambda school: month.approve(school, next(numbers)))
        rows.append(("approve --school, one decision per school", sum(times), times))
        rows.append(("new donor + new donation", timed(month.receive), []))
        times = per_school(month, month.allocate)
        rows.append(("new allocation, each school", sum(times), times))
        month.commit("Duyệt, tiếp nhận, phân bổ")
        rows.append(("report lists (ceremony lists)", timed(month.ceremony_lists), []))
        rows += each_school(
            month,
            ("import --dry-run, each signed ceremony list", month.try_handovers),
            ("import, each signed ceremony list", month.import_handovers),
        )
        month.commit("Biên bản bàn giao")
        rows.append(("validate", timed(month.validate), []))
        rows.append(("build --settings publishconf.py (cold)", timed(month.build), []))
    students = options.schools * options.students
    print(f"First month: {options.schools} schools, {students} students (seconds)")
    print(f"{'step':48} {'total':>8} {'each (median, max)':>20}")
    for label, total, each in rows:
        detail = f"{statistics.median(each):8.2f} {max(each):8.2f}" if len(each) > 1 else ""
        print(f"{label:48} {total:8.1f} {detail:>20}")
    print(f"{'whole month':48} {sum(total for _, total, _ in rows):8.1f}")


if __name__ == "__main__":
    main()
