"""Lookup-code slips (phiếu mã tra cứu): what a family receives when its child is nominated.

One .docx per school, one boxed slip per nominated student with a lookup code: the student's
name, class and school (for the teacher handing it out), the code, a QR code to
``/tra-cuu/#ma=CODE`` and how to use it. Written only when a school's slips changed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.document import Document as DocumentType
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.shared import Cm, Mm, Pt

from minhbach.erasure.tombstone import is_forgotten
from minhbach.records.store import RecordSet
from minhbach.reports import docx_layout as layout
from minhbach.reports import docx_tables as tables
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
RENDER_VERSION = 2
SLIPS_PER_PAGE = 4
SLIP_HEIGHT_MM = 62  # four slips and the cut lines fill the 257 mm between the margins
TEXT_CM = 12.5  # the slip's text; the QR code's cell takes the rest of the 16.5 cm line
QR_CM = 3.2  # the printed QR code, inside its cell's padding (a clipped code may not scan)
PADDING_CM = 0.35


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
    """A school's slips, dated by its newest slip: ``SLIPS_PER_PAGE`` to a page, each whole.

    A page is one table whose rows are the slips, each of a fixed height and never split
    (``w:cantSplit``), with dashed borders to cut along. A slip whose text would not fit grows
    rather than losing a line, and then moves whole to the next page.
    """
    day = _day(inputs)
    document = layout.new_document(
        title=f"Phiếu mã tra cứu — {inputs['school']}", author=inputs["office"], day=day
    )
    slips = inputs["slips"]
    if not slips:
        layout.paragraph(
            document,
            f"{inputs['school']}: chưa có học sinh nào có mã tra cứu.",
            align=layout.CENTER,
        )
    for start in range(0, len(slips), SLIPS_PER_PAGE):
        if start:
            layout.gap(document, 1).paragraph_format.page_break_before = True
        page = slips[start : start + SLIPS_PER_PAGE]
        table = document.add_table(rows=len(page), cols=2)
        table.autofit = False
        tables.set_widths(table, (TEXT_CM, layout.TEXT_WIDTH_CM - TEXT_CM))
        tables.borders(table, "dashed", inside_vertical="nil")  # where to cut
        tables.cell_margins(table, PADDING_CM, 0.1)
        for row, slip in zip(table.rows, page, strict=True):
            row.height, row.height_rule = Mm(SLIP_HEIGHT_MM), WD_ROW_HEIGHT_RULE.AT_LEAST
            tables.cant_split(row)
            _slip(row, inputs, slip)
    layout.gap(document, 1)  # a document ends with a paragraph: a tiny one, so it adds no page
    return document


def _slip(row, inputs: dict, slip: dict) -> None:
    text, picture = row.cells
    text.vertical_alignment = picture.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    lines = [
        (inputs["office"].upper(), {"bold": True, "size": 10}),
        ("PHIẾU MÃ TRA CỨU", {"bold": True, "size": 13}),
        (inputs["program"], {"italic": True, "size": 9}),
        (f"Học sinh: {slip['name']}, lớp {slip['class']}", {"size": 12}),
        (inputs["school"], {"size": 12}),
        ("Mã tra cứu: ", {"bold": True, "size": 15, "code": slip["code"]}),
        (
            f"Vào {inputs['siteurl']}/tra-cuu/ và nhập mã, hoặc quét mã QR, để xem tình trạng "
            "hỗ trợ của em.",
            {"size": 10.5},
        ),
        (
            "Giữ kín mã này: ai có mã đều xem được thông tin hỗ trợ của em. " + inputs["contact"],
            {"size": 9.5},
        ),
    ]
    for index, (line, style) in enumerate(lines):
        paragraph = text.paragraphs[0] if index == 0 else text.add_paragraph()
        paragraph.alignment = layout.LEFT
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.paragraph_format.line_spacing = 1.0
        runs = [paragraph.add_run(line)]
        if "code" in style:  # the code whole on its line, never broken at a hyphen
            runs.append(layout.unbroken_run(paragraph, style["code"]))
        for run in runs:
            run.bold, run.italic = style.get("bold", False), style.get("italic", False)
            run.font.size = Pt(style["size"])
    holder = picture.paragraphs[0]
    holder.alignment = layout.CENTER
    holder.paragraph_format.space_after = Pt(0)
    holder.add_run().add_picture(
        qr_png(lookup_url(inputs["siteurl"], slip["code"])), width=Cm(QR_CM)
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
            if not inputs["slips"]:
                continue  # no family to give a slip to: no empty document to print
            yield (
                f"{school_id}.docx",
                content_hash(inputs),
                lambda i=inputs: layout.to_bytes(slips_document(i), _day(i)),
            )

    return write_changed(
        folder, documents(), in_scope=lambda rel: school is None or rel == f"{school}.docx"
    )
