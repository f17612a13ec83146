"""A release as an outsider reads it: the open data of ``/du-lieu/``, turned into plain facts.

The audit works from these facts only (and, where DESIGN says so, from the truth the build
knows), never from records: it is the attack, so it may know only what anyone who keeps every
version of the site knows. Hidden counts become intervals: "< 5" is 1 to 4, a secondary "ẩn" is
0 to the row's number of students.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

# The shape of a release's documents: its version, and the file stems under /du-lieu/.
# 2: figures that move in qualifying rounds carry ``as_of``; the donors' reach and the cash
# received name what they add up. Version 1 (before publication safety) had neither.
FORMAT = 2
STUDENTS = "ho-tro"
SCHOOLS = "truong"
DONORS = "nha-tai-tro"
CATEGORIES = "doi-tuong"
PROGRESS = "tien-do"

CASH = "cash"
OFFICE = "office"
DISTRICT = "district"
Interval = tuple[int, int]


class ReleaseFormatError(ValueError):
    """The files are not a release this version can read (older, damaged or not ours)."""


@dataclass(frozen=True)
class Item:
    """One line a named child received: the kind, how many, on which day."""

    kind: str
    quantity: int
    on: dt.date


@dataclass(frozen=True)
class NamedChild:
    """A child on /ho-tro/: an outsider may know them by sight (initials, school, grade)."""

    nomination: str
    school: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class GiftFact:
    """One reception on a donor's page. ``amount`` is None for a donor who hides values."""

    id: str
    donor: str
    on: dt.date
    place: str  # office or a school id
    kinds: frozenset[str]
    cash: bool
    amount: int | None


@dataclass(frozen=True)
class DonorFacts:
    """A donor's page: gifts, and where they went (named schools, the rest, the total)."""

    id: str
    hides_values: bool
    gifts: tuple[GiftFact, ...]
    groups: Mapping[str, int]
    elsewhere: int
    total: int
    # Kinds handed per school: published by the site before publication safety, never since.
    kinds_at: Mapping[str, frozenset[str]] | None = None
    # Devices of its gifts handed to students; a donor who shows values also shows what its
    # cash bought.
    devices_handed: int = 0
    bought_kinds: frozenset[str] | None = None


@dataclass(frozen=True)
class Snapshot:
    """Category counts of one population (``district`` or a commune slug) on one day."""

    population: str
    as_of: dt.date
    students: int
    cells: tuple[Interval, ...]


@dataclass(frozen=True)
class CommuneTable:
    """The commune × category table: rows (slug, students, cells) and the district totals row."""

    as_of: dt.date
    rows: tuple[tuple[str, int, tuple[Interval, ...]], ...]
    totals: tuple[Interval, ...]
    students: int


@dataclass(frozen=True)
class Release:
    """Everything the audit reads of one release."""

    as_of: dt.date
    columns: tuple[str, ...]
    students: tuple[NamedChild, ...]
    school_commune: Mapping[str, str]
    donors: Mapping[str, DonorFacts]
    reach_as_of: dt.date | None
    reach_handed: Mapping[str, int]
    reach_kinds: Mapping[str, int]  # devices handed per kind, district-wide, on reach_as_of
    snapshots: tuple[Snapshot, ...]
    communes: CommuneTable | None
    cash_received: int | None
    cash_as_of: dt.date | None
    cash_gifts: frozenset[str]
    purchased_kinds: frozenset[str]
    documents: Mapping[str, object] = field(default_factory=dict, repr=False, compare=False)

    def gifts(self) -> dict[str, GiftFact]:
        return {g.id: g for d in self.donors.values() for g in d.gifts}


def read_release(folder: Path) -> Release | None:
    """The release whose open data is in ``folder`` (a ``du-lieu/`` folder), None if there is none.

    Raises ``ReleaseFormatError`` when files are there but cannot be read as a release.
    """
    if not (folder / f"{PROGRESS}.json").is_file():
        return None
    documents = {}
    for stem in (STUDENTS, SCHOOLS, DONORS, CATEGORIES, PROGRESS):
        path = folder / f"{stem}.json"
        try:
            documents[stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ReleaseFormatError(f"{path}: {exc}") from None
    return release_from_documents(documents)


def release_from_documents(documents: Mapping[str, object]) -> Release:
    """Parse the JSON documents of a release (as ``public.documents.published`` gives them)."""
    try:
        return _parse(documents)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ReleaseFormatError(f"{type(exc).__name__}: {exc}") from None


def _parse(documents: Mapping) -> Release:
    progress = documents[PROGRESS]
    if progress.get("phien_ban") != FORMAT:
        raise ReleaseFormatError(f"phiên bản dữ liệu {progress.get('phien_ban')!r}, cần {FORMAT}")
    as_of = _day(progress["ngay_so_lieu"])
    schools = documents[SCHOOLS]
    donors_doc = documents[DONORS]
    categories = documents[CATEGORIES]
    donors = {d["id"]: _donor(d) for d in donors_doc["donors"]}
    reach = donors_doc["reach"]
    money = progress["money"]
    in_kind: dict[str, int] = {}
    for donor in donors_doc["donors"]:
        for gift in donor["gifts"]:
            for line in gift["items"]:
                if line["kind"] != CASH and line["quantity"] is not None:
                    in_kind[line["kind"]] = in_kind.get(line["kind"], 0) + line["quantity"]
    purchased = frozenset(
        d["kind"] for d in progress["devices"] if d["received"] > in_kind.get(d["kind"], 0)
    )
    columns, snapshots, communes = _categories(categories)
    return Release(
        as_of=as_of,
        columns=columns,
        students=tuple(_child(s) for s in documents[STUDENTS]),
        school_commune={s["id"]: s["commune"] for s in schools},
        donors=donors,
        reach_as_of=_day(reach["as_of"]),
        reach_handed={c["school"]: c["students"] for c in reach["handed"]},
        reach_kinds={d["kind"]: d["quantity"] for d in reach["devices"]},
        snapshots=snapshots,
        communes=communes,
        cash_received=money["received"],
        cash_as_of=_day(money["received_as_of"]),
        cash_gifts=frozenset(money["gifts"]),
        purchased_kinds=purchased,
        documents=documents,
    )


def _day(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _child(entry: Mapping) -> NamedChild:
    return NamedChild(
        entry["nomination"],
        entry["school"],
        tuple(Item(g["kind"], g["quantity"], _day(g["on"])) for g in entry["given"]),
    )


def _donor(entry: Mapping) -> DonorFacts:
    hides = entry["show_value"] is not True
    gifts = tuple(
        GiftFact(
            id=g["id"],
            donor=entry["id"],
            on=_day(g["on"]),
            place=g["received_at"],
            kinds=frozenset(line["kind"] for line in g["items"]),
            cash=any(line["kind"] == CASH for line in g["items"]),
            amount=sum(line["amount_vnd"] or 0 for line in g["items"] if line["kind"] == CASH)
            if not hides
            else None,
        )
        for g in entry["gifts"]
    )
    kinds_at = None
    if any(r.get("devices") for r in entry["reach"]):
        kinds_at = {r["school"]: frozenset(d["kind"] for d in r["devices"]) for r in entry["reach"]}
    bought = entry.get("bought")
    return DonorFacts(
        id=entry["id"],
        hides_values=hides,
        gifts=gifts,
        groups={r["school"]: r["students"] for r in entry["reach"]},
        elsewhere=entry.get("reach_elsewhere", 0),
        total=entry["students_reached"],
        kinds_at=kinds_at,
        devices_handed=entry.get("devices_handed", 0),
        bought_kinds=None if bought is None else frozenset(b["kind"] for b in bought),
    )


def _cell(cell: Mapping, students: int) -> Interval:
    if cell["value"] is not None:
        return (cell["value"], cell["value"])
    if cell["reason"] == "small":
        return (1, 4)
    return (0, students)


def _categories(doc: Mapping) -> tuple[tuple[str, ...], tuple[Snapshot, ...], CommuneTable | None]:
    snapshots: list[Snapshot] = []
    district = doc["district"]
    communes = doc["communes"]
    source = district or communes
    columns = tuple(slug for slug, _ in source["columns"]) if source else ()
    if district is not None and district["as_of"] is not None:
        snapshots.append(
            Snapshot(
                DISTRICT,
                _day(district["as_of"]),
                district["students"],
                tuple((n, n) for n in district["counts"]),
            )
        )
    table = None
    if communes is not None:
        as_of = _day(communes["as_of"])
        rows = tuple(
            (
                row["commune"],
                row["students"],
                tuple(_cell(c, row["students"]) for c in row["cells"]),
            )
            for row in communes["rows"]
        )
        totals = tuple(_cell(c, communes["students"]) for c in communes["district"])
        table = CommuneTable(as_of, rows, totals, communes["students"])
        snapshots += [Snapshot(slug, as_of, n, cells) for slug, n, cells in rows]
        snapshots.append(Snapshot(DISTRICT, as_of, communes["students"], totals))
    return columns, tuple(snapshots), table
