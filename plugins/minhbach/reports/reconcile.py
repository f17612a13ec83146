"""Reconciliation (đối soát): does every device and đồng add up, and who is still waiting?

Per source (a donation or a purchase) and item kind: received, allocated to schools, handed
out, spent (cash turned into devices) and left, with the differences flagged: a balance below
zero, an overdraft at a location, a serial handed twice or from the wrong place, totals that do not
add up. Then the people side: approved students still waiting (and for how long), nominations
that may not be published by name, follow-ups overdue. Finding differences is the point of the
report, so it is written whatever it finds (the command exits 0).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from minhbach import labels
from minhbach import ledger as ledger_module
from minhbach.erasure.tombstone import LABEL as ERASED
from minhbach.erasure.tombstone import is_forgotten
from minhbach.figures import compute_figures
from minhbach.ledger import CASH, Ledger, Position
from minhbach.records.store import OFFICE, RecordSet
from minhbach.reports import tallies
from minhbach.reports import xlsx_layout as xl
from minhbach.reports.common import Names
from minhbach.reports.common import names as report_names
from minhbach.reports.formatting import date, duration, kind_label, lower_first, number
from minhbach.reports.writer import DEFAULT_OUTPUT, refuse_inside_output, write_atomic
from minhbach.settings import Settings

DEVICE_HEADER = (
    "STT",
    "Nguồn",
    "Nhà tài trợ",
    "Nhà cung cấp",
    "Loại thiết bị",
    "Tiếp nhận, mua sắm (chiếc)",
    "Phân bổ về trường (chiếc)",
    "Đã bàn giao (chiếc)",
    "Còn lại (chiếc)",
    "Còn tại Phòng (chiếc)",
    "Còn tại các trường (chiếc)",
    "Chênh lệch",
    "Mã hồ sơ nguồn",
)
DEVICE_WIDTHS = (6, 30, 30, 22, 20, 12, 12, 12, 12, 12, 12, 45, 14)
CASH_HEADER = (
    "STT",
    "Nguồn",
    "Nhà tài trợ",
    "Tiếp nhận (đồng)",
    "Phân bổ về trường (đồng)",
    "Đã chi mua thiết bị (đồng)",
    "Còn lại (đồng)",
    "Còn tại Phòng (đồng)",
    "Còn tại các trường (đồng)",
    "Chênh lệch",
    "Mã hồ sơ nguồn",
)
CASH_WIDTHS = (6, 30, 30, 16, 16, 16, 16, 16, 16, 45, 14)
_SERIAL_REASONS = {
    "handed-twice": "đã bàn giao hai lần",
    "not-at-location": "không có trong số máy chuyển đến nơi trao",
    "not-from-source": "không có trong danh sách sê-ri của nguồn",
}


@dataclass
class Reconciliation:
    """Everything the reconciliation found, as plain data (the workbook and the summary use it)."""

    as_of: dt.date
    positions: list[tuple[Position, list[str]]]
    waiting: list[tallies.Waiting]
    missing_consent: list[tallies.MissingConsent]
    overdue: list[tallies.OverdueFollowup]
    waiting_warning_days: int
    followup_due_days: int
    extra: dict = field(default_factory=dict)

    @property
    def differences(self) -> int:
        return sum(1 for _, flags in self.positions if flags)


def reconcile(records: RecordSet, settings: Settings, as_of: dt.date) -> Reconciliation:
    """The reconciliation of ``records`` on ``as_of`` (pure); sources in the order they came."""
    ledger = ledger_module.compute(records)
    figures = compute_figures(records, ledger)
    names = report_names(records, settings)
    arrived = _source_days(records)
    order = sorted(
        ledger.positions.values(), key=lambda p: (arrived.get(p.source, ""), p.source, p.kind)
    )
    positions = [(p, position_flags(p, ledger, names)) for p in order]
    return Reconciliation(
        as_of=as_of,
        positions=positions,
        waiting=tallies.waiting(records, figures.waiting_nominations, as_of),
        missing_consent=tallies.missing_consent(records, as_of),
        overdue=tallies.overdue_followups(records, as_of, settings.FOLLOWUP_DUE_DAYS),
        waiting_warning_days=settings.WAITING_WARNING_DAYS,
        followup_due_days=settings.FOLLOWUP_DUE_DAYS,
    )


def _source_days(records: RecordSet) -> dict[str, str]:
    days = {d.id: d.data["received_on"] for d in records.of("donation")}
    return days | {p.id: p.data["on"] for p in records.of("purchase")}


def position_flags(position: Position, ledger: Ledger, names: Names) -> list[str]:
    """What does not add up for one source and kind, in Vietnamese (empty: all is well)."""
    flags = []
    if position.received - position.spent - position.handed != position.left:
        flags.append("Không khớp: tiếp nhận − đã chi − đã bàn giao ≠ còn lại")
    for location, count in position.at.items():
        if count < 0:
            flags.append(
                f"Âm {number(-count)} tại {_location(names, location)}: xuất nhiều hơn số có"
            )
    for overdraft in ledger.overdrafts:
        movement = overdraft.movement
        if (movement.source, movement.kind) == (position.source, position.kind):
            flags.append(
                f"Vượt số tồn tại {_location(names, movement.location)} ở {movement.record.path}"
            )
    for problem in ledger.serial_problems:
        movement = problem.movement
        if (movement.source, movement.kind) == (position.source, position.kind):
            flags.append(
                f"Sê-ri {problem.serial} {_SERIAL_REASONS.get(problem.reason, problem.reason)} ({movement.record.path})"
            )
    return flags


def _location(names: Names, location: str) -> str:
    return "Phòng" if location == OFFICE else names.school(location)


def _supplier(records: RecordSet, source: str) -> str:
    purchase = records.get("purchase", source)
    return purchase.data["supplier"] if purchase else ""


def workbook(records: RecordSet, result: Reconciliation, settings: Settings):
    """The reconciliation as a workbook: devices, cash, waiting, consent, overdue follow-ups.

    Devices (counted in units) and cash (in đồng) are on separate sheets, so that every column
    holds one unit and adds up to its totals row.
    """
    book = xl.new_workbook()
    names = report_names(records, settings)
    day = f"ngày {date(result.as_of)}"
    devices = [(p, f) for p, f in result.positions if p.kind != CASH]
    cash = [(p, f) for p, f in result.positions if p.kind == CASH]
    sheet = SourceSheet(book, settings.OFFICE_NAME.upper(), names)
    sheet.add(
        "Thiết bị",
        f"ĐỐI SOÁT THIẾT BỊ: TIẾP NHẬN, PHÂN BỔ, BÀN GIAO, CÒN LẠI — {day}",
        (DEVICE_HEADER, DEVICE_WIDTHS),
        devices,
        lambda p: [
            _supplier(records, p.source),
            kind_label(p.kind),
            *_amounts(p, spent=False),
        ],
        _device_totals(devices),
    )
    sheet.add(
        "Tiền mặt",
        f"ĐỐI SOÁT TIỀN MẶT (ĐỒNG): TIẾP NHẬN, ĐÃ CHI, CÒN LẠI — {day}",
        (CASH_HEADER, CASH_WIDTHS),
        cash,
        lambda p: _amounts(p, spent=True),
        [["", "Tổng cộng", "", *_sums(p for p, _ in cash), "", ""]],
    )
    _people_sheets(book, records, settings, result, names)
    return book


@dataclass(frozen=True)
class SourceSheet:
    """Sheets of one row per source and kind: number, source, donors, the sheet's own columns,
    differences, and the source's record id last (to find its file)."""

    book: object
    office: str
    names: Names

    def add(self, title: str, heading: str, layout: tuple, positions, columns, totals) -> None:
        header, widths = layout
        rows = [
            [
                index,
                self.names.source(p.source),
                self.names.source_donors(p.source),
                *columns(p),
                "; ".join(problems),
                p.source,
            ]
            for index, (p, problems) in enumerate(positions, start=1)
        ]
        xl.add_sheet(
            self.book,
            title,
            xl.TableSheet(
                title_lines=[self.office, heading],
                header=header,
                rows=rows,
                widths=widths,
                flags=[bool(problems) for _, problems in positions],
                totals=totals,
            ),
        )


def _amounts(position: Position, *, spent: bool) -> list[int]:
    """Received, allocated, handed (devices) or spent (cash), left, left at the office, at schools."""
    at_office = position.at.get(OFFICE, 0)
    out = position.spent if spent else position.handed
    return [
        position.received,
        position.allocated,
        out,
        position.left,
        at_office,
        position.left - at_office,
    ]


def _sums(positions) -> list[int]:
    sums = [0] * 6
    for position in positions:
        sums = [
            a + b
            for a, b in zip(sums, _amounts(position, spent=position.kind == CASH), strict=True)
        ]
    return sums


def _device_totals(devices: list[tuple[Position, list[str]]]) -> list[list[object]]:
    """A subtotal per device kind, then the total of every device."""
    kinds = dict.fromkeys(kind for kind in labels.item_kinds() if kind != CASH)
    rows = []
    for kind in kinds:
        of_kind = [p for p, _ in devices if p.kind == kind]
        if of_kind:
            rows.append(
                [
                    "",
                    f"Cộng {lower_first(kind_label(kind))}",
                    "",
                    "",
                    kind_label(kind),
                    *_sums(of_kind),
                    "",
                    "",
                ]
            )
    rows.append(
        ["", "Tổng cộng (mọi loại thiết bị)", "", "", "", *_sums(p for p, _ in devices), "", ""]
    )
    return rows


def _people_sheets(
    book, records: RecordSet, settings: Settings, result: Reconciliation, names: Names
) -> None:
    """Students waiting, not published by name, and overdue for a follow-up: names first, the
    record's id last (to find its file)."""
    _people_sheet(
        book,
        settings,
        "Chờ bàn giao",
        (
            "STT",
            "Trường",
            "Họ và tên",
            "Lớp",
            "Ngày duyệt",
            "Số ngày chờ",
            f"Quá {result.waiting_warning_days} ngày",
            "Mã hồ sơ đề xuất",
        ),
        [
            [
                names.school(w.school),
                *_student(records, w.nomination),
                date(w.approved_on),
                w.days,
                "Có" if w.days > result.waiting_warning_days else "",
                w.nomination,
            ]
            for w in result.waiting
        ],
        (6, 30, 26, 8, 12, 12, 12, 16),
    )
    _people_sheet(
        book,
        settings,
        "Chưa đồng ý công khai",
        ("STT", "Trường", "Họ và tên", "Lớp", "Lý do", "Mã hồ sơ đề xuất"),
        [
            [names.school(m.school), *_student(records, m.nomination), m.reason, m.nomination]
            for m in result.missing_consent
        ],
        (6, 30, 26, 8, 40, 16),
    )
    _people_sheet(
        book,
        settings,
        "Quá hạn theo dõi",
        (
            "STT",
            "Trường",
            "Họ và tên",
            "Lớp",
            "Ngày bàn giao",
            "Số ngày chưa theo dõi",
            "Mã hồ sơ đề xuất",
        ),
        [
            [
                names.school(o.school),
                *_student(records, o.nomination),
                date(o.handed_on),
                o.days,
                o.nomination,
            ]
            for o in result.overdue
        ],
        (6, 30, 26, 8, 14, 14, 16),
    )


def _student(records: RecordSet, nomination_id: str) -> list[str]:
    nomination = records.get("nomination", nomination_id)
    if nomination is None:
        return ["", ""]
    if is_forgotten(nomination.data):
        return [f"({ERASED})", ""]
    return [nomination.data["student"]["full_name"], nomination.data["student"]["class"]]


def _people_sheet(book, settings: Settings, title: str, header, rows, widths) -> None:
    xl.add_sheet(
        book,
        title,
        xl.TableSheet(
            title_lines=[settings.OFFICE_NAME.upper(), title.upper(), f"{len(rows)} học sinh"],
            header=header,
            rows=[[index, *row] for index, row in enumerate(rows, start=1)],
            widths=widths,
        ),
    )


def default_path(reports_dir: Path, as_of: dt.date) -> Path:
    return reports_dir / f"doi-soat-{as_of.isoformat()}.xlsx"


def write_reconciliation(
    records: RecordSet,
    settings: Settings,
    path: Path,
    as_of: dt.date,
    *,
    output_dir: Path = DEFAULT_OUTPUT,
) -> tuple[Path, Reconciliation]:
    """Write the workbook to ``path``; returns it with the result (for the terminal summary)."""
    refuse_inside_output(path, output_dir)
    result = reconcile(records, settings, as_of)
    data = xl.to_bytes(
        workbook(records, result, settings), as_of, title="Đối soát", author=settings.OFFICE_NAME
    )
    return write_atomic(path, data), result


def summary_lines(result: Reconciliation) -> list[str]:
    """A short Vietnamese summary for the terminal (no names: it may end up in a CI log)."""
    waiting_long = sum(1 for w in result.waiting if w.days > result.waiting_warning_days)
    longest = ""
    if result.waiting:
        approved = dt.date.fromisoformat(result.waiting[0].approved_on)
        longest = f", lâu nhất {duration(approved, result.as_of)}"
    return [
        f"Đối soát đến ngày {date(result.as_of)}:",
        f"- {number(len(result.positions))} dòng nguồn và loại, {number(result.differences)} dòng có chênh lệch.",
        f"- {number(len(result.waiting))} học sinh đã duyệt đang chờ bàn giao{longest}; "
        f"{number(waiting_long)} chờ quá {number(result.waiting_warning_days)} ngày.",
        f"- {number(len(result.missing_consent))} đề xuất chưa đủ đồng ý công khai (chỉ được đếm).",
        f"- {number(len(result.overdue))} học sinh đã nhận thiết bị quá {number(result.followup_due_days)} ngày chưa được theo dõi.",
    ]
