"""Lookup-code slips (phiếu mã tra cứu): what a family receives when its child is nominated.

One .docx per school, one boxed slip per nominated student with a lookup code: the student's
name, class and school (for the teacher handing it out), the code, a QR code to
``/tra-cuu/#ma=CODE`` and how to use it. Written only when a school's slips changed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.document import Document as DocumentType
from docx.shared import Cm, Pt

from minhbach.erasure.tombstone import is_forgotten
from minhbach.records.store import RecordSet
from minhbach.reports import docx_layout as layout
from minhbach.reports.common import require, school_name
from minhbach.reports.formatting import name_order
from minhbach.reports.lists import school_ids
from minhbach.reports.qr import lookup_url, qr_png, require_siteurl, usable_code
from minhbach.reports.writer import (
    DEFAULT_OUTPUT,
    Incremental,
    content_hash,
    refuse_inside_output,
    write_changed,
)
from minhbach.settings import Settings

SLIPS_FOLDER = "phieu-ma-tra-cuu"
RENDER_VERSION = 1


def slip_inputs(records: RecordSet, school_id: str, settings: Settings) -> dict:
    """The slips of one school as plain data (students with a valid code, by class and name)."""
    slips = []
    for nomination in records.of("nomination"):
        data = nomination.data
        code = usable_code(data.get("lookup_code"))
        if data["school"] != school_id or code is None or is_forgotten(data):
            continue
        student = data["student"]
        slips.append(
            {
                "id": nomination.id,
                "name": student["full_name"],
                "class": student["class"],
                "code": code,
                "on": data["nominated_on"],
            }
        )
    slips.sort(key=lambda s: (s["class"], *name_order(s["name"]), s["id"]))
    return {
        "version": RENDER_VERSION,
        "school": school_name(records, school_id),
        "office": settings.OFFICE_NAME,
        "program": f"{settings.PROGRAM_NAME} năm học {settings.SCHOOL_YEAR}",
        "siteurl": settings.SITEURL.rstrip("/"),
        "contact": settings.CONTACT_NOTE,
        "slips": slips,
    }


def slips_document(inputs: dict) -> DocumentType:
    """A school's slips, boxed, three or so to a page, to cut apart; dated by its newest slip."""
    day = _day(inputs)
    document = layout.new_document(
        title=f"Phiếu mã tra cứu — {inputs['school']}", author=inputs["office"], day=day
    )
    if not inputs["slips"]:
        layout.paragraph(
            document,
            f"{inputs['school']}: chưa có học sinh nào có mã tra cứu.",
            align=layout.CENTER,
        )
    for slip in inputs["slips"]:
        _slip(document, inputs, slip)
    return document


def _slip(document: DocumentType, inputs: dict, slip: dict) -> None:
    box = document.add_table(rows=1, cols=2)
    box.style = document.styles["Table Grid"]
    box.autofit = False
    for column, width in zip(box.columns, (12.3, 4.2), strict=True):
        column.width = Cm(width)
    text, picture = box.rows[0].cells
    text.width, picture.width = Cm(12.3), Cm(4.2)
    lines = [
        (inputs["office"].upper(), True, 11),
        ("PHIẾU MÃ TRA CỨU", True, 14),
        (inputs["program"], False, 10),
        (f"Học sinh: {slip['name']} — lớp {slip['class']} — {inputs['school']}", False, 12),
        (f"Mã tra cứu: {slip['code']}", True, 15),
        (
            f"Vào {inputs['siteurl']}/tra-cuu/ và nhập mã, hoặc quét mã QR, để xem tình trạng hỗ trợ của em.",
            False,
            11,
        ),
        (
            "Giữ kín mã này: ai có mã đều xem được thông tin hỗ trợ của em. " + inputs["contact"],
            False,
            10,
        ),
    ]
    for index, (line, bold, size) in enumerate(lines):
        paragraph = text.paragraphs[0] if index == 0 else text.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(2)
        run = paragraph.add_run(line)
        run.bold, run.font.size = bold, Pt(size)
    holder = picture.paragraphs[0]
    holder.alignment = layout.CENTER
    holder.add_run().add_picture(qr_png(lookup_url(inputs["siteurl"], slip["code"])), width=Cm(3.6))
    layout.paragraph(
        document,
        "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - (cắt theo đường này)",
        align=layout.CENTER,
        size=9,
        after=10,
    )


def _day(inputs: dict) -> dt.date:
    newest = max((slip["on"] for slip in inputs["slips"]), default="2000-01-01")
    return dt.date.fromisoformat(newest)


def write_slips(
    records: RecordSet,
    settings: Settings,
    reports_dir: Path,
    *,
    school: str | None = None,
    output_dir: Path = DEFAULT_OUTPUT,
) -> Incremental:
    """Write the slips of every school (or one) whose slips changed since the last run."""
    require(settings, ("OFFICE_NAME", "PROGRAM_NAME", "SCHOOL_YEAR"))
    require_siteurl(settings)
    folder = reports_dir / SLIPS_FOLDER
    refuse_inside_output(folder, output_dir)
    schools = [s for s in school_ids(records) if school is None or s == school]

    def documents():
        for school_id in schools:
            inputs = slip_inputs(records, school_id, settings)
            yield (
                f"{school_id}.docx",
                content_hash(inputs),
                lambda i=inputs: layout.to_bytes(slips_document(i), _day(i)),
            )

    return write_changed(
        folder, documents(), in_scope=lambda rel: school is None or rel == f"{school}.docx"
    )
