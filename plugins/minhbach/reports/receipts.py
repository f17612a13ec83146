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
from docx.shared import Cm, Pt

from minhbach.erasure.tombstone import is_forgotten
from minhbach.records.store import Record, RecordSet
from minhbach.reports import docx_layout as layout
from minhbach.reports import docx_tables as tables
from minhbach.reports.common import Names, require
from minhbach.reports.common import names as report_names
from minhbach.reports.formatting import condition_label, kind_label, number, place_date
from minhbach.reports.qr import lookup_url, qr_png, require_siteurl, usable_code
from minhbach.reports.text_width import width_cm
from minhbach.reports.writer import (
    DEFAULT_OUTPUT,
    Incremental,
    content_hash,
    refuse_inside_output,
    write_changed,
)
from minhbach.settings import Settings, SettingsError
from minhbach.text.abbreviate import school_code

RECEIPTS_FOLDER = "bien-ban-ban-giao"
RENDER_VERSION = 2  # raise when the layout changes, so that every receipt is written again
RECEIPT_SETTINGS = (
    "OFFICE_NAME",
    "OFFICE_HEADER_NAME",
    "PLACE_NAME",
    "PROGRAM_NAME",
    "SCHOOL_YEAR",
    "RECEIPT_NUMBER_PATTERN",
    "OFFICE_SHORT_CODE",
)
ITEM_HEADER = ("STT", "Thiết bị", "Số lượng", "Số sê-ri", "Tình trạng", "Nguồn tài trợ")
# Fixed columns (STT, device, quantity, condition); the serial column takes what its longest
# serial needs, within these bounds, and the donor column the rest of the 16.5 cm line.
FIXED_WIDTHS = (1.0, 3.2, 1.7, 2.1)
SERIAL_WIDTHS = (2.4, 6.0)
SIGNING_ROOM_PT = 60  # about 2 cm between "(Ký, ghi rõ họ tên)" and the printed name


def receipt_number(settings: Settings, document: str, issuer_code: str) -> str:
    """The number printed on the receipt.

    A record whose ``document`` is a bare running number ("4") is numbered by the settings'
    RECEIPT_NUMBER_PATTERN with the issuer's abbreviation ("004/BBBG-THNK"); a full number
    written in the record is printed as written: it is the number on the paper already signed.
    Raises SettingsError when the pattern cannot be used.
    """
    if not document.isdigit():
        return document
    try:
        return settings.RECEIPT_NUMBER_PATTERN.format(n=int(document), school_code=issuer_code)
    except (KeyError, IndexError, ValueError) as error:
        raise SettingsError(
            f"Không dùng được cài đặt RECEIPT_NUMBER_PATTERN = {settings.RECEIPT_NUMBER_PATTERN!r} "
            f"({error}). Chỉ dùng {{n}} (số thứ tự) và {{school_code}} (tên viết tắt), ví dụ "
            '"{n:03d}/BBBG-{school_code}".'
        ) from None


def issuer_code(records: RecordSet, handover: Record, settings: Settings) -> str:
    """The abbreviation of who hands over: the office's, or the school's own (or derived)."""
    if handover.data.get("from") == "office":
        return settings.OFFICE_SHORT_CODE
    school = records.get("school", handover.data["school"])
    if school is None:
        return handover.data["school"].upper()
    return school.data.get("short_code") or school_code(school.data["name"], school.data["level"])


def receipt_inputs(records: RecordSet, handover: Record, settings: Settings, names: Names) -> dict:
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
                "source": names.gift(item["source"]),
            }
        )
    school = names.school(data["school"])
    return {
        "version": RENDER_VERSION,
        "number": receipt_number(
            settings, data["document"], issuer_code(records, handover, settings)
        ),
        "on": data["on"],
        "parent": settings.PARENT_BODY if from_office else settings.OFFICE_NAME,
        "issuer": settings.OFFICE_HEADER_NAME if from_office else school,
        "place": settings.OFFICE_NAME if from_office else school,
        "place_name": settings.PLACE_NAME,
        "handed_by": data["handed_by"],
        "received_by": data["received_by"],
        "student": student.get("full_name", ""),
        "class": student.get("class", ""),
        "school": school,
        "items": items,
        "program": settings.PROGRAM_NAME,
        "school_year": settings.SCHOOL_YEAR,
        "code": usable_code(nomination.data.get("lookup_code")) if nomination else None,
        "siteurl": settings.SITEURL.rstrip("/"),
    }


def _source_condition(records: RecordSet, item: dict) -> str:
    donation = records.get("donation", item["source"])
    if donation is None:
        return "moi"  # a purchase buys new devices
    conditions = {i.get("condition") for i in donation.data["items"] if i["kind"] == item["kind"]}
    return conditions.pop() if len(conditions) == 1 and None not in conditions else ""


def item_widths(serials: list[str]) -> tuple[float, ...]:
    """Column widths: the serial column as wide as its longest serial needs (within bounds)."""
    padding = 2 * tables.CELL_MARGIN_CM + 0.1
    needed = max((width_cm(s, tables.TABLE_SIZE) + padding for s in serials), default=0)
    serial = min(max(needed, SERIAL_WIDTHS[0]), SERIAL_WIDTHS[1])
    stt, kind, quantity, condition = FIXED_WIDTHS
    donor = layout.TEXT_WIDTH_CM - sum(FIXED_WIDTHS) - serial
    return (stt, kind, quantity, round(serial, 2), condition, round(donor, 2))


def receipt_document(inputs: dict, day: dt.date) -> DocumentType:
    """One receipt as a Document (pure)."""
    document = layout.new_document(
        title=f"Biên bản bàn giao {inputs['number']}",
        author=inputs["issuer"],
        day=day,
        body_size=13,  # one page, signatures included, for up to about four devices
    )
    layout.heading_block(
        document,
        parent_body=inputs["parent"],
        office=inputs["issuer"],
        number_line=f"Số: {inputs['number']}",
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
    programme = layout.paragraph(
        document, f"({inputs['program']} ", italic=True, align=layout.CENTER
    )
    layout.unbroken_run(programme, f"năm học {inputs['school_year']})").italic = True
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
    text(
        document,
        "Bên giao đã bàn giao cho bên nhận các thiết bị sau:",
        indent=True,
        keep_with_next=True,
    )
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
    tables.grid_table(
        document,
        ITEM_HEADER,
        rows,
        item_widths([item["serial"] for item in inputs["items"]]),
        numeric_columns=(2,),
        whole_columns=(3,),
    )
    _lookup(document, inputs)
    # The closing sentence stays on the page of the signatures: never signatures alone.
    text(
        document,
        "Bên nhận đã kiểm tra thiết bị và cam kết sử dụng đúng mục đích học tập của học sinh. "
        "Biên bản lập thành 03 bản có giá trị như nhau, mỗi bên giữ 01 bản.",
        indent=True,
        before=6,
        keep_with_next=True,
    )
    _signatures(document, inputs)
    return document


def _lookup(document: DocumentType, inputs: dict) -> None:
    """The family's lookup code, whole on its own line, beside its QR code."""
    code = inputs["code"]
    if code is None:
        layout.paragraph(
            document,
            "Mã tra cứu: học sinh chưa có mã tra cứu; Phòng GD&ĐT sẽ cấp bổ sung.",
            indent=True,
        )
        return
    layout.gap(document)
    box = document.add_table(rows=1, cols=2)
    box.autofit = False
    tables.set_widths(box, (3.6, layout.TEXT_WIDTH_CM - 3.6))
    tables.cant_split(box.rows[0])
    picture, words = box.rows[0].cells
    holder = picture.paragraphs[0]
    holder.alignment = layout.CENTER
    holder.add_run().add_picture(qr_png(lookup_url(inputs["siteurl"], code)), width=Cm(3))
    lines = (
        ("Mã tra cứu của gia đình (giữ kín mã này):", {}),
        (code, {"bold": True, "size": 15, "unbroken": True}),
        (f"Tra cứu tại {inputs['siteurl']}/tra-cuu/ hoặc quét mã QR bên cạnh.", {}),
    )
    for index, (line, style) in enumerate(lines):
        paragraph = words.paragraphs[0] if index == 0 else words.add_paragraph()
        paragraph.alignment = layout.LEFT
        paragraph.paragraph_format.space_before = Pt(6 if index == 0 else 2)
        paragraph.paragraph_format.space_after = Pt(2)
        run = (
            layout.unbroken_run(paragraph, line)
            if style.get("unbroken")
            else paragraph.add_run(line)
        )
        run.bold = style.get("bold", False)
        run.font.size = Pt(style.get("size", 13))


def _signatures(document: DocumentType, inputs: dict) -> None:
    """Three signature blocks with room to sign; the names known from the record printed under."""
    layout.gap(document).paragraph_format.keep_with_next = True
    table = document.add_table(rows=1, cols=3)
    table.autofit = False
    tables.set_widths(table, (5.5, 5.5, 5.5))
    tables.cant_split(table.rows[0])
    # handed_by is "name, title" (the schema says so): the name goes under the signature.
    names = (inputs["handed_by"].split(",")[0].strip(), inputs["received_by"]["name"], "")
    titles = ("ĐẠI DIỆN BÊN GIAO", "NGƯỜI NHẬN", "NGƯỜI CHỨNG KIẾN")
    for cell, title, name in zip(table.rows[0].cells, titles, names, strict=True):
        lines = (
            (cell.paragraphs[0], title, {"bold": True}, 0),
            (cell.add_paragraph(), "(Ký, ghi rõ họ tên)", {"italic": True}, 0),
            (cell.add_paragraph(), name, {"bold": True}, SIGNING_ROOM_PT),
        )
        for paragraph, text, style, before in lines:
            paragraph.alignment = layout.CENTER
            paragraph.paragraph_format.space_before = Pt(before)
            paragraph.paragraph_format.space_after = Pt(0)
            run = paragraph.add_run(text)
            run.bold, run.italic = style.get("bold", False), style.get("italic", False)
            run.font.size = Pt(13)


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

    receipt_number(settings, "1", settings.OFFICE_SHORT_CODE)  # a bad pattern: before writing
    names = report_names(records, settings)

    def documents():
        for handover in handovers:
            inputs = receipt_inputs(records, handover, settings, names)
            day = dt.date.fromisoformat(handover.data["on"])
            yield (
                receipt_path(handover),
                content_hash(inputs),
                lambda i=inputs, d=day: layout.to_bytes(receipt_document(i, d), d),
            )

    return write_changed(
        folder, documents(), in_scope=lambda rel: school is None or rel.startswith(f"{school}/")
    )
