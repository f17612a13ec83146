"""``minhbach balance``: what came in, where it is, what went out, what is left (sổ cân đối).

It validates first: balances of records with errors would mislead, so with errors it says so and
exits 1. The numbers come from the ledger and the figures (the same computation as the site and
the UBND report); this module only arranges them into rows (pure) and prints them (the edge).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass
from typing import TextIO

from minhbach import labels
from minhbach.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    add_as_of_option,
    add_records_option,
    records_folder,
)
from minhbach.cli.validate import context_from
from minhbach.figures import Figures, compute_figures
from minhbach.formats import money, number
from minhbach.ledger import CASH, Ledger, compute
from minhbach.records.store import OFFICE, RecordSet
from minhbach.reports.formatting import lower_first
from minhbach.validation import validate_folder
from minhbach.workflow.choices import source_names

VIEWS = ("source", "school", "kind")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "balance", help="sổ cân đối: đã nhận, đang ở đâu, đã trao, còn lại"
    )
    add_records_option(parser)
    add_as_of_option(parser)
    parser.add_argument(
        "--by", choices=VIEWS, default="source", help="theo nguồn (mặc định), trường hoặc loại"
    )
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folder = records_folder(args.records)
    context = context_from(args)
    result = validate_folder(folder, context, display_root=args.records)
    if not result.ok:
        errors = result.findings.errors
        if args.lang == "vi":
            print(
                f"Hồ sơ còn {number(errors)} lỗi nên chưa tính được sổ cân đối. "
                f"Chạy `minhbach validate --records {args.records}` để xem và sửa trước.",
                file=sys.stderr,
            )
        else:
            print(
                f"The records have {number(errors)} errors, so no balance can be drawn up. "
                f"Run `minhbach validate --records {args.records}` to see and fix them first.",
                file=sys.stderr,
            )
        return EXIT_DATA
    ledger = compute(result.valid)
    rows = balance_rows(result.valid, ledger, compute_figures(result.valid, ledger), args.by)
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        write_table(rows, args.by, sys.stdout, names_of(result.valid, args.lang), context.as_of)
    return EXIT_OK


def balance_rows(records: RecordSet, ledger: Ledger, figures: Figures, by: str) -> list[dict]:
    """The balance as plain rows (numbers unformatted): one per source and kind, school, or kind."""
    if by == "source":
        return [
            {
                "source": p.source,
                "source_type": p.source_type,
                "kind": p.kind,
                "received": p.received,
                "office": p.at.get(OFFICE, 0),
                "schools": {loc: n for loc, n in p.at.items() if loc != OFFICE},
                "handed": p.spent if p.kind == CASH else p.handed,
                "left": p.left,
            }
            for _, p in sorted(ledger.positions.items())
        ]
    if by == "school":
        rows = [
            {
                "school": OFFICE,
                "left": ledger.at_location(OFFICE),
                "waiting_students": 0,
                "handed_students": 0,
            }
        ]
        for school_id, school in figures.schools.items():
            rows.append(
                {
                    "school": school_id,
                    "left": ledger.at_location(school_id),
                    "waiting_students": school.waiting,
                    "handed_students": school.handed_over,
                }
            )
        return rows
    return [{"kind": kind, **totals} for kind, totals in ledger.by_kind().items()]


_HEADERS = {
    "source": (
        ("Nguồn", "Loại", "Đã nhận", "Tại Phòng", "Tại trường", "Đã trao/đã chi", "Còn lại"),
        ("Source", "Kind", "Received", "At the office", "At schools", "Handed/spent", "Left"),
    ),
    "school": (
        ("Nơi giữ", "Còn chờ trao", "Học sinh đã duyệt đang chờ", "Học sinh đã nhận"),
        ("Held at", "Left to hand out", "Approved students waiting", "Students handed"),
    ),
    "kind": (
        ("Loại", "Đã nhận", "Đã phân bổ", "Đã trao", "Đã chi", "Còn lại"),
        ("Kind", "Received", "Allocated", "Handed", "Spent", "Left"),
    ),
}


# Columns from this index on are numbers (right-aligned); the school view has none.
_FIRST_NUMERIC = {"source": 2, "school": 99, "kind": 1}


@dataclass(frozen=True)
class Names:
    """How the table names things, in the reader's language: a kind by its label ("Máy tính
    bảng"), a school by its name, the office as the office, a source by who gave it and when,
    its id after it (what a handover's ``source`` names)."""

    lang: str
    kinds: dict[str, str]
    places: dict[str, str]
    sources: dict[str, str]

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind, kind)

    def place(self, location: str) -> str:
        return self.places.get(location, location)

    def source(self, source: str) -> str:
        return self.sources.get(source, source)


def names_of(records: RecordSet, lang: str) -> Names:
    """The names ``table_cells`` prints, read from the records once."""
    office = "Phòng GD&ĐT" if lang == "vi" else "The office"
    places = {OFFICE: office} | {s.id: s.data["name"] for s in records.of("school")}
    return Names(lang, labels.item_kinds(lang), places, source_names(records, lang))


def _amount(kind: str, value: int) -> str:
    return money(value) if kind == CASH else number(value)


def _left_text(left: dict[str, int], names: Names) -> str:
    return (
        "; ".join(
            money(n) if kind == CASH else f"{number(n)} {lower_first(names.kind(kind))}"
            for kind, n in left.items()
        )
        or "—"
    )


def table_cells(rows: list[dict], by: str, names: Names) -> list[tuple[str, ...]]:
    """Rows as formatted cells: 1.500.000 ₫ for money, 1.500 for counts, names for ids."""
    if by == "source":
        return [
            (
                names.source(r["source"]),
                names.kind(r["kind"]),
                _amount(r["kind"], r["received"]),
                _amount(r["kind"], r["office"]),
                "; ".join(
                    f"{names.place(s)}: {_amount(r['kind'], n)}" for s, n in r["schools"].items()
                )
                or "—",
                _amount(r["kind"], r["handed"]),
                _amount(r["kind"], r["left"]),
            )
            for r in rows
        ]
    if by == "school":
        return [
            (
                names.place(r["school"]),
                _left_text(r["left"], names),
                number(r["waiting_students"]) if r["school"] != OFFICE else "—",
                number(r["handed_students"]) if r["school"] != OFFICE else "—",
            )
            for r in rows
        ]
    return [
        (
            names.kind(r["kind"]),
            *(
                _amount(r["kind"], r[key])
                for key in ("received", "allocated", "handed", "spent", "left")
            ),
        )
        for r in rows
    ]


def write_table(rows: list[dict], by: str, out: TextIO, names: Names, as_of: dt.date) -> None:
    """A plain aligned table, numbers right-aligned."""
    lang = names.lang
    headers = _HEADERS[by][0 if lang == "vi" else 1]
    cells = table_cells(rows, by, names)
    widths = [max(len(row[i]) for row in [headers, *cells]) for i in range(len(headers))]
    title = "Sổ cân đối đến ngày" if lang == "vi" else "Balance as of"
    out.write(f"{title} {as_of:%d/%m/%Y}\n")
    for row in [headers, *cells]:
        parts = [
            text.rjust(width)
            if index >= _FIRST_NUMERIC[by] and row is not headers
            else text.ljust(width)
            for index, (text, width) in enumerate(zip(row, widths, strict=True))
        ]
        out.write("  ".join(parts).rstrip() + "\n")
    if not cells:
        out.write("(chưa có gì)\n" if lang == "vi" else "(nothing yet)\n")
