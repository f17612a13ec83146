"""The public views: the only things the site's templates and open data ever receive.

Each is a frozen dataclass of plain values, built by ``project.py`` from the records through an
allow-list (DESIGN "Decisions", "Public per student"). A field that is not declared here cannot
reach a page. Per student: nomination id, masked name, school, grade, what was given and when.
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

    ``received`` is None when publishing it would give away what a single donor chose to hide.
    """

    received: int | None
    spent: int


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
    """One reception (tiếp nhận) of one donor."""

    on: dt.date
    received_by: str
    items: tuple[GiftLine, ...]


@dataclass(frozen=True)
class ReachAtSchool:
    """Where a donor's gifts went: one school, the students reached there, devices handed there."""

    school: str
    school_name: str
    students: int
    devices: tuple[KindCount, ...]


@dataclass(frozen=True)
class DonorView:
    id: str
    name: str
    anonymous: bool
    kind_label: str | None
    show_value: bool
    gifts: tuple[Gift, ...]
    reach: tuple[ReachAtSchool, ...]
    students_reached: int
    value_vnd: int | None


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
    categories: CategoryTable
    unnamed_students: int
