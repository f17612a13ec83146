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

from minhbach import ledger as ledger_module
from minhbach.erasure.tombstone import LABEL as ERASED
from minhbach.erasure.tombstone import is_forgotten
from minhbach.figures import compute_figures
from minhbach.ledger import CASH, Ledger, Position
from minhbach.records.store import OFFICE, RecordSet
from minhbach.reports import tallies
from minhbach.reports import xlsx_layout as xl
from minhbach.reports.common import school_name, source_donor
from minhbach.reports.formatting import date, kind_label, number
from minhbach.reports.writer import DEFAULT_OUTPUT, refuse_inside_output, write_atomic
from minhbach.settings import Settings

POSITION_HEADER = (
    "Nguồn",
    "Loại nguồn",
    "Nhà tài trợ / nhà cung cấp",
    "Loại",
    "Tiếp nhận",
    "Phân bổ về trường",
    "Đã bàn giao",
    "Đã chi (tiền)",
    "Còn lại",
    "Còn tại Phòng",
    "Còn tại các trường",
    "Chênh lệch",
)
POSITION_WIDTHS = (18, 12, 30, 22, 14, 14, 14, 14, 14, 14, 14, 50)
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
    """The reconciliation of ``records`` on ``as_of`` (pure)."""
    ledger = ledger_module.compute(records)
    figures = compute_figures(records, ledger)
    positions = [(p, position_flags(p, ledger)) for _, p in sorted(ledger.positions.items())]
    return Reconciliation(
        as_of=as_of,
        positions=positions,
        waiting=tallies.waiting(records, figures.waiting_nominations, as_of),
        missing_consent=tallies.missing_consent(records, as_of),
        overdue=tallies.overdue_followups(records, as_of, settings.FOLLOWUP_DUE_DAYS),
        waiting_warning_days=settings.WAITING_WARNING_DAYS,
        followup_due_days=settings.FOLLOWUP_DUE_DAYS,
    )


def position_flags(position: Position, ledger: Ledger) -> list[str]:
    """What does not add up for one source and kind, in Vietnamese (empty: all is well)."""
    flags = []
    if position.received - position.spent - position.handed != position.left:
        flags.append("Không khớp: tiếp nhận − đã chi − đã bàn giao ≠ còn lại")
    for location, count in position.at.items():
        if count < 0:
            flags.append(f"Âm {number(-count)} tại {_location(location)}: xuất nhiều hơn số có")
    for overdraft in ledger.overdrafts:
        movement = overdraft.movement
        if (movement.source, movement.kind) == (position.source, position.kind):
            flags.append(f"Vượt số tồn tại {_location(movement.location)} ở {movement.record.path}")
    for problem in ledger.serial_problems:
        movement = problem.movement
        if (movement.source, movement.kind) == (position.source, position.kind):
            flags.append(
                f"Sê-ri {problem.serial} {_SERIAL_REASONS.get(problem.reason, problem.reason)} ({movement.record.path})"
            )
    return flags


def _location(location: str) -> str:
    return "Phòng" if location == OFFICE else location


def workbook(records: RecordSet, result: Reconciliation, settings: Settings):
    """The reconciliation as a workbook: positions, waiting, consent, overdue follow-ups."""
    book = xl.new_workbook()
    title = f"ĐỐI SOÁT TIẾP NHẬN, PHÂN BỔ, BÀN GIAO — ngày {date(result.as_of)}"
    rows, flags = [], []
    for position, problems in result.positions:
        at_office = position.at.get(OFFICE, 0)
        rows.append(
            [
                position.source,
                "Tiếp nhận" if position.source_type == "donation" else "Mua sắm",
                source_donor(records, position.source),
                "Tiền mặt (đồng)" if position.kind == CASH else kind_label(position.kind),
                position.received,
                position.allocated,
                position.handed,
                position.spent,
                position.left,
                at_office,
                position.left - at_office,
                "; ".join(problems),
            ]
        )
        flags.append(bool(problems))
    xl.add_sheet(
        book,
        "Nguồn và loại",
        xl.TableSheet(
            title_lines=[settings.OFFICE_NAME.upper(), title],
            header=POSITION_HEADER,
            rows=rows,
            widths=POSITION_WIDTHS,
            flags=flags,
        ),
    )
    _people_sheet(
        book,
        records,
        settings,
        "Chờ bàn giao",
        (
            "Đề xuất",
            "Trường",
            "Họ và tên",
            "Lớp",
            "Ngày duyệt",
            "Số ngày chờ",
            f"Quá {result.waiting_warning_days} ngày",
        ),
        [
            [
                w.nomination,
                school_name(records, w.school),
                *_student(records, w.nomination),
                date(w.approved_on),
                w.days,
                "Có" if w.days > result.waiting_warning_days else "",
            ]
            for w in result.waiting
        ],
        (16, 30, 26, 8, 12, 12, 12),
    )
    _people_sheet(
        book,
        records,
        settings,
        "Chưa đồng ý công khai",
        ("Đề xuất", "Trường", "Họ và tên", "Lớp", "Lý do"),
        [
            [
                m.nomination,
                school_name(records, m.school),
                *_student(records, m.nomination),
                m.reason,
            ]
            for m in result.missing_consent
        ],
        (16, 30, 26, 8, 40),
    )
    _people_sheet(
        book,
        records,
        settings,
        "Quá hạn theo dõi",
        (
            "Đề xuất",
            "Trường",
            "Họ và tên",
            "Lớp",
            "Ngày bàn giao",
            "Số ngày chưa theo dõi",
        ),
        [
            [
                o.nomination,
                school_name(records, o.school),
                *_student(records, o.nomination),
                date(o.handed_on),
                o.days,
            ]
            for o in result.overdue
        ],
        (16, 30, 26, 8, 14, 14),
    )
    return book


def _student(records: RecordSet, nomination_id: str) -> list[str]:
    nomination = records.get("nomination", nomination_id)
    if nomination is None:
        return ["", ""]
    if is_forgotten(nomination.data):
        return [f"({ERASED})", ""]
    return [nomination.data["student"]["full_name"], nomination.data["student"]["class"]]


def _people_sheet(book, records, settings: Settings, title: str, header, rows, widths) -> None:
    xl.add_sheet(
        book,
        title,
        xl.TableSheet(
            title_lines=[settings.OFFICE_NAME.upper(), title.upper(), f"{len(rows)} học sinh"],
            header=header,
            rows=rows,
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
    longest = f", lâu nhất {number(result.waiting[0].days)} ngày" if result.waiting else ""
    return [
        f"Đối soát đến ngày {date(result.as_of)}:",
        f"- {number(len(result.positions))} dòng nguồn và loại, {number(result.differences)} dòng có chênh lệch.",
        f"- {number(len(result.waiting))} học sinh đã duyệt đang chờ bàn giao{longest}; "
        f"{number(waiting_long)} chờ quá {number(result.waiting_warning_days)} ngày.",
        f"- {number(len(result.missing_consent))} đề xuất chưa đủ đồng ý công khai (chỉ được đếm).",
        f"- {number(len(result.overdue))} học sinh đã nhận thiết bị quá {number(result.followup_due_days)} ngày chưa được theo dõi.",
    ]
