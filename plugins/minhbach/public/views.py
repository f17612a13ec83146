"""The public views: the only things the site's templates and open data ever receive.

Each is a frozen dataclass of plain values, built by ``project.py`` from the records through an
allow-list (DESIGN "Decisions", "Public per student"). A field that is not declared here cannot
reach a page. Per student: nomination id, masked name, school, grade, what was given and when.

Some figures move only in qualifying rounds (DESIGN "Publication safety across releases"): the
category figures, the cash received and the donors' reach. Each such family carries ``as_of``, the
day its figures stand at; a family held back by ``rounds.py`` keeps the day of the release that
last moved it, and the pages print it ("số liệu đến ngày …").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minhbach.public.suppression import Cell


@dataclass(frozen=True)
class GivenLine:
    """One kind of device handed to a student (bàn giao) on one day."""

    kind: str
    kind_label: str
    quantity: int
    on: dt.date


@dataclass(frozen=True)
class StudentEntry:
    """A supported student whose consent holds. ``name`` is masked, None in style ``none``."""

    nomination: str
    name: str | None
    school: str
    school_name: str
    grade: int
    given: tuple[GivenLine, ...]


@dataclass(frozen=True)
class Counts:
    """Nominations by stage: counts by status are published as they are."""

    nominated: int = 0
    approved: int = 0
    rejected: int = 0
    pending: int = 0
    handed: int = 0
    waiting: int = 0


@dataclass(frozen=True)
class KindCount:
    kind: str
    label: str
    quantity: int


@dataclass(frozen=True)
class DeviceLine:
    """Devices of one kind: received (donated or bought) and handed to students."""

    kind: str
    label: str
    received: int
    handed: int


@dataclass(frozen=True)
class Money:
    """Cash (đồng) received and spent on devices, district-wide.

    ``received`` moves in qualifying rounds only: it is None until it can be published without
    giving away what a donor chose to hide, and ``received_as_of`` is the day it stands at.
    ``gifts`` names the cash receptions (donation ids, as on the donors' pages) that it adds up,
    so that the next release's audit knows exactly which gifts a change of it comes from.
    ``spent`` (what was bought, with its prices) is published as it is.
    """

    received: int | None
    spent: int
    received_as_of: dt.date | None = None
    gifts: tuple[str, ...] = ()


@dataclass(frozen=True)
class DonorAtSchool:
    """A donor on a school's page: who, and how many of the school's students the gifts reached."""

    donor: str
    name: str
    students: int


@dataclass(frozen=True)
class SchoolView:
    id: str
    name: str
    level_label: str
    commune: str
    commune_label: str
    phone: str | None
    address: str | None
    counts: Counts
    devices: tuple[KindCount, ...]
    students: tuple[StudentEntry, ...]
    donors: tuple[DonorAtSchool, ...]


@dataclass(frozen=True)
class GiftLine:
    """One line of a reception. Values are None where the donor chose not to show them."""

    kind: str
    label: str
    quantity: int | None
    amount_vnd: int | None
    value_vnd: int | None


@dataclass(frozen=True)
class Gift:
    """One reception (tiếp nhận) of one donor: ``id`` is the donation's opaque id.

    ``received_at`` is ``office`` or the receiving school's id: a device received by a school
    stays at that school, which is part of what an outsider knows about where it could go.
    """

    id: str
    on: dt.date
    received_by: str
    received_at: str
    items: tuple[GiftLine, ...]


@dataclass(frozen=True)
class ReachAtSchool:
    """Where a donor's gifts went: one school and the students reached there.

    A school is named only for a group of at least five named students there (DESIGN "Donor
    linkage"); smaller groups are counted in ``DonorView.reach_elsewhere``. No kinds per school:
    with the kinds each named child received, they single out the donor of one child.
    """

    school: str
    school_name: str
    students: int


@dataclass(frozen=True)
class DonorView:
    """One donor's page: the gifts as received, and where they went (the reach, held in rounds)."""

    id: str
    name: str
    anonymous: bool
    kind_label: str | None
    show_value: bool
    gifts: tuple[Gift, ...]
    reach: tuple[ReachAtSchool, ...]
    students_reached: int
    value_vnd: int | None
    reach_elsewhere: int = 0  # students reached at schools not named in ``reach``
    # What the gifts became (held with the reach): devices handed to students (all kinds); and,
    # for a donor who shows values only, what its cash bought (per kind) and how many devices
    # are still at the office or a school. A donor who hides values shows neither: with the
    # devices received, they would tell what its hidden cash bought. Handed devices are not
    # given per kind (a donor that handed every device of a kind would be tied to each child
    # who received one), nor the đồng each donor's purchases cost (the district's spending
    # minus the shown donors' would be what the hidden ones spent).
    devices_handed: int = 0
    devices_waiting: int | None = None
    bought: tuple[KindCount, ...] | None = None


@dataclass(frozen=True)
class SchoolCount:
    """One school's number of students (the population a family of figures counts)."""

    school: str
    students: int


@dataclass(frozen=True)
class Reach:
    """The day the donors' reach stands at, and how many students each school had handed then.

    The handed counts are the population the reach figures share out between donors: the audit
    needs them to tell how many children a change of a donor's figures could come from.
    """

    as_of: dt.date | None
    handed: tuple[SchoolCount, ...] = ()
    devices: tuple[KindCount, ...] = ()  # devices handed per kind, district-wide, on ``as_of``


@dataclass(frozen=True)
class CategoryRow:
    commune: str
    label: str
    cells: tuple[Cell, ...]
    students: int


@dataclass(frozen=True)
class CategoryTable:
    """Approved students by category and commune, suppressed below district level."""

    columns: tuple[tuple[str, str], ...]
    rows: tuple[CategoryRow, ...]
    district: tuple[Cell, ...]  # district totals; hidden only when nothing else protects a column
    students: int
    as_of: dt.date | None = None


@dataclass(frozen=True)
class CategoryCounts:
    """Approved students by category, district-wide (not suppressed: DESIGN "Suppression").

    ``counts`` follows ``columns``; a student may count under several categories.
    """

    columns: tuple[tuple[str, str], ...]
    counts: tuple[int, ...]
    students: int
    as_of: dt.date | None


@dataclass(frozen=True)
class Categories:
    """The category figures: district-wide, and by commune when the audit finds that table safe.

    The commune table moves only together with the district figures, so that its own district
    row is always one the district figures showed.
    """

    district: CategoryCounts
    communes: CategoryTable | None


@dataclass(frozen=True)
class Office:
    """The office and programme, from the settings."""

    name: str
    short_name: str
    parent_body: str
    phone: str
    address: str
    program: str
    school_year: str
    plan: str
    contact_note: str


@dataclass(frozen=True)
class PublicSite:
    """Everything the site may show, computed once per build."""

    as_of: dt.date
    demo: bool
    masking_style: str
    office: Office
    counts: Counts
    devices: tuple[DeviceLine, ...]
    money: Money
    schools: tuple[SchoolView, ...]
    donors: tuple[DonorView, ...]
    students: tuple[StudentEntry, ...]
    categories: Categories
    unnamed_students: int
    reach: Reach = Reach(None)
