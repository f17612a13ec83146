"""Fixtures of the report tests: a small district written in the test (three schools, one with no
students; two donors, one anonymous; five nominations), counted by hand in the tests."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import AS_OF, write
from minhbach.checks.context import CheckContext
from minhbach.records.store import RecordSet
from minhbach.validation import validate_folder
from paged_district import SLIP_SCHOOL, write_paged_district

CODE_A1 = "K7QH-3MXR-9TPB-HC4N"


def load_valid(folder: Path) -> RecordSet:
    """Validate ``folder`` with the real checks; fail the test on any error."""
    result = validate_folder(folder, CheckContext(as_of=AS_OF))
    errors = [f for f in result.findings.sorted() if f.severity == "error"]
    assert not errors, [f.message() for f in errors]
    return result.valid


def _nomination(
    school: str, nid: str, name: str, status: str, *, code: str = "", child: bool = True
) -> str:
    decision = ""
    if status != "de-xuat":
        decision = "decision: {date: 2021-10-20, by: Trưởng phòng, document: QĐ-01/2021"
        decision += ", reason: Đã có thiết bị}" if status == "khong-duyet" else "}"
    lookup = f"lookup_code: {code}" if code else ""
    return f"""
        id: {nid}
        school: {school}
        nominated_on: 2021-10-12
        student: {{full_name: {name}, birth_date: 2011-03-04, gender: nu, class: 5A, grade: 5}}
        guardian: {{name: Trần Thị Mai, relation: mẹ, phone: "0909123456"}}
        categories: [mo-coi-cha, ho-ngheo]
        needs: [{{kind: laptop, quantity: 1}}]
        status: {status}
        {decision}
        consent: {{guardian: true, child: {str(child).lower()}, recorded_on: 2021-10-12}}
        {lookup}
        """


def write_district(folder: Path) -> Path:
    """The fixture data set; its figures are counted by hand in the tests."""
    for sid, name in (
        ("th-an", "Trường Tiểu học An Phú"),
        ("th-binh", "Trường Tiểu học Bình Lợi"),
        ("thcs-trong", "Trường THCS Trống"),
    ):
        write(
            folder,
            f"schools/{sid}.yaml",
            f"id: {sid}\nname: {name}\nlevel: tieu-hoc\ncommune: phuoc-kien\n",
        )
    write(
        folder,
        "donors/cong-ty-sao.yaml",
        """
        id: cong-ty-sao
        name: Công ty Sao Mai
        kind: doanh-nghiep
        display: named
        show_value: true
        """,
    )
    write(
        folder,
        "donors/nt-7k3q9x.yaml",
        """
        id: nt-7k3q9x
        name: Phạm Văn Hảo
        kind: ca-nhan
        display: anonymous
        show_value: false
        """,
    )
    write(
        folder,
        "donations/tn-laptop.yaml",
        """
        id: tn-laptop
        donor: cong-ty-sao
        received_on: 2021-10-15
        received_by: office
        document: BB-01/2021
        items:
          - {kind: laptop, quantity: 3, unit_value_vnd: 7500000, condition: moi, serials: [SN001, SN002, SN003]}
        """,
    )
    write(
        folder,
        "donations/tn-tien.yaml",
        """
        id: tn-tien
        donor: nt-7k3q9x
        received_on: 2021-10-16
        received_by: office
        document: BB-02/2021
        items:
          - {kind: cash, amount_vnd: 10000000}
        """,
    )
    write(
        folder,
        "purchases/ms-tablet.yaml",
        """
        id: ms-tablet
        on: 2021-10-18
        funded_by: [{donation: tn-tien, amount_vnd: 6000000}]
        supplier: Cửa hàng Điện Máy Xanh Nhà Bè
        invoice: HD-0001
        items: [{kind: tablet, quantity: 2, unit_price_vnd: 3000000}]
        """,
    )
    write(
        folder,
        "allocations/pb-01.yaml",
        """
        id: pb-01
        source: tn-laptop
        to: th-an
        on: 2021-10-21
        document: PB-01/2021
        items: [{kind: laptop, quantity: 2, serials: [SN001, SN002]}]
        """,
    )
    write(
        folder,
        "nominations/th-an/dx-an1.yaml",
        _nomination("th-an", "dx-an1", "Nguyễn Văn An", "da-duyet", code=CODE_A1),
    )
    write(
        folder,
        "nominations/th-an/dx-an2.yaml",
        _nomination("th-an", "dx-an2", "Lê Thị Bình", "da-duyet", child=False),
    )
    write(
        folder,
        "nominations/th-an/dx-an3.yaml",
        _nomination("th-an", "dx-an3", "Võ Minh Châu", "de-xuat"),
    )
    write(
        folder,
        "nominations/th-binh/dx-bi1.yaml",
        _nomination("th-binh", "dx-bi1", "Đặng Thu Dung", "da-duyet"),
    )
    write(
        folder,
        "nominations/th-binh/dx-bi2.yaml",
        _nomination("th-binh", "dx-bi2", "Hồ Văn Em", "khong-duyet"),
    )
    write(
        folder,
        "handovers/th-an/bg-an1.yaml",
        """
        id: bg-an1
        school: th-an
        nomination: dx-an1
        on: 2021-10-25
        items: [{source: tn-laptop, kind: laptop, quantity: 1, serial: SN001, condition: moi}]
        handed_by: Hiệu trưởng Trường Tiểu học An Phú
        received_by: {name: Trần Thị Mai, relation: mẹ}
        document: BG-01/2021
        """,
    )
    write(
        folder,
        "handovers/th-binh/bg-bi1.yaml",
        """
        id: bg-bi1
        school: th-binh
        nomination: dx-bi1
        on: 2021-10-26
        from: office
        items: [{source: ms-tablet, kind: tablet, quantity: 1}]
        handed_by: Trưởng phòng GD&ĐT
        received_by: {name: Trần Thị Mai, relation: mẹ}
        document: BG-02/2021
        """,
    )
    write(
        folder,
        "followups/th-an/td-an1.yaml",
        """
        id: td-an1
        school: th-an
        nomination: dx-an1
        on: 2021-11-10
        attending: full
        device_ok: true
        """,
    )
    return folder


@pytest.fixture
def district(records: Path) -> Path:
    """The fixture records folder."""
    return write_district(records)


@pytest.fixture
def load():
    """``load(folder)``: the valid records of ``folder``, failing the test on any error."""
    return load_valid


@pytest.fixture(scope="session")
def ubnd_pdf(tmp_path_factory) -> Path:
    """The fixture district's UBND report rendered by LibreOffice, once per test session.

    LibreOffice takes seconds to start; a private profile keeps it away from any other running
    instance. Missing tools fail the test (``make test`` installs them), they never skip it.
    """
    import datetime as dt

    from minhbach.reports.ubnd import write_ubnd
    from minhbach.settings import Settings

    base = tmp_path_factory.mktemp("ubnd-pdf")
    folder = base / "records"
    folder.mkdir()
    report = write_ubnd(
        load_valid(write_district(folder)),
        Settings(),
        base / "bao-cao.docx",
        dt.date(2021, 10, 5),
        "12",
    )
    return to_pdf(base, [report])["bao-cao"]


def _require_pdf_tools() -> None:
    for tool in ("soffice", "pdftotext", "pdfinfo"):
        assert shutil.which(tool), (
            f"{tool} is missing: run `make test` (it installs LibreOffice and poppler-utils)"
        )


def to_pdf(folder: Path, documents: list[Path]) -> dict[str, Path]:
    """Convert ``documents`` with one LibreOffice run (it takes seconds to start); a private
    profile keeps it away from any other running instance. Returns the PDFs by document stem."""
    _require_pdf_tools()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{folder}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "pdf"),
            *map(str, documents),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdfs = {d.stem: folder / "pdf" / f"{d.stem}.pdf" for d in documents}
    missing = [name for name, pdf in pdfs.items() if not pdf.is_file()]
    assert not missing, f"LibreOffice wrote no PDF for {missing}"
    return pdfs


@dataclass(frozen=True)
class PagedDocuments:
    """The paged district's documents (.docx) and their PDFs, rendered once per session."""

    ubnd: Path
    receipt: Path
    slips: Path
    ubnd_rows_may_split: Path  # the same report with w:cantSplit left out: the control
    pdfs: dict[str, Path]
    students: list[dict]


@pytest.fixture(scope="session")
def paged(tmp_path_factory) -> PagedDocuments:
    """The report, a receipt and a school's slips of ``paged_district``, as LibreOffice prints
    them; and the report once more without w:cantSplit, to show that the checks can fail."""
    import dataclasses

    from minhbach.reports import docx_tables
    from minhbach.reports.receipts import write_receipts
    from minhbach.reports.slips import write_slips
    from minhbach.reports.ubnd import write_ubnd
    from minhbach.settings import Settings

    base = tmp_path_factory.mktemp("paged")
    students = write_paged_district(base / "records")
    records = load_valid(base / "records")
    settings = dataclasses.replace(Settings(), SITEURL="https://minhbach.example.edu.vn")
    ubnd = write_ubnd(records, settings, base / "bao-cao.docx", AS_OF, "12")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(docx_tables, "cant_split", lambda row: None)
        control = write_ubnd(records, settings, base / "bao-cao-tach.docx", AS_OF, "12")
    write_receipts(records, settings, base)
    write_slips(records, settings, base, school=SLIP_SCHOOL)
    receipt = base / f"bien-ban-ban-giao/{SLIP_SCHOOL}/bg-01.docx"
    slips = base / f"phieu-ma-tra-cuu/{SLIP_SCHOOL}.docx"
    pdfs = to_pdf(base, [ubnd, control, receipt, slips])
    return PagedDocuments(ubnd, receipt, slips, control, pdfs, students)
