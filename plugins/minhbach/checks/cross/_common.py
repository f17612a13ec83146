"""What every cross-record check shares: where a finding goes and how records are named in it.

A cross-record problem is reported once, at the record that breaks the rule, at the line of the
field concerned (``items[0].serial``), naming the other records in the message and in ``related``.
"""

from __future__ import annotations

from collections.abc import Iterable

from minhbach import labels
from minhbach.findings import Bilingual, Finding, Severity, finding
from minhbach.formats import date, money, number
from minhbach.ledger import Ledger, compute
from minhbach.records.store import OFFICE, Record, RecordSet
from minhbach.records.types import BY_NAME

SOURCE_TYPES = ("donation", "purchase")


def dotted(path: Iterable[str | int]) -> str:
    """``("items", 0, "serial")`` → ``items[0].serial``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def at(
    record: Record,
    path: tuple,
    code: str,
    *,
    severity: Severity = "error",
    related: Iterable[Record | str] = (),
    **params: object,
) -> Finding:
    """A finding at ``path`` (a field of ``record``), naming the ``related`` records' files."""
    files = tuple(dict.fromkeys(r.path if isinstance(r, Record) else r for r in related))
    return finding(
        record.path,
        record.where(*path),
        code,
        severity=severity,
        field=dotted(path) or None,
        related=files,
        **params,
    )


def of(records: RecordSet, type_name: str) -> list[Record]:
    """The valid records of one type, from the set's index (``RecordSet.of`` scans every record)."""
    return list(records.ids(type_name).values())


def type_label(type_name: str) -> Bilingual:
    """``handover`` → bàn giao / handover."""
    rtype = BY_NAME[type_name]
    return Bilingual(rtype.label_vi, rtype.label_en)


def named(record: Record) -> Bilingual:
    """A record as a message names it: its type, id and file."""
    rtype = BY_NAME[record.type]
    return Bilingual(
        f"{rtype.label_vi} `{record.id}` ({record.path})",
        f"{rtype.label_en} `{record.id}` ({record.path})",
    )


def files(records: Iterable[Record | str]) -> str:
    """Files named in a message, in order, without repeats."""
    paths = dict.fromkeys(r.path if isinstance(r, Record) else r for r in records)
    return ", ".join(paths)


def place(location: str, records: RecordSet | None = None) -> Bilingual:
    """``office`` → Phòng GD&ĐT; a school by its name ("Trường Tiểu học An Phú"), or by its id
    when it has no record (a mistyped id: the message must show what was written)."""
    if location == OFFICE:
        return Bilingual("Phòng GD&ĐT", "the office")
    school = records.get("school", location) if records is not None else None
    if school is not None:
        return Bilingual(school.data["name"], school.data["name"])
    return Bilingual(f"trường `{location}`", f"school `{location}`")


def kind_name(kind: str) -> Bilingual:
    """``tablet`` → "máy tính bảng" / "tablet": a kind as a sentence names it, not its slug."""
    return Bilingual(
        _lower_first(labels.item_kinds().get(kind, kind)),
        _lower_first(labels.item_kinds("en").get(kind, kind)),
    )


def _lower_first(label: str) -> str:
    return label if len(label) > 1 and label[1].isupper() else label[:1].lower() + label[1:]


def amount(kind: str, value: int) -> Bilingual:
    """Units of a device kind ("3 máy tính xách tay") or money ("1.500.000 ₫")."""
    if kind == "cash":
        return Bilingual(money(value), money(value))
    name = kind_name(kind)
    return Bilingual(f"{number(value)} {name.vi}", f"{number(value)} {name.en}")


def used_by(paths: Iterable[Record | str]) -> Bilingual:
    """ " (đã dùng cho: a.yaml, b.yaml)", or nothing at all when nothing used it."""
    named = files(paths)
    if not named:
        return Bilingual("", "")
    return Bilingual(f" (đã dùng cho: {named})", f" (used by: {named})")


def day(iso: str) -> str:
    """``2021-10-05`` → ``05/10/2021``."""
    return date(iso)


def source_record(records: RecordSet, source_id: str) -> Record | None:
    """The donation or purchase a source id names (a donation first, if both wrongly exist)."""
    for type_name in SOURCE_TYPES:
        found = records.get(type_name, source_id)
        if found is not None:
            return found
    return None


def received_on(source: Record) -> str:
    """The day a source arrived: a donation's ``received_on``, a purchase's ``on``."""
    return source.data["received_on"] if source.type == "donation" else source.data["on"]


def received_at(source: Record) -> str:
    """Where a source arrived: a donation's ``received_by``, a purchase's ``at`` (office by default)."""
    return (
        source.data["received_by"] if source.type == "donation" else source.data.get("at", OFFICE)
    )


def ledger_of(records: RecordSet) -> Ledger:
    """The ledger of ``records``, computed once per record set (several checks read it)."""
    return records.derived("ledger", compute)


def handovers_uncertain(records: RecordSet) -> bool:
    """True when some handover is invalid or names no valid nomination.

    Then "this student was never handed anything" cannot be told: that handover may be theirs.
    Rules that depend on it wait until the handover is fixed.
    """
    if any(type_name == "handover" for type_name, _ in records.broken):
        return True
    return any(
        records.get("nomination", h.data["nomination"]) is None for h in of(records, "handover")
    )


def doubtful_sources(records: RecordSet) -> set[str]:
    """Sources whose movements go to or from an unknown place (a mistyped school id).

    Their balances cannot be judged until the reference is fixed (it is reported already).
    """
    schools = records.ids("school")

    def unknown(location: str) -> bool:
        return (
            location != OFFICE
            and location not in schools
            and not records.exists("school", location)
        )

    doubtful = {d.id for d in of(records, "donation") if unknown(d.data["received_by"])}
    doubtful |= {p.id for p in of(records, "purchase") if unknown(p.data.get("at", OFFICE))}
    doubtful |= {a.data["source"] for a in of(records, "allocation") if unknown(a.data["to"])}
    return doubtful
