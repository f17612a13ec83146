"""The report to the district People's Committee (báo cáo gửi UBND huyện), as .docx.

Its body follows the items of plan 949/KH-GDĐT (lists, mobilisation, reception, handover,
publication, follow-up of online learning); every number comes from ``figures.compute_figures``
(the same as the site's) or from ``tallies`` on top of it. The appendix tables are in
``ubnd_appendix``. Decree 30/2020 layout comes from ``docx_layout``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocumentType

from minhbach import labels
from minhbach import ledger as ledger_module
from minhbach.figures import Figures, compute_figures
from minhbach.ledger import CASH
from minhbach.records.store import OFFICE, RecordSet
from minhbach.reports import docx_layout as layout
from minhbach.reports import tallies
from minhbach.reports.common import DOCUMENT_SETTINGS, Names, require
from minhbach.reports.common import names as report_names
from minhbach.reports.formatting import (
    date,
    dong,
    duration,
    items_text,
    lower_first,
    number,
    place_date,
)
from minhbach.reports.ubnd_appendix import ROMAN, add_appendices, appendices
from minhbach.reports.writer import DEFAULT_OUTPUT, refuse_inside_output, write_atomic
from minhbach.settings import Settings


@dataclass(frozen=True)
class ReportHeader:
    """What identifies the report: its number line, date, and the words used to cite it."""

    number_line: str  # "Số: 12/BC-GDĐT" or "Số:      /BC-GDĐT" for the clerk to fill in
    citation: str  # "Báo cáo số 12/BC-GDĐT ngày 05/10/2021 của …"
    day: dt.date


def default_path(reports_dir: Path, as_of: dt.date) -> Path:
    return reports_dir / f"bao-cao-ubnd-{as_of.isoformat()}.docx"


def report_header(settings: Settings, as_of: dt.date, number_text: str | None) -> ReportHeader:
    number_part = (
        f"{number_text}/{settings.REPORT_NUMBER_PREFIX}"
        if number_text
        else f"{' ' * 6}/{settings.REPORT_NUMBER_PREFIX}"
    )
    citation = f"Báo cáo số {number_part} ngày {date(as_of)} của {settings.OFFICE_NAME}"
    return ReportHeader(f"Số: {number_part}", citation, as_of)


def ubnd_document(
    records: RecordSet, settings: Settings, as_of: dt.date, number_text: str | None = None
) -> DocumentType:
    """The whole report as a python-docx Document (pure: nothing is written)."""
    require(settings, DOCUMENT_SETTINGS)
    ledger = ledger_module.compute(records)
    figures = compute_figures(records, ledger)
    names = report_names(records, settings)
    idle = tallies.idle_stock(ledger, as_of, settings.WAITING_WARNING_DAYS)
    extra = appendices(names, figures, idle, settings.WAITING_WARNING_DAYS, as_of)
    header = report_header(settings, as_of, number_text)
    document = layout.new_document(
        title=f"Báo cáo kết quả thực hiện {settings.PROGRAM_NAME}",
        author=settings.OFFICE_NAME,
        day=as_of,
        subject=f"Năm học {settings.SCHOOL_YEAR}",
    )
    layout.heading_block(
        document,
        parent_body=settings.PARENT_BODY,
        office=settings.OFFICE_HEADER_NAME,
        number_line=header.number_line,
        place_date=place_date(settings.PLACE_NAME, as_of),
    )
    layout.paragraph(document, "BÁO CÁO", bold=True, align=layout.CENTER, before=18, after=0)
    layout.paragraph(
        document,
        f"Kết quả thực hiện {settings.PROGRAM_NAME} năm học {settings.SCHOOL_YEAR}",
        bold=True,
        align=layout.CENTER,
        after=0,
    )
    layout.rule(document, 3.5, layout.TEXT_WIDTH_CM)
    layout.paragraph(
        document, f"Kính gửi: {settings.REPORT_RECIPIENT}.", align=layout.CENTER, before=6, after=12
    )
    _body(document, records, settings, figures, as_of, Context(names, idle, len(extra)))
    layout.signature_block(
        document,
        copies_to=_copies_to(settings),
        signer_title=settings.SIGNER_TITLE,
        signer_name=settings.SIGNER_NAME,
    )
    add_appendices(document, extra, header.citation)
    return document


def write_ubnd(
    records: RecordSet,
    settings: Settings,
    path: Path,
    as_of: dt.date,
    number_text: str | None = None,
    *,
    output_dir: Path = DEFAULT_OUTPUT,
) -> Path:
    """Write the report to ``path`` (refused inside ``output_dir``); same input, same bytes."""
    refuse_inside_output(path, output_dir)
    document = ubnd_document(records, settings, as_of, number_text)
    return write_atomic(path, layout.to_bytes(document, as_of))


def _copies_to(settings: Settings) -> list[str]:
    copies = list(settings.REPORT_COPIES_TO)
    return copies or ["Như trên;", "Lưu: VT."]


@dataclass(frozen=True)
class Context:
    """What the body needs beyond records and figures: names, idle stock, the appendix count."""

    names: Names
    idle: list[tallies.IdleStock]
    appendices: int


def _section(document: DocumentType, title: str) -> None:
    layout.paragraph(document, title, bold=True, indent=True, before=6, keep_with_next=True)


def _text(document: DocumentType, text: str) -> None:
    layout.paragraph(document, text, indent=True)


def _body(
    document: DocumentType,
    records: RecordSet,
    settings: Settings,
    figures: Figures,
    as_of: dt.date,
    context: Context,
) -> None:
    office = settings.OFFICE_NAME
    _text(
        document,
        f"Thực hiện {settings.PLAN_REFERENCE} của {office} về thực hiện {settings.PROGRAM_NAME} năm học "
        f"{settings.SCHOOL_YEAR}, {office} báo cáo kết quả thực hiện tính đến ngày {date(as_of)} như sau:",
    )
    _section(document, "I. KẾT QUẢ THỰC HIỆN")
    _lists(document, records, figures)
    _mobilisation(document, records, figures)
    _reception(document, records, figures)
    _handover(document, figures)
    _publication(document, records, settings, figures, as_of)
    _followup(document, records, figures)
    _section(document, "II. NHỮNG VIỆC CẦN TIẾP TỤC THỰC HIỆN")
    for line in _pending(records, settings, figures, as_of, context):
        _text(document, f"- {line}")
    closing = layout.paragraph(
        document,
        f"Trên đây là báo cáo kết quả thực hiện {settings.PROGRAM_NAME} năm học {settings.SCHOOL_YEAR} "
        f"của {office}; số liệu chi tiết tại các phụ lục kèm theo./.",
        indent=True,
    )
    closing.paragraph_format.keep_with_next = True  # never a signature alone on its page


def _lists(document: DocumentType, records: RecordSet, figures: Figures) -> None:
    _section(document, "1. Rà soát, tổng hợp và đề xuất danh sách học sinh")
    if not figures.nominated:
        _text(document, "Đến ngày báo cáo, các trường chưa đề xuất học sinh nào.")
        return
    names = labels.categories()
    by_category = "; ".join(
        f"{lower_first(names.get(c, c))}: {number(n)}"
        for c, n in tallies.categories(records).items()
    )
    erased = tallies.erased(records)
    erased_text = (
        f"; {number(erased)} học sinh đã được xoá dữ liệu cá nhân theo yêu cầu (chỉ còn được đếm)"
        if erased
        else ""
    )
    _text(
        document,
        f"Các trường đã rà soát và đề xuất {number(figures.nominated)} học sinh "
        f"({number(tallies.nominating_schools(records))}/{number(len(figures.schools))} trường có đề xuất), "
        f"trong đó (một học sinh có thể thuộc nhiều đối tượng): {by_category}{erased_text}.",
    )
    status = figures.by_status
    _text(
        document,
        f"Phòng đã xét duyệt {number(status['da-duyet'])} học sinh, không duyệt {number(status['khong-duyet'])} "
        f"học sinh; {number(status['de-xuat'])} đề xuất đang chờ xét duyệt.",
    )


def _mobilisation(document: DocumentType, records: RecordSet, figures: Figures) -> None:
    _section(document, "2. Tuyên truyền, vận động các nguồn lực xã hội")
    donors = figures.donors
    if not donors:
        _text(document, "Đến ngày báo cáo, chương trình chưa tiếp nhận tài trợ.")
        return
    kinds = labels.donor_kinds()
    by_kind = "; ".join(
        f"{lower_first(kinds.get(k, k))}: {number(n)}"
        for k, n in tallies.donors_by_kind(records).items()
    )
    value = sum(d.value_vnd for d in donors.values())
    _text(
        document,
        f"Chương trình đã vận động được {number(len(donors))} nhà tài trợ ({by_kind}) với "
        f"{number(len(records.of('donation')))} lượt tài trợ; tổng giá trị ước tính {dong(value)}.",
    )


def _reception(document: DocumentType, records: RecordSet, figures: Figures) -> None:
    _section(document, "3. Tiếp nhận và phân phối thiết bị")
    at_office, at_schools = tallies.receptions(records)
    received = {k: v["received"] for k, v in figures.devices_by_kind.items()}
    allocated = {k: v["allocated"] for k, v in figures.devices_by_kind.items()}
    _text(
        document,
        f"Ban tiếp nhận của Phòng đã tiếp nhận {number(at_office)} lượt, ban tiếp nhận của các trường "
        f"{number(at_schools)} lượt. Thiết bị tiếp nhận và mua sắm: {items_text(received) or 'chưa có'}.",
    )
    bought = tallies.devices_bought(records)
    _text(
        document,
        f"Tiền mặt tiếp nhận {dong(figures.cash_received)}; đã chi {dong(figures.cash_spent)} mua "
        f"{items_text(bought) or 'thiết bị'}; còn lại {dong(figures.cash_left)}. "
        f"Phòng đã phân bổ về các trường: {items_text(allocated) or 'chưa phân bổ'}.",
    )


def _handover(document: DocumentType, figures: Figures) -> None:
    _section(document, "4. Trao tặng thiết bị cho học sinh")
    handed = {k: v["handed"] for k, v in figures.devices_by_kind.items()}
    left = {k: v["left"] for k, v in figures.devices_by_kind.items()}
    _text(
        document,
        f"Đã bàn giao thiết bị cho {number(figures.handed_over)} học sinh ({items_text(handed) or 'chưa có thiết bị'}); "
        f"{number(figures.waiting)} học sinh đã được duyệt đang chờ nhận thiết bị. "
        f"Thiết bị chưa trao còn giữ tại Phòng và các trường: {items_text(left) or 'không còn'}.",
    )


def _publication(
    document: DocumentType, records: RecordSet, settings: Settings, figures: Figures, as_of: dt.date
) -> None:
    _section(document, "5. Công khai, minh bạch")
    where = (
        f"trên trang {settings.SITEURL}"
        if settings.SITEURL.startswith("http")
        else "trên trang thông tin của Phòng"
    )
    counted_only = len(tallies.missing_consent(records, as_of))
    _text(
        document,
        f"Danh sách học sinh được hỗ trợ (tên viết tắt, chỉ khi gia đình đồng ý), các nhà tài trợ và việc "
        f"sử dụng nguồn tài trợ được công khai {where}; {number(counted_only)}/{number(figures.nominated)} "
        "học sinh chưa có đủ đồng ý công khai nên chỉ được thống kê số lượng. Mỗi gia đình và nhà tài trợ "
        "có mã tra cứu riêng để theo dõi trường hợp của mình.",
    )


def _followup(document: DocumentType, records: RecordSet, figures: Figures) -> None:
    _section(document, "6. Theo dõi việc học trực tuyến của học sinh")
    attendance = figures.attendance
    _text(
        document,
        f"Các trường đã theo dõi {number(figures.followed_up)}/{number(figures.handed_over)} học sinh sau khi nhận "
        f"thiết bị: {number(attendance['full'])} học sinh tham gia học trực tuyến đầy đủ, "
        f"{number(attendance['partial'])} tham gia một phần, {number(attendance['none'])} không tham gia; "
        f"{number(tallies.devices_not_working(records))} học sinh có thiết bị không còn sử dụng tốt.",
    )


def _pending(
    records: RecordSet, settings: Settings, figures: Figures, as_of: dt.date, context: Context
) -> list[str]:
    """Part II: what the office will do, from what is still open on ``as_of``."""
    lines = []
    waiting = tallies.waiting(records, figures.waiting_nominations, as_of)
    if waiting:
        longest = waiting[0]
        lines.append(
            f"Trao thiết bị cho {number(len(waiting))} học sinh đã được duyệt đang chờ (học sinh chờ "
            f"lâu nhất được duyệt ngày {date(longest.approved_on)}, đến nay đã "
            f"{duration(dt.date.fromisoformat(longest.approved_on), as_of)})."
        )
    lines += _idle_tasks(context, settings.WAITING_WARNING_DAYS, as_of)
    if figures.by_status["de-xuat"]:
        lines.append(f"Xét duyệt {number(figures.by_status['de-xuat'])} đề xuất của các trường.")
    overdue = tallies.overdue_followups(records, as_of, settings.FOLLOWUP_DUE_DAYS)
    if overdue:
        lines.append(
            f"Theo dõi việc học trực tuyến của {number(len(overdue))} học sinh đã nhận thiết bị quá "
            f"{number(settings.FOLLOWUP_DUE_DAYS)} ngày mà chưa được theo dõi."
        )
    lines.append(
        "Tiếp tục vận động các nguồn lực xã hội, kịp thời hỗ trợ học sinh có hoàn cảnh khó khăn."
    )
    return lines


def _idle_tasks(context: Context, days: int, as_of: dt.date) -> list[str]:
    """Devices and cash kept past ``days``: allocate them, hand them over, spend the cash."""
    office = next((s for s in context.idle if s.location == OFFICE and s.devices), None)
    schools = [s for s in context.idle if s.location != OFFICE and s.devices]
    see = f" (chi tiết tại Phụ lục {ROMAN[context.appendices - 1]})"
    lines = []
    if office is not None:
        since = office.devices_since
        lines.append(
            f"Phân bổ về các trường {items_text(office.devices)} đang lưu tại Phòng đã quá "
            f"{number(days)} ngày (nhận từ ngày {date(since)}, đến nay "
            f"{duration(dt.date.fromisoformat(since), as_of)}), ưu tiên trường có học sinh "
            f"đang chờ{see}."
        )
    if schools:
        held: Counter[str] = Counter()
        for stock in schools:
            held.update(stock.devices)
        lines.append(
            f"Chỉ đạo {number(len(schools))} trường bàn giao cho học sinh {items_text(held)} đã nhận "
            f"quá {number(days)} ngày mà chưa trao (lâu nhất từ ngày "
            f"{date(min(s.devices_since for s in schools))}); trường không còn học sinh cần hỗ trợ "
            f"báo cáo để Phòng điều chuyển{see}."
        )
    cash = [s for s in context.idle if s.items.get(CASH)]
    if cash:
        lines.append(
            f"Sử dụng {dong(sum(s.items[CASH] for s in cash))} tiền tài trợ còn lại (tiếp nhận từ "
            f"ngày {date(min(s.since[CASH] for s in cash))}) mua thiết bị cho học sinh đang chờ, "
            "báo cáo nhà tài trợ việc sử dụng."
        )
    return lines
