"""What a forgotten record keeps (the tombstone, "hồ sơ đã xoá").

A nomination whose family asked for deletion keeps only what the ledger and the programme's
figures need: its id (handovers name it), its school (counts per school), its status and
decision (counts by status; a handover needs an approved nomination). Everything that describes
the child goes: name, birth date, gender, class, grade, student code, address, guardian,
categories, circumstances, needs, consent, lookup code, notes, the decision's reason.

Grade goes too: it is public for a named child, but with the child no longer named, grade,
school and a handover date narrow a class to a handful of children, and no figure counts by
grade. Categories go: "orphaned by Covid-19" is the most sensitive fact of all, so the forgotten
child leaves the category counts (reports say how many were erased).

Its handovers (bàn giao) keep the ledger's facts (source, kind, quantity, serial, condition, date,
who handed, the handover document) and lose who received for the child and notes; its follow-ups
keep the date, attendance and whether the device works (the programme's figures) and lose notes.
Each reduced record carries ``forgotten_on``, so that a check can tell a reduced handover from
one that an old branch brought back.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping

FORGOTTEN = "forgotten_on"
REQUEST = "erasure_request"
LABEL = "Đã xoá dữ liệu theo yêu cầu"
LABEL_EN = "Data erased on request"

# The fields each reduced record keeps, in the order they are written.
KEEP: dict[str, tuple[str, ...]] = {
    "nomination": ("id", "school", "status", "decision", FORGOTTEN, REQUEST, "demo"),
    "handover": (
        "id",
        "school",
        "nomination",
        "on",
        "from",
        "items",
        "handed_by",
        "document",
        FORGOTTEN,
        "demo",
    ),
    "followup": ("id", "school", "nomination", "on", "attending", "device_ok", FORGOTTEN, "demo"),
}
# Inside a kept field, what still goes: the reason of a refusal describes the child.
DROP_INSIDE: dict[tuple[str, str], frozenset[str]] = {
    ("nomination", "decision"): frozenset({"reason"}),
}
TYPES = tuple(KEEP)


def is_forgotten(data: Mapping | None) -> bool:
    """True for a record reduced by ``minhbach forget``: count it, never name it."""
    return data is not None and FORGOTTEN in data


def reduce(type_name: str, data: Mapping, on: str, request: str | None = None) -> dict:
    """The tombstone of ``data`` (a nomination, handover or follow-up), forgotten on ``on``.

    Idempotent: a record already reduced keeps its first ``forgotten_on`` and request number.
    """
    reduced: dict = {}
    for key in KEEP[type_name]:
        if key in data:
            value = copy.deepcopy(data[key])
            drop = DROP_INSIDE.get((type_name, key))
            if drop and isinstance(value, dict):
                value = {k: v for k, v in value.items() if k not in drop}
            reduced[key] = value
    reduced[FORGOTTEN] = data.get(FORGOTTEN, on)
    if type_name == "nomination" and request and REQUEST not in data:
        reduced[REQUEST] = request
    return {key: reduced[key] for key in KEEP[type_name] if key in reduced}


def dropped_fields(type_name: str, data: Mapping) -> list[str]:
    """The dotted fields of ``data`` that its tombstone leaves out (what the command shows)."""
    gone = [key for key in data if key not in KEEP[type_name]]
    for (owner, key), inner in DROP_INSIDE.items():
        if owner == type_name and isinstance(data.get(key), Mapping):
            gone += [f"{key}.{k}" for k in data[key] if k in inner]
    return gone
