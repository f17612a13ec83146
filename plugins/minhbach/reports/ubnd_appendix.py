"""The UBND report's appendices: per school, per donor, per item kind, each with a total row.

The rows are built as plain lists of strings by pure functions (``school_rows`` …), so tests can
compare them with the figures; ``add_appendices`` lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocumentType

from minhbach.figures import Figures
from minhbach.records.store import RecordSet
from minhbach.reports import docx_layout as layout
from minhbach.reports.common import donor_label, school_name
from minhbach.reports.formatting import items_text, kind_label, money, number

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
SCHOOL_WIDTHS = (1.1, 4.4, 1.5, 1.5, 1.6, 1.6, 1.8, 1.5, 1.5)
DONOR_HEADER = ("STT", "Nhà tài trợ", "Hiện vật", "Tiền mặt (đồng)", "Tổng giá trị (đồng)")
DONOR_WIDTHS = (1.2, 4.6, 4.5, 3.0, 3.2)
KIND_HEADER = (
    "STT",
    "Loại thiết bị",
    "Tiếp nhận, mua sắm",
    "Phân bổ về trường",
    "Đã bàn giao",
    "Còn lại",
)
KIND_WIDTHS = (1.2, 4.8, 2.7, 2.6, 2.6, 2.6)
ROMAN = ("I", "II", "III")


Rows = tuple[list[list[str]], list[str]]


def school_rows(records: RecordSet, figures: Figures) -> Rows:
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
        rows.append([str(index), school_name(records, row.school), *map(number, values)])
    return rows, ["", "Tổng cộng", *map(number, sums)]


def donor_rows(records: RecordSet, figures: Figures) -> Rows:
    """One row per donor: what was given (units per kind), cash, estimated total value."""
    rows, items, cash, value = [], {}, 0, 0
    for index, donor in enumerate(figures.donors.values(), start=1):
        rows.append(
            [
                str(index),
                donor_label(records, donor.donor),
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


def add_appendices(
    document: DocumentType, records: RecordSet, figures: Figures, citation: str
) -> None:
    """Appendices I–III, each on a new page, citing the report they belong to."""
    tables: Sequence[tuple[str, tuple, tuple, Rows, int]] = (
        (
            "KẾT QUẢ THỰC HIỆN THEO TRƯỜNG",
            SCHOOL_HEADER,
            SCHOOL_WIDTHS,
            school_rows(records, figures),
            2,
        ),
        (
            "NHÀ TÀI TRỢ VÀ GIÁ TRỊ TÀI TRỢ",
            DONOR_HEADER,
            DONOR_WIDTHS,
            donor_rows(records, figures),
            3,
        ),
        (
            "THIẾT BỊ THEO LOẠI: TIẾP NHẬN, PHÂN BỔ, BÀN GIAO, CÒN LẠI",
            KIND_HEADER,
            KIND_WIDTHS,
            kind_rows(figures),
            2,
        ),
    )
    for roman, (title, header, widths, (rows, total), numeric_from) in zip(
        ROMAN, tables, strict=True
    ):
        layout.page_break(document)
        layout.paragraph(document, f"Phụ lục {roman}", bold=True, align=layout.CENTER, after=0)
        layout.paragraph(document, title, bold=True, align=layout.CENTER, after=0)
        layout.paragraph(
            document, f"(Kèm theo {citation})", italic=True, align=layout.CENTER, after=12
        )
        layout.grid_table(document, header, rows, widths, total=total, numeric_from=numeric_from)
        if roman == "III":
            layout.paragraph(
                document,
                f"Tiền mặt: tiếp nhận {money(figures.cash_received)}; đã chi mua thiết bị "
                f"{money(figures.cash_spent)}; còn lại {money(figures.cash_left)}.",
                indent=True,
                before=12,
            )
