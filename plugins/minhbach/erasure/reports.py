"""Reports already written (reports/, outside git) that hold a forgotten child.

Lists, receipts, slips and reconciliation sheets are .xlsx and .docx: zips of XML, searched
member by member with the leak guard's folding. A value the child shares with another record
still in the folder (a sibling's guardian, address or phone) does not mark a file: a sibling's
receipt is not the child's. The name, the birth date, the codes do.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from minhbach.erasure.scrub import Scrubber
from minhbach.erasure.values import Value, held_as_own
from minhbach.records.store import RecordSet


def own_values(values: list[Value], records: RecordSet, forgotten: Iterable[str]) -> list[Value]:
    """``values`` less those another record in ``records`` holds as its own field."""
    skip = set(forgotten)
    shared: set[int] = set()
    every = set(range(len(values)))
    for record in records.records:
        if record.type in ("nomination", "handover", "followup"):
            owner = record.id if record.type == "nomination" else record.data.get("nomination")
            if owner in skip:
                continue
        shared |= held_as_own(record.data, values, every - shared)
    return [value for index, value in enumerate(values) if index not in shared]


def files_holding(folder: Path, values: list[Value]) -> list[Path]:
    """Files under ``folder`` that hold one of ``values``, in path order."""
    if not values or not folder.is_dir():
        return []
    scrubber = Scrubber(values)
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if scrubber.leaks(data):
            found.append(path)
    return found
