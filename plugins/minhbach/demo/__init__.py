"""``minhbach demo``: a fictitious, realistic records tree of any size, valid by construction.

Deterministic per seed: one ``random.Random(seed)`` drives everything, in a fixed order, and no
step iterates over a set or reads the clock, so the same seed gives a byte-identical tree.
The order of the steps matters: names shown in public (donors) are drawn before private ones so
that no student or guardian shares a public name, and supply is created on demand while the
handovers are made in date order (see ``_ledger``), which keeps every balance non-negative.

Public API: :func:`write_demo` (the command) and :func:`build_demo` (the records, no I/O).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from minhbach.demo import _pools
from minhbach.demo._context import Demo
from minhbach.demo._directory import make_donors, make_schools
from minhbach.demo._events import make_followups, make_handovers
from minhbach.demo._ledger import Ledger
from minhbach.demo._output import DemoError, check_target, replace_tree
from minhbach.demo._people import People
from minhbach.demo._students import make_nominations
from minhbach.demo._yaml import to_yaml
from minhbach.settings import Settings

__all__ = ["DemoError", "DemoSummary", "build_demo", "write_demo"]


@dataclass(frozen=True)
class DemoSummary:
    """What ``write_demo`` wrote: the number of files, and of records per type."""

    files: int
    counts: dict[str, int] = field(default_factory=dict)


def build_demo(students: int, seed: int) -> dict[str, list[tuple[str, dict]]]:
    """The demo records by type, as (path inside the records folder, fields), without writing."""
    rng = random.Random(seed)
    settings = Settings()
    reserved = [
        *_pools.SCHOOL_NAMESAKES, *_pools.STREETS, *_pools.SUPPLIERS, *(label for _, label in _pools.COMMUNES),
        settings.OFFICE_NAME, settings.OFFICE_SHORT_NAME, settings.OFFICE_ADDRESS, settings.SIGNER_NAME,
        settings.PARENT_BODY, settings.PROGRAM_NAME, settings.PLAN_REFERENCE, settings.CONTACT_NOTE,
    ]  # fmt: skip
    demo = Demo(rng, People(rng, reserved))
    schools = make_schools(demo)
    donors = make_donors(demo, schools, students)
    demo.office_staff = (demo.people.private_person("nam"), demo.people.private_person("nu"))
    nominations = make_nominations(demo, schools, students)
    ledger = Ledger(demo, schools, donors)
    ledger.early_cash()
    handovers = make_handovers(demo, ledger, nominations)
    make_followups(demo, handovers)
    ledger.remaining_gifts()
    return demo.records


def write_demo(out: Path, students: int, seed: int = 1) -> DemoSummary:
    """Write the demo into ``out`` (``out/schools/``, ``out/nominations/<school>/``…).

    ``out`` must be empty, missing, or hold only a previous demo (replaced whole); anything else
    is refused with :class:`DemoError`, so that real records are never overwritten.
    """
    if students < 0:
        raise DemoError(
            f"--students phải là số không âm (đã nhập {students}).",
            f"--students must be a number, 0 or more (got {students}).",
        )
    previous = check_target(out)
    records = build_demo(students, seed)
    files = [(path, to_yaml(data)) for entries in records.values() for path, data in entries]
    files.sort()
    replace_tree(out, previous, files)
    return DemoSummary(
        len(files), {record_type: len(entries) for record_type, entries in records.items()}
    )
