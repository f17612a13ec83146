"""Handover receipts (biên bản bàn giao): one .docx per handover, for the parties to sign.

Each receipt names the parties (the school or the office handing over, the guardian receiving for
the student, a witness), the date and place, the devices with serial numbers and condition, and
the family's lookup code with a QR code to ``/tra-cuu/#ma=CODE``. At a province's scale there are
many: only receipts of new or changed handovers are rendered (``writer.write_changed``), and
``minhbach build`` never writes them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.document import Document as DocumentType
from docx.shared import Cm

from minhbach.erasure.tombstone import is_forgotten
from minhbach.records.store import Record, RecordSet
from minhbach.reports import docx_layout as layout
from minhbach.reports.common import require, school_name, source_donor
from minhbach.reports.formatting import condition_label, kind_label, number, place_date
from minhbach.reports.qr import lookup_url, qr_png, require_siteurl, usable_code
from minhbach.reports.writer import (
    DEFAULT_OUTPUT,
    Incremental,
    content_hash,
    refuse_inside_output,
    write_changed,
)
from minhbach.settings import Settings

RECEIPTS_FOLDER = "bien-ban-ban-giao"
RENDER_VERSION = 1  # raise when the layout changes, so that every receipt is written again
RECEIPT_SETTINGS = (
    "OFFICE_NAME",
    "OFFICE_HEADER_NAME",
    "PLACE_NAME",
    "PROGRAM_NAME",
    "SCHOOL_YEAR",
)
ITEM_HEADER = ("STT", "Thiết bị", "Số lượng", "Số sê-ri", "Tình trạng", "Nguồn tài trợ")
ITEM_WIDTHS = (1.2, 3.6, 1.8, 3.2, 2.6, 4.1)


def receipt_inputs(records: RecordSet, handover: Record, settings: Settings) -> dict:
    """Everything a receipt shows, as plain data: its hash decides whether to write it again."""
    data = handover.data
    nomination = records.get("nomination", data["nomination"])
    student = nomination.data["student"] if nomination else {}
    from_office = data.get("from") == "office"
    items = []
    for item in data["items"]:
        items.append(
            {
                "kind": kind_label(item["kind"]),
                "quantity": item["quantity"],
                "serial": item.get("serial", ""),
                "condition": condition_label(
                    item.get("condition") or _source_condition(records, item)
                ),
                "source": source_donor(records, item["source"]),
            }
        )
    return {
        "version": RENDER_VERSION,
        "document": data["document"],
        "on": data["on"],
        "parent": settings.PARENT_BODY if from_office else settings.OFFICE_NAME,
        "issuer": settings.OFFICE_HEADER_NAME
        if from_office
        else school_name(records, data["school"]),
        "place": settings.OFFICE_NAME if from_office else school_name(records, data["school"]),
        "place_name": settings.PLACE_NAME,
        "handed_by": data["handed_by"],
        "received_by": data["received_by"],
        "student": student.get("full_name", ""),
        "class": student.get("class", ""),
        "school": school_name(records, data["school"]),
        "items": items,
        "program": f"{settings.PROGRAM_NAME} năm học {settings.SCHOOL_YEAR}",
        "code": usable_code(nomination.data.get("lookup_code")) if nomination else None,
        "siteurl": settings.SITEURL.rstrip("/"),
    }


def _source_condition(records: RecordSet, item: dict) -> str:
    donation = records.get("donation", item["source"])
    if donation is None:
        return "moi"  # a purchase buys new devices
    conditions = {i.get("condition") for i in donation.data["items"] if i["kind"] == item["kind"]}
    return conditions.pop() if len(conditions) == 1 and None not in conditions else ""


def receipt_document(inputs: dict, day: dt.date) -> DocumentType:
    """One receipt as a Document (pure)."""
    document = layout.new_document(
        title=f"Biên bản bàn giao {inputs['document']}", author=inputs["issuer"], day=day
    )
    layout.heading_block(
        document,
        parent_body=inputs["parent"],
        office=inputs["issuer"],
        number_line=f"Số: {inputs['document']}",
        place_date=place_date(inputs["place_name"], day),
    )
    layout.paragraph(
        document,
        "BIÊN BẢN BÀN GIAO THIẾT BỊ HỌC TẬP TRỰC TUYẾN",
        bold=True,
        align=layout.CENTER,
        before=18,
        after=0,
    )
    layout.paragraph(document, f"({inputs['program']})", italic=True, align=layout.CENTER)
    text = layout.paragraph
    text(
        document,
        f"Hôm nay, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}, tại {inputs['place']}, chúng tôi gồm:",
        indent=True,
    )
    text(document, f"Bên giao: {inputs['issuer']}; đại diện: {inputs['handed_by']}.", indent=True)
    receiver = inputs["received_by"]
    text(
        document,
        f"Bên nhận: Ông/Bà {receiver['name']} ({receiver['relation']} của học sinh), nhận thay học sinh "
        f"{inputs['student']}, lớp {inputs['class']}, {inputs['school']}.",
        indent=True,
    )
    text(
        document,
        "Người chứng kiến: ........................................................................",
        indent=True,
    )
    text(document, "Bên giao đã bàn giao cho bên nhận các thiết bị sau:", indent=True)
    rows = [
        [
            str(i),
            item["kind"],
            number(item["quantity"]),
            item["serial"],
            item["condition"],
            item["source"],
        ]
        for i, item in enumerate(inputs["items"], start=1)
    ]
    layout.grid_table(document, ITEM_HEADER, rows, ITEM_WIDTHS, numeric_from=2)
    text(
        document,
        "Bên nhận đã kiểm tra thiết bị và cam kết sử dụng đúng mục đích học tập của học sinh. "
        "Biên bản lập thành 03 bản có giá trị như nhau, mỗi bên giữ 01 bản.",
        indent=True,
        before=6,
    )
    _lookup(document, inputs)
    _signatures(document)
    return document


def _lookup(document: DocumentType, inputs: dict) -> None:
    code = inputs["code"]
    if code is None:
        layout.paragraph(
            document,
            "Mã tra cứu: học sinh chưa có mã tra cứu; Phòng GD&ĐT sẽ cấp bổ sung.",
            indent=True,
        )
        return
    url = lookup_url(inputs["siteurl"], code)
    layout.paragraph(
        document,
        f"Mã tra cứu của gia đình: {code} — tra cứu tại {inputs['siteurl']}/tra-cuu/ hoặc quét mã QR "
        "(giữ kín mã này).",
        indent=True,
    )
    picture = document.add_paragraph()
    picture.alignment = layout.CENTER
    picture.add_run().add_picture(qr_png(url), width=Cm(3))


def _signatures(document: DocumentType) -> None:
    table = document.add_table(rows=1, cols=3)
    for cell, title in zip(
        table.rows[0].cells, ("ĐẠI DIỆN BÊN GIAO", "NGƯỜI NHẬN", "NGƯỜI CHỨNG KIẾN"), strict=True
    ):
        heading = cell.paragraphs[0]
        heading.alignment = layout.CENTER
        heading.add_run(title).bold = True
        note = cell.add_paragraph()
        note.alignment = layout.CENTER
        note.add_run("(Ký, ghi rõ họ tên)").italic = True


def receipt_path(handover: Record) -> str:
    return f"{handover.data['school']}/{handover.id}.docx"


def write_receipts(
    records: RecordSet,
    settings: Settings,
    reports_dir: Path,
    *,
    school: str | None = None,
    output_dir: Path = DEFAULT_OUTPUT,
) -> Incremental:
    """Write the receipts of new or changed handovers (of one school with ``school``)."""
    require(settings, RECEIPT_SETTINGS)
    require_siteurl(settings)
    folder = reports_dir / RECEIPTS_FOLDER
    refuse_inside_output(folder, output_dir)
    # An erased child's receipt is not written again, and the one written before is removed.
    handovers = sorted(
        (
            h
            for h in records.of("handover")
            if (school is None or h.data["school"] == school) and not is_forgotten(h.data)
        ),
        key=lambda h: h.path,
    )

    def documents():
        for handover in handovers:
            inputs = receipt_inputs(records, handover, settings)
            day = dt.date.fromisoformat(handover.data["on"])
            yield (
                receipt_path(handover),
                content_hash(inputs),
                lambda i=inputs, d=day: layout.to_bytes(receipt_document(i, d), d),
            )

    return write_changed(
        folder, documents(), in_scope=lambda rel: school is None or rel.startswith(f"{school}/")
    )
