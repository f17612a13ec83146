"""Projecting the records onto the public views: allow-list, consent gate, masking, suppression.

This is the one module that reads records for the site. It copies named public fields only;
every figure comes from ``minhbach.figures`` (itself on the ledger), so the site and the reports
count the same way: this module only selects, masks and suppresses. What it returns is the
*fresh* projection, every figure as of the build day; ``rounds.settle`` then decides, against the
previous release, which families of figures may move in this release.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

from minhbach import labels, ledger
from minhbach.audit.release import Item, NamedChild
from minhbach.consent import consent_holds
from minhbach.figures import DonorFigures, Figures, SchoolFigures, compute_figures
from minhbach.formats import date
from minhbach.ledger import CASH
from minhbach.public.masking import check_style, mask_name
from minhbach.public.suppression import suppress_table
from minhbach.public.views import (
    Categories,
    CategoryCounts,
    CategoryRow,
    CategoryTable,
    Counts,
    DeviceLine,
    DonorAtSchool,
    DonorView,
    Gift,
    GiftLine,
    GivenLine,
    KindCount,
    Money,
    Office,
    PublicSite,
    Reach,
    ReachAtSchool,
    SchoolCount,
    SchoolView,
    StudentEntry,
)
from minhbach.records.store import OFFICE, Record, RecordSet
from minhbach.settings import Settings
from minhbach.text.collate import name_key, sort_key

ANONYMOUS = "Nhà hảo tâm ẩn danh"
# A donor is named at a school only for a group of at least this many named students there
# (DESIGN "Donor linkage"): smaller groups are counted, without the school, as "elsewhere".
GROUP = 5


def build_public_site(records: RecordSet, *, as_of: dt.date, settings: Settings) -> PublicSite:
    """Every public view of ``records`` as of ``as_of``; raises ``MaskingStyleError`` on a bad style."""
    style = check_style(settings.MASKING_STYLE)
    figures = compute_figures(records, ledger.compute(records))
    schools = {s.id: s for s in records.of("school")}
    school_names = {sid: s.data["name"] for sid, s in schools.items()}
    students = _students(records, as_of, style, school_names)
    named = {entry.nomination for entry in students}
    donors = _donors(records, figures, school_names, named)
    by_school: dict[str, list[StudentEntry]] = defaultdict(list)
    for entry in students:
        by_school[entry.school].append(entry)
    school_views = tuple(
        _school(
            record,
            figures.schools.get(record.id, SchoolFigures(record.id)),
            by_school[record.id],
            donors,
        )
        for record in sorted(schools.values(), key=lambda s: (sort_key(s.data["name"]), s.id))
    )
    return PublicSite(
        as_of=as_of,
        demo=any(r.is_demo for r in records.records),
        masking_style=style,
        office=_office(settings),
        counts=_district_counts(figures),
        devices=tuple(
            DeviceLine(kind, labels.item_kinds()[kind], row["received"], row["handed"])
            for kind, row in figures.devices_by_kind.items()
        ),
        money=_money(records, figures, as_of),
        schools=school_views,
        donors=donors,
        students=students,
        categories=_categories(records, schools, as_of),
        unnamed_students=figures.handed_over - len(students),
        reach=Reach(
            as_of,
            tuple(
                SchoolCount(school, row.handed_over)
                for school, row in sorted(figures.schools.items())
            ),
            _kind_counts({kind: row["handed"] for kind, row in figures.devices_by_kind.items()}),
        ),
    )


def handed_children(records: RecordSet) -> tuple[NamedChild, ...]:
    """Every child handed over, named or not, with what they received: for deciding, never shown.

    ``rounds`` tries the donors' reach against all of them, because a child whose consent comes
    later is named later, and attacked then with every earlier release in hand.
    """
    items: dict[str, list[Item]] = defaultdict(list)
    school_of: dict[str, str] = {}
    for handover in records.of("handover"):
        nomination = handover.data["nomination"]
        school_of[nomination] = handover.data["school"]
        on = dt.date.fromisoformat(handover.data["on"])
        items[nomination] += [Item(i["kind"], i["quantity"], on) for i in handover.data["items"]]
    return tuple(
        NamedChild(nomination, school_of[nomination], tuple(sorted(found, key=_item_order)))
        for nomination, found in sorted(items.items())
    )


def _item_order(item: Item) -> tuple:
    return (item.on, item.kind, item.quantity)


def _money(records: RecordSet, figures: Figures, as_of: dt.date) -> Money:
    """The district's cash as of ``as_of``, with the receptions it adds up.

    Whether the total received may be published (it may give away a hidden gift) is decided by
    ``rounds`` against the audit's rule on hidden gifts, not here.
    """
    gifts = tuple(
        sorted(
            donation.id
            for donation in records.of("donation")
            if any(item["kind"] == CASH for item in donation.data["items"])
        )
    )
    return Money(
        received=figures.cash_received, spent=figures.cash_spent, received_as_of=as_of, gifts=gifts
    )


def _office(settings: Settings) -> Office:
    return Office(
        name=settings.OFFICE_NAME,
        short_name=settings.OFFICE_SHORT_NAME,
        parent_body=settings.PARENT_BODY,
        phone=settings.OFFICE_PHONE,
        address=settings.OFFICE_ADDRESS,
        program=settings.PROGRAM_NAME,
        school_year=settings.SCHOOL_YEAR,
        plan=settings.PLAN_REFERENCE,
        contact_note=settings.CONTACT_NOTE,
    )


def _district_counts(figures: Figures) -> Counts:
    status = figures.by_status
    return Counts(
        figures.nominated,
        status["da-duyet"],
        status["khong-duyet"],
        status["de-xuat"],
        figures.handed_over,
        figures.waiting,
    )


def _school_counts(row: SchoolFigures) -> Counts:
    pending = row.nominated - row.approved - row.rejected
    return Counts(row.nominated, row.approved, row.rejected, pending, row.handed_over, row.waiting)


def _kind_counts(devices: dict[str, int]) -> tuple[KindCount, ...]:
    names = labels.item_kinds()
    return tuple(KindCount(kind, names[kind], n) for kind, n in sorted(devices.items()) if n)


def _students(
    records: RecordSet, as_of: dt.date, style: str, school_names: dict[str, str]
) -> tuple[StudentEntry, ...]:
    """Supported students whose consent holds, with only the allow-listed fields."""
    given: dict[str, list[GivenLine]] = defaultdict(list)
    for handover in records.of("handover"):
        on = dt.date.fromisoformat(handover.data["on"])
        for item in handover.data["items"]:
            given[handover.data["nomination"]].append(
                GivenLine(item["kind"], labels.item_kinds()[item["kind"]], item["quantity"], on)
            )
    entries = []
    for nomination in records.of("nomination"):
        data = nomination.data
        if nomination.id not in given or not consent_holds(data, as_of):
            continue
        entries.append(
            StudentEntry(
                nomination=nomination.id,
                name=mask_name(data["student"]["full_name"], style),
                school=data["school"],
                school_name=school_names.get(data["school"], data["school"]),
                grade=data["student"]["grade"],
                given=tuple(sorted(given[nomination.id], key=lambda g: (g.on, g.kind))),
            )
        )
    return tuple(sorted(entries, key=_student_order))


def _student_order(entry: StudentEntry) -> tuple:
    """By school, then as a class list is read: by (masked) given name, then grade and id.

    Only what the page shows decides the order: sorting by the full name would let the order of
    two entries with the same initials tell something about the names behind them.
    """
    return (
        sort_key(entry.school_name),
        entry.school,
        name_key(entry.name or ""),
        entry.grade,
        entry.nomination,
    )


def _donor_name(donor: Record) -> str:
    return donor.data["name"] if donor.data["display"] == "named" else ANONYMOUS


def _donors(
    records: RecordSet, figures: Figures, school_names: dict[str, str], named: set[str]
) -> tuple[DonorView, ...]:
    gifts: dict[str, list[Record]] = defaultdict(list)
    for donation in records.of("donation"):
        gifts[donation.data["donor"]].append(donation)
    views = []
    for donor in records.of("donor"):
        show = donor.data["show_value"] is True
        anonymous = donor.data["display"] != "named"
        donor_gifts = tuple(
            _gift(d, show, school_names)
            for d in sorted(gifts[donor.id], key=lambda d: (d.data["received_on"], d.id))
        )
        row = figures.donors.get(donor.id, DonorFigures(donor.id))
        groups = tuple(
            sorted(
                (
                    ReachAtSchool(school, school_names.get(school, school), cell["students"])
                    for school, cell in row.schools.items()
                    if len(cell["nominations"] & named) >= GROUP
                ),
                key=lambda group: (sort_key(group.school_name), group.school),
            )
        )
        listed = {group.school for group in groups}
        views.append(
            DonorView(
                id=donor.id,
                name=_donor_name(donor),
                anonymous=anonymous,
                kind_label=None if anonymous else labels.donor_kinds()[donor.data["kind"]],
                show_value=show,
                gifts=donor_gifts,
                reach=groups,
                students_reached=sum(cell["students"] for cell in row.schools.values()),
                value_vnd=row.value_vnd if show else None,
                reach_elsewhere=sum(
                    cell["students"] for school, cell in row.schools.items() if school not in listed
                ),
                devices_handed=sum(row.handed.values()),
                devices_waiting=sum(row.left.values()) if show else None,
                bought=_kind_counts(row.bought) if show else None,
            )
        )
    return tuple(sorted(_name_anonymous(views), key=_donor_order))


def anonymous_label(gifts: tuple[Gift, ...]) -> str:
    """``Nhà hảo tâm ẩn danh (tiếp nhận 12/10/2021, máy tính bảng)``: from the first reception.

    Six anonymous donors used to be six identical rows. The label tells them apart with what
    their pages already publish (the day and the kinds of their first reception), never with an
    id, and it stays the same from one release to the next as long as no earlier reception is
    added. (The reports' own naming of anonymous donors may reuse it.)
    """
    if not gifts:
        return ANONYMOUS
    first = gifts[0]
    kinds = ", ".join(dict.fromkeys(labels.in_sentence(line.label) for line in first.items))
    return f"{ANONYMOUS} (tiếp nhận {date(first.on)}, {kinds})"


def _name_anonymous(views: list[DonorView]) -> list[DonorView]:
    """Each anonymous donor gets its label; two with the same label are numbered.

    The number follows the id of each one's first reception, which never changes.
    """
    same: dict[str, list[DonorView]] = defaultdict(list)
    for view in views:
        if view.anonymous:
            same[anonymous_label(view.gifts)].append(view)
    names = {}
    for label, group in same.items():
        group.sort(key=lambda v: (v.gifts[0].id if v.gifts else "", v.id))
        for number, view in enumerate(group, start=1):
            names[view.id] = label if len(group) == 1 else _numbered(label, number)
    return [dataclasses.replace(v, name=names[v.id]) if v.id in names else v for v in views]


def _numbered(label: str, number: int) -> str:
    """``Nhà hảo tâm ẩn danh (tiếp nhận …)`` → ``Nhà hảo tâm ẩn danh số 2 (tiếp nhận …)``."""
    head, _, rest = label.partition(" (")
    return f"{head} số {number} ({rest}" if rest else f"{head} số {number}"


def _donor_order(view: DonorView) -> tuple:
    """Named donors in Vietnamese order, then the anonymous ones by their first reception."""
    if view.anonymous:
        first = view.gifts[0].on if view.gifts else dt.date.max
        return (1, first, sort_key(view.name), view.id)
    return (0, sort_key(view.name), view.id)


def _gift(donation: Record, show: bool, school_names: dict[str, str]) -> Gift:
    lines = []
    for item in donation.data["items"]:
        kind = item["kind"]
        cash = kind == CASH
        unit = item.get("unit_value_vnd")
        lines.append(
            GiftLine(
                kind=kind,
                label=labels.item_kinds()[kind],
                quantity=None if cash else item["quantity"],
                amount_vnd=item["amount_vnd"] if cash and show else None,
                value_vnd=unit * item["quantity"]
                if (show and not cash and unit is not None)
                else None,
            )
        )
    place = donation.data["received_by"]
    where = "Phòng GD&ĐT" if place == OFFICE else school_names.get(place, place)
    return Gift(
        donation.id, dt.date.fromisoformat(donation.data["received_on"]), where, place, tuple(lines)
    )


def _school(
    record: Record, row: SchoolFigures, students: list[StudentEntry], donors: tuple[DonorView, ...]
) -> SchoolView:
    data = record.data
    at_school = tuple(
        DonorAtSchool(d.id, d.name, r.students)
        for d in donors
        for r in d.reach
        if r.school == record.id
    )
    return SchoolView(
        id=record.id,
        name=data["name"],
        level_label=labels.school_levels()[data["level"]],
        commune=data["commune"],
        commune_label=labels.communes()[data["commune"]],
        phone=data.get("phone"),
        address=data.get("address"),
        counts=_school_counts(row),
        devices=_kind_counts(row.devices_handed),
        students=tuple(students),
        donors=at_school,
    )


def _categories(records: RecordSet, schools: dict[str, Record], as_of: dt.date) -> Categories:
    """Approved students by category, district-wide and by commune (suppressed below district)."""
    columns = tuple(labels.categories().items())
    communes = tuple(labels.communes().items())
    index = {slug: i for i, (slug, _) in enumerate(columns)}
    matrix = [[0] * len(columns) for _ in communes]
    students = [0] * len(communes)
    row_of = {slug: i for i, (slug, _) in enumerate(communes)}
    for nomination in records.of("nomination"):
        if nomination.data["status"] != "da-duyet":
            continue
        school = schools.get(nomination.data["school"])
        if school is None:
            continue
        r = row_of[school.data["commune"]]
        students[r] += 1
        # An erased child (minhbach forget) is counted among the students, in no category.
        for category in nomination.data.get("categories", ()):
            matrix[r][index[category]] += 1
    table = suppress_table(matrix)
    rows = tuple(
        CategoryRow(slug, label, tuple(table.cells[r]), students[r])
        for r, (slug, label) in enumerate(communes)
    )
    district = CategoryCounts(
        columns,
        tuple(sum(row[c] for row in matrix) for c in range(len(columns))),
        sum(students),
        as_of,
    )
    return Categories(
        district, CategoryTable(columns, rows, tuple(table.column_totals), sum(students), as_of)
    )
