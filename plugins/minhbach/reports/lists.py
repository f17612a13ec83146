"""Lists for the handover ceremonies (danh sách ký nhận): one workbook per school, one for the office.

Each school's list has its approved students with full name, class, birth date, who receives for
them, what they receive (what was handed, or what they need while they wait), and the cells the
ceremony fills in: the serial of the device given (pre-filled, for a student still waiting, with a
device the ledger says is at the school, which staff correct), the date received, the signature on
paper and an "x" once signed. Under the table: who hands over, the place-and-date line and the
signature blocks of an official list (Decree 30/2020). A school without approved students still
gets its list, with the header only.

The list comes back: ``minhbach import`` recognises it by a hidden sheet (``MARKER_SHEET``) that
names the list and, for every sheet, its school and header row, and turns each signed row into a
handover (``minhbach.workflow.ceremony``). These files hold personal data: they are written under
reports/, never under output/.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from openpyxl import Workbook

from minhbach.erasure.tombstone import LABEL as ERASED
from minhbach.erasure.tombstone import is_forgotten
from minhbach.ledger import compute, serials_in_place
from minhbach.records.store import Record, RecordSet
from minhbach.reports import xlsx_layout as xl
from minhbach.reports.common import school_name
from minhbach.reports.formatting import date, items_text, name_order
from minhbach.reports.writer import DEFAULT_OUTPUT, refuse_inside_output, write_atomic
from minhbach.settings import Settings

# (key, header, width): the columns of a school's list, in order. The headers are the contract
# with ``minhbach import``, which finds each column by its header.
COLUMNS = (
    ("stt", "STT", 5),
    ("nomination", "Mã đề xuất", 12),
    ("name", "Họ và tên học sinh", 24),
    ("class", "Lớp", 6),
    ("birth_date", "Ngày sinh", 11),
    ("receiver", "Người nhận thay (quan hệ)", 24),
    ("items", "Thiết bị nhận", 20),
    ("status", "Tình trạng", 11),
    ("serial", "Số sê-ri", 16),
    ("received_on", "Ngày nhận", 12),
    ("signature", "Ký nhận", 14),
    ("signed", "Đã ký (x)", 8),
    ("note", "Ghi chú", 12),
)
HEADER = tuple(header for _, header, _ in COLUMNS)
WIDTHS = tuple(width for _, _, width in COLUMNS)
COLUMN = {key: index for index, (key, _, _) in enumerate(COLUMNS)}
FILL_IN = frozenset(COLUMN[key] for key in ("serial", "received_on", "signed"))
HANDED_BY_LABEL = "Người trao (họ tên, chức vụ):"
WAITING, HANDED = "Chờ nhận", "Đã nhận"
SIGNING_ROW_HEIGHT = 30  # points: room for a signature on the printed list
SIGNED_MARK = "x"

# The hidden sheet that makes a workbook a ceremony list: A1 the marker, B1 its version; then
# one row per list sheet: its title, the school's id, the header's row number.
MARKER_SHEET = "minhbach"
MARKER = "minhbach:danh-sach-ky-nhan"
MARKER_VERSION = 1

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
    in_place = _serials_by_school(records)
    lists = {}
    for school_id, nominations in approved.items():
        at_school = in_place.get(school_id, {})
        lists[school_id] = [
            _student_row(
                index, nomination, handovers.get((school_id, nomination.id), []), at_school
            )
            for index, nomination in enumerate(sorted(nominations, key=_order), start=1)
        ]
    return lists


def _serials_by_school(records: RecordSet) -> dict[str, dict[str, list[str]]]:
    """school → kind → serials of devices the ledger says are there now, oldest arrival first."""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for (_, kind, location), serials in serials_in_place(
        records.derived("ledger", compute)
    ).items():
        found[location][kind].extend(serials)
    return found


def _student_row(
    index: int, nomination: Record, handovers: list[Record], at_school: dict[str, list[str]]
) -> list[object]:
    """One approved student: what was handed over, or what they need and a device to give.

    A waiting student takes the next serials of the kinds they need from ``at_school`` (so
    two students are never offered the same device). An erased child keeps a row (the devices
    stay accounted for) without any of their data, and is offered nothing.
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
        serials = [i["serial"] for h in given for i in h.data["items"] if "serial" in i]
        status, received = HANDED, ", ".join(date(h.data["on"]) for h in given)
    else:
        serials = []
        for need in nomination.data.get("needs", ()):
            items[need["kind"]] += need["quantity"]
            pool = [] if erased else at_school.get(need["kind"], [])
            serials += pool[: need["quantity"]]
            del pool[: need["quantity"]]
        status, received = WAITING, None
    values = {
        "stt": index,
        "nomination": nomination.id,
        "name": f"({ERASED})" if erased else student["full_name"],
        "class": None if erased else student["class"],
        "birth_date": None if erased else date(student["birth_date"]),
        "receiver": None if erased else f"{guardian['name']} ({guardian['relation']})",
        "items": items_text(dict(items)),
        "status": status,
        "serial": ", ".join(serials) or None,
        "received_on": received,
    }
    return [values.get(key) for key, _, _ in COLUMNS]


def _order(nomination: Record) -> tuple:
    if is_forgotten(nomination.data):
        return (99, "", "", "", "", nomination.id)  # erased children last
    student = nomination.data["student"]
    return (student["grade"], student["class"], *name_order(student["full_name"]), nomination.id)


def school_sheet(
    records: RecordSet, school_id: str, rows: list[list[object]], settings: Settings, as_of: dt.date
) -> xl.TableSheet:
    """One school's list: the table, who hands over, the place and date, the signatures."""
    return xl.TableSheet(
        title_lines=[
            settings.OFFICE_NAME.upper(),
            "DANH SÁCH HỌC SINH NHẬN THIẾT BỊ HỌC TRỰC TUYẾN",
            f"{school_name(records, school_id)} · {settings.PROGRAM_NAME} năm học {settings.SCHOOL_YEAR}",
            f"Lập ngày {date(as_of)}; {len(rows)} học sinh. Sau buổi trao: ghi số sê-ri máy đã "
            f"trao, ngày nhận và “{SIGNED_MARK}” ở cột “Đã ký” cho em đã ký nhận, rồi nhập lại "
            "bằng `minhbach import`.",
        ],
        header=HEADER,
        rows=rows,
        widths=WIDTHS,
        text_columns=FILL_IN,
        row_height=SIGNING_ROW_HEIGHT,
        fields=[(HANDED_BY_LABEL, "")],
        signatures=xl.Signatures(
            place_date=_blank_place_date(settings),
            blocks=[
                ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"),
                ("HIỆU TRƯỞNG", "(Ký tên, đóng dấu)"),
            ],
        ),
    )


def _blank_place_date(settings: Settings) -> str:
    """The place-and-date line with the date left to write by hand on the day of the ceremony."""
    return f"{settings.PLACE_NAME}, ngày …… tháng …… năm 20……"


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
    taken = {"Tổng hợp", MARKER_SHEET}
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
            signatures=xl.Signatures(
                place_date=_blank_place_date(settings),
                blocks=[
                    ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"),
                    (settings.SIGNER_TITLE, "(Ký tên, đóng dấu)"),
                ],
            ),
        ),
    )
    sheets = []
    for school_id, rows in lists.items():
        sheet = school_sheet(records, school_id, rows, settings, as_of)
        xl.add_sheet(workbook, titles[school_id], sheet)
        sheets.append((titles[school_id], school_id, xl.header_row_number(sheet)))
    _add_marker(workbook, sheets)
    return workbook


def _add_marker(workbook: Workbook, sheets: list[tuple[str, str, int]]) -> None:
    """The hidden sheet ``minhbach import`` recognises a ceremony list by (see the module doc)."""
    marker = workbook.create_sheet(MARKER_SHEET)
    marker.sheet_state = "hidden"
    marker.append([MARKER, MARKER_VERSION])
    for title, school_id, header_row in sheets:
        marker.append([title, school_id, header_row])


def write_lists(
    records: RecordSet,
    settings: Settings,
    reports_dir: Path,
    as_of: dt.date,
    *,
    output_dir: Path = DEFAULT_OUTPUT,
) -> list[Path]:
    """Write the office workbook and one workbook per school; returns the paths written.

    A school's list from an earlier run whose school is no longer in the records (the demo's,
    after ``minhbach init``) is removed: a list in reports/ is always one of the current data.
    """
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
        title = xl.sheet_title(school_id, {MARKER_SHEET})
        sheet = school_sheet(records, school_id, rows, settings, as_of)
        xl.add_sheet(workbook, title, sheet)
        _add_marker(workbook, [(title, school_id, xl.header_row_number(sheet))])
        data = xl.to_bytes(
            workbook, as_of, title=f"Danh sách {school_name(records, school_id)}", author=author
        )
        written.append(write_atomic(reports_dir / LISTS_FOLDER / f"{school_id}.xlsx", data))
    _remove_stale(reports_dir / LISTS_FOLDER, set(written))
    return written


def _remove_stale(folder: Path, kept: set[Path]) -> None:
    if not folder.is_dir():
        return
    for path in folder.glob("*.xlsx"):
        if path not in kept:
            path.unlink(missing_ok=True)
