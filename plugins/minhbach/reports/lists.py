"""Lists for the handover ceremonies (danh sách ký nhận): one workbook per school, one for the office.

Each school's list has its approved students with full name, class, birth date, who receives for
them, what they receive (what was handed, or what they need while they wait) and empty columns for
signatures. A school without approved students still gets its list, with the header only. These
files hold personal data: they are written under reports/, never under output/.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from minhbach.records.store import Record, RecordSet
from minhbach.reports import xlsx_layout as xl
from minhbach.reports.common import school_name
from minhbach.reports.formatting import date, items_text, name_order
from minhbach.reports.writer import DEFAULT_OUTPUT, refuse_inside_output, write_atomic
from minhbach.settings import Settings

HEADER = (
    "STT",
    "Họ và tên học sinh",
    "Lớp",
    "Ngày sinh",
    "Người nhận thay (quan hệ)",
    "Thiết bị nhận",
    "Số sê-ri",
    "Tình trạng",
    "Ký nhận",
    "Ghi rõ họ tên",
    "Ghi chú",
)
WIDTHS = (6, 26, 7, 12, 26, 26, 16, 16, 14, 22, 14)
LISTS_FOLDER = "danh-sach"
OFFICE_WORKBOOK = "danh-sach-cac-truong.xlsx"


def student_rows(records: RecordSet, school_id: str) -> list[list[object]]:
    """The approved students of one school, ordered by class, then given name (Vietnamese order)."""
    handovers: dict[str, list[Record]] = defaultdict(list)
    for handover in records.of("handover"):
        if handover.data["school"] == school_id:
            handovers[handover.data["nomination"]].append(handover)
    approved = [
        n
        for n in records.of("nomination")
        if n.data["school"] == school_id and n.data["status"] == "da-duyet"
    ]
    approved.sort(key=_order)
    rows = []
    for index, nomination in enumerate(approved, start=1):
        student, guardian = nomination.data["student"], nomination.data["guardian"]
        given = sorted(handovers.get(nomination.id, []), key=lambda h: (h.data["on"], h.id))
        if given:
            items: dict[str, int] = defaultdict(int)
            for handover in given:
                for item in handover.data["items"]:
                    items[item["kind"]] += item["quantity"]
            serials = ", ".join(
                i["serial"] for h in given for i in h.data["items"] if "serial" in i
            )
            status = "Đã nhận " + ", ".join(date(h.data["on"]) for h in given)
        else:
            items = defaultdict(int)
            for need in nomination.data["needs"]:
                items[need["kind"]] += need["quantity"]
            serials, status = "", "Chờ nhận"
        rows.append(
            [
                index,
                student["full_name"],
                student["class"],
                date(student["birth_date"]),
                f"{guardian['name']} ({guardian['relation']})",
                items_text(dict(items)),
                serials,
                status,
                "",
                "",
                "",
            ]
        )
    return rows


def _order(nomination: Record) -> tuple:
    student = nomination.data["student"]
    return (student["grade"], student["class"], *name_order(student["full_name"]), nomination.id)


def fill_school_sheet(
    sheet: Worksheet, records: RecordSet, school_id: str, settings: Settings, as_of: dt.date
) -> int:
    """One school's list on ``sheet``; returns the number of students."""
    rows = student_rows(records, school_id)
    first = xl.title_rows(
        sheet,
        [
            settings.OFFICE_NAME.upper(),
            "DANH SÁCH HỌC SINH NHẬN THIẾT BỊ HỌC TRỰC TUYẾN",
            f"{school_name(records, school_id)} · {settings.PROGRAM_NAME} năm học {settings.SCHOOL_YEAR}",
            f"Lập ngày {date(as_of)}; {len(rows)} học sinh",
        ],
        len(HEADER),
    )
    after = xl.table(sheet, first, HEADER, rows, WIDTHS)
    sheet.cell(row=after + 1, column=2, value="Đại diện nhà trường (ký, ghi rõ họ tên)")
    return len(rows)


def school_ids(records: RecordSet) -> list[str]:
    """Every school with a record, and any school that nominated without one, in id order."""
    ids = {s.id for s in records.of("school")} | {
        n.data["school"] for n in records.of("nomination")
    }
    return sorted(ids)


def school_workbook(
    records: RecordSet, school_id: str, settings: Settings, as_of: dt.date
) -> Workbook:
    workbook = xl.new_workbook()
    fill_school_sheet(
        workbook.create_sheet(xl.sheet_title(school_id, set())), records, school_id, settings, as_of
    )
    return workbook


def office_workbook(records: RecordSet, settings: Settings, as_of: dt.date) -> Workbook:
    """A summary sheet, then every school as its own sheet (titled by the school's id)."""
    workbook = xl.new_workbook()
    summary = workbook.create_sheet("Tổng hợp")
    taken = {"Tổng hợp"}
    counts = []
    for index, school_id in enumerate(school_ids(records), start=1):
        sheet = workbook.create_sheet(xl.sheet_title(school_id, taken))
        counts.append(
            [
                index,
                school_name(records, school_id),
                sheet.title,
                fill_school_sheet(sheet, records, school_id, settings, as_of),
            ]
        )
    first = xl.title_rows(
        summary,
        [
            settings.OFFICE_NAME.upper(),
            "TỔNG HỢP DANH SÁCH HỌC SINH NHẬN THIẾT BỊ THEO TRƯỜNG",
            f"Lập ngày {date(as_of)}",
        ],
        4,
    )
    after = xl.table(
        summary, first, ("STT", "Trường", "Trang tính", "Số học sinh"), counts, (6, 40, 24, 14)
    )
    summary.cell(row=after, column=2, value="Tổng cộng")
    summary.cell(row=after, column=4, value=sum(row[3] for row in counts))
    return workbook


def write_lists(
    records: RecordSet,
    settings: Settings,
    reports_dir: Path,
    as_of: dt.date,
    *,
    output_dir: Path = DEFAULT_OUTPUT,
) -> list[Path]:
    """Write the office workbook and one workbook per school; returns the paths written."""
    refuse_inside_output(reports_dir, output_dir)
    author = settings.OFFICE_NAME
    written = [
        write_atomic(
            reports_dir / OFFICE_WORKBOOK,
            xl.to_bytes(
                office_workbook(records, settings, as_of),
                as_of,
                title="Danh sách các trường",
                author=author,
            ),
        )
    ]
    for school_id in school_ids(records):
        workbook = school_workbook(records, school_id, settings, as_of)
        data = xl.to_bytes(
            workbook, as_of, title=f"Danh sách {school_name(records, school_id)}", author=author
        )
        written.append(write_atomic(reports_dir / LISTS_FOLDER / f"{school_id}.xlsx", data))
    return written
