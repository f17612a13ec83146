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

from minhbach.erasure.tombstone import LABEL as ERASED
from minhbach.erasure.tombstone import is_forgotten
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


def school_lists(records: RecordSet) -> dict[str, list[list[object]]]:
    """Every school's list rows (see ``school_ids``), from one pass over the records.

    Grouping first matters at a province's scale: looking through every record once per school
    took most of a minute for a hundred schools.
    """
    handovers: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for handover in records.of("handover"):
        handovers[handover.data["school"], handover.data["nomination"]].append(handover)
    approved: dict[str, list[Record]] = {school_id: [] for school_id in school_ids(records)}
    for nomination in records.of("nomination"):
        if nomination.data["status"] == "da-duyet":
            approved[nomination.data["school"]].append(nomination)
    return {
        school_id: [
            _student_row(index, nomination, handovers.get((school_id, nomination.id), []))
            for index, nomination in enumerate(sorted(nominations, key=_order), start=1)
        ]
        for school_id, nominations in approved.items()
    }


def _student_row(index: int, nomination: Record, handovers: list[Record]) -> list[object]:
    """One approved student: what was handed over, or what they need while they wait.

    An erased child keeps a row (the devices stay accounted for) without any of their data.
    """
    erased = is_forgotten(nomination.data)
    student = nomination.data.get("student", {})
    guardian = nomination.data.get("guardian", {})
    given = sorted(handovers, key=lambda h: (h.data["on"], h.id))
    items: dict[str, int] = defaultdict(int)
    if given:
        for handover in given:
            for item in handover.data["items"]:
                items[item["kind"]] += item["quantity"]
        serials = ", ".join(i["serial"] for h in given for i in h.data["items"] if "serial" in i)
        status = "Đã nhận " + ", ".join(date(h.data["on"]) for h in given)
    else:
        for need in nomination.data.get("needs", ()):
            items[need["kind"]] += need["quantity"]
        serials, status = "", "Chờ nhận"
    return [
        index,
        f"({ERASED})" if erased else student["full_name"],
        "" if erased else student["class"],
        "" if erased else date(student["birth_date"]),
        "" if erased else f"{guardian['name']} ({guardian['relation']})",
        items_text(dict(items)),
        serials,
        status,
        "",
        "",
        "",
    ]


def _order(nomination: Record) -> tuple:
    if is_forgotten(nomination.data):
        return (99, "", "", "", "", nomination.id)  # erased children last
    student = nomination.data["student"]
    return (student["grade"], student["class"], *name_order(student["full_name"]), nomination.id)


def school_sheet(
    records: RecordSet, school_id: str, rows: list[list[object]], settings: Settings, as_of: dt.date
) -> xl.TableSheet:
    """One school's list, with a place for the school's representative to sign under it."""
    return xl.TableSheet(
        title_lines=[
            settings.OFFICE_NAME.upper(),
            "DANH SÁCH HỌC SINH NHẬN THIẾT BỊ HỌC TRỰC TUYẾN",
            f"{school_name(records, school_id)} · {settings.PROGRAM_NAME} năm học {settings.SCHOOL_YEAR}",
            f"Lập ngày {date(as_of)}; {len(rows)} học sinh",
        ],
        header=HEADER,
        rows=rows,
        widths=WIDTHS,
        after=[[], [None, "Đại diện nhà trường (ký, ghi rõ họ tên)"]],
    )


def school_ids(records: RecordSet) -> list[str]:
    """Every school with a record, and any school that nominated without one, in id order."""
    ids = {s.id for s in records.of("school")} | {
        n.data["school"] for n in records.of("nomination")
    }
    return sorted(ids)


def office_workbook(
    records: RecordSet,
    lists: dict[str, list[list[object]]],
    settings: Settings,
    as_of: dt.date,
) -> Workbook:
    """A summary sheet, then every school as its own sheet (titled by the school's id)."""
    taken = {"Tổng hợp"}
    titles = {school_id: xl.sheet_title(school_id, taken) for school_id in lists}
    counts = [
        [index, school_name(records, school_id), titles[school_id], len(rows)]
        for index, (school_id, rows) in enumerate(lists.items(), start=1)
    ]
    workbook = xl.new_workbook()
    xl.add_sheet(
        workbook,
        "Tổng hợp",
        xl.TableSheet(
            title_lines=[
                settings.OFFICE_NAME.upper(),
                "TỔNG HỢP DANH SÁCH HỌC SINH NHẬN THIẾT BỊ THEO TRƯỜNG",
                f"Lập ngày {date(as_of)}",
            ],
            header=("STT", "Trường", "Trang tính", "Số học sinh"),
            rows=counts,
            widths=(6, 40, 24, 14),
            after=[[None, "Tổng cộng", None, sum(row[3] for row in counts)]],
        ),
    )
    for school_id, rows in lists.items():
        xl.add_sheet(
            workbook, titles[school_id], school_sheet(records, school_id, rows, settings, as_of)
        )
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
    lists = school_lists(records)
    written = [
        write_atomic(
            reports_dir / OFFICE_WORKBOOK,
            xl.to_bytes(
                office_workbook(records, lists, settings, as_of),
                as_of,
                title="Danh sách các trường",
                author=author,
            ),
        )
    ]
    for school_id, rows in lists.items():
        workbook = xl.new_workbook()
        xl.add_sheet(
            workbook,
            xl.sheet_title(school_id, set()),
            school_sheet(records, school_id, rows, settings, as_of),
        )
        data = xl.to_bytes(
            workbook, as_of, title=f"Danh sách {school_name(records, school_id)}", author=author
        )
        written.append(write_atomic(reports_dir / LISTS_FOLDER / f"{school_id}.xlsx", data))
    return written
