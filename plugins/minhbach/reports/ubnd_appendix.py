"""The UBND report's appendices: per school, per donor, per item kind, and the devices kept past
the allowed days, each with a total row.

The rows are built as plain lists of strings by pure functions (``school_rows`` …), so tests can
compare them with the figures; ``add_appendices`` lays them out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from docx.document import Document as DocumentType

from minhbach.figures import Figures
from minhbach.reports import docx_layout as layout
from minhbach.reports import docx_tables as tables
from minhbach.reports.common import Names
from minhbach.reports.formatting import date, dong, duration, items_text, kind_label, number
from minhbach.reports.tallies import IdleStock

SCHOOL_HEADER = (
    "STT",
    "Trường",
    "Đề xuất",
    "Được duyệt",
    "Đã bàn giao",
    "Chờ bàn giao",
    "Học trực tuyến đầy đủ",
    "Học một phần",
    "Không học",
)
SCHOOL_WIDTHS = (1.0, 5.7, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4)
DONOR_HEADER = ("STT", "Nhà tài trợ", "Hiện vật", "Tiền mặt (đồng)", "Tổng giá trị (đồng)")
DONOR_WIDTHS = (1.2, 5.6, 4.5, 2.5, 2.7)
KIND_HEADER = (
    "STT",
    "Loại thiết bị",
    "Tiếp nhận, mua sắm",
    "Phân bổ về trường",
    "Đã bàn giao",
    "Còn lại",
)
KIND_WIDTHS = (1.2, 4.8, 2.7, 2.6, 2.6, 2.6)
IDLE_HEADER = ("STT", "Nơi đang giữ", "Thiết bị chưa trao", "Số lượng", "Nhận từ ngày", "Đã giữ")
IDLE_WIDTHS = (1.1, 4.6, 4.4, 1.7, 2.3, 2.4)
ROMAN = ("I", "II", "III", "IV")


Rows = tuple[list[list[str]], list[str]]


@dataclass(frozen=True)
class Appendix:
    """One appendix: its title, its table (with a total row) and a sentence after it."""

    title: str
    header: tuple[str, ...]
    widths: tuple[float, ...]
    rows: Rows
    numeric_columns: tuple[int, ...]
    note: str = ""


def school_rows(names: Names, figures: Figures) -> Rows:
    """One row per school (every school, also those without students), and the total row."""
    rows, sums = [], [0] * 7
    for index, row in enumerate(figures.schools.values(), start=1):
        values = [
            row.nominated,
            row.approved,
            row.handed_over,
            row.waiting,
            row.attendance["full"],
            row.attendance["partial"],
            row.attendance["none"],
        ]
        sums = [a + b for a, b in zip(sums, values, strict=True)]
        rows.append([str(index), names.school(row.school), *map(number, values)])
    return rows, ["", "Tổng cộng", *map(number, sums)]


def donor_rows(names: Names, figures: Figures) -> Rows:
    """One row per donor: what was given (units per kind), cash, estimated total value.

    Anonymous donors are told apart by when and what they gave, never by their record's id.
    """
    rows, items, cash, value = [], {}, 0, 0
    for index, donor in enumerate(figures.donors.values(), start=1):
        rows.append(
            [
                str(index),
                names.donor(donor.donor),
                items_text(donor.items) or "—",
                number(donor.cash_vnd),
                number(donor.value_vnd),
            ]
        )
        for kind, count in donor.items.items():
            items[kind] = items.get(kind, 0) + count
        cash, value = cash + donor.cash_vnd, value + donor.value_vnd
    return rows, ["", "Tổng cộng", items_text(items) or "—", number(cash), number(value)]


def kind_rows(figures: Figures) -> Rows:
    """One row per device kind: received (and bought), allocated to schools, handed, left."""
    rows, sums = [], [0] * 4
    for index, (kind, row) in enumerate(figures.devices_by_kind.items(), start=1):
        values = [row["received"], row["allocated"], row["handed"], row["left"]]
        sums = [a + b for a, b in zip(sums, values, strict=True)]
        rows.append([str(index), kind_label(kind), *map(number, values)])
    return rows, ["", "Tổng cộng", *map(number, sums)]


def idle_rows(names: Names, idle: list[IdleStock], as_of: dt.date) -> Rows:
    """One row per place holding devices past the allowed days: what, how many, since when."""
    rows, total = [], 0
    for stock in idle:
        if not stock.devices:
            continue
        count = sum(stock.devices.values())
        total += count
        rows.append(
            [
                str(len(rows) + 1),
                names.school(stock.location),
                items_text(stock.devices),
                number(count),
                date(stock.devices_since),
                duration(dt.date.fromisoformat(stock.devices_since), as_of),
            ]
        )
    return rows, ["", "Tổng cộng", "", number(total), "", ""]


def appendices(
    names: Names, figures: Figures, idle: list[IdleStock], idle_days: int, as_of: dt.date
) -> list[Appendix]:
    """The report's appendices, in order; the one of idle devices only when there are some."""
    result = [
        Appendix(
            "KẾT QUẢ THỰC HIỆN THEO TRƯỜNG",
            SCHOOL_HEADER,
            SCHOOL_WIDTHS,
            school_rows(names, figures),
            tuple(range(2, 9)),
        ),
        Appendix(
            "NHÀ TÀI TRỢ VÀ GIÁ TRỊ TÀI TRỢ",
            DONOR_HEADER,
            DONOR_WIDTHS,
            donor_rows(names, figures),
            (3, 4),
        ),
        Appendix(
            "THIẾT BỊ THEO LOẠI: TIẾP NHẬN, PHÂN BỔ, BÀN GIAO, CÒN LẠI",
            KIND_HEADER,
            KIND_WIDTHS,
            kind_rows(figures),
            tuple(range(2, 6)),
            f"Tiền mặt: tiếp nhận {dong(figures.cash_received)}; đã chi mua thiết bị "
            f"{dong(figures.cash_spent)}; còn lại {dong(figures.cash_left)}.",
        ),
    ]
    rows = idle_rows(names, idle, as_of)
    if rows[0]:
        result.append(
            Appendix(
                f"THIẾT BỊ ĐÃ NHẬN QUÁ {number(idle_days)} NGÀY CHƯA TRAO CHO HỌC SINH",
                IDLE_HEADER,
                IDLE_WIDTHS,
                rows,
                (3,),
            )
        )
    return result


def add_appendices(document: DocumentType, items: list[Appendix], citation: str) -> None:
    """Each appendix on a new page, citing the report it belongs to."""
    for index, appendix in enumerate(items):
        roman = ROMAN[index]
        layout.page_break(document)
        heading = {"bold": True, "align": layout.CENTER, "after": 0, "keep_with_next": True}
        layout.paragraph(document, f"Phụ lục {roman}", **heading)
        layout.paragraph(document, appendix.title, **heading)
        layout.paragraph(
            document,
            f"(Kèm theo {citation})",
            italic=True,
            align=layout.CENTER,
            after=12,
            keep_with_next=True,
        )
        rows, total = appendix.rows
        tables.grid_table(
            document,
            appendix.header,
            rows,
            appendix.widths,
            total=total,
            numeric_columns=appendix.numeric_columns,
        )
        if appendix.note:
            layout.paragraph(document, appendix.note, indent=True, before=12)
