"""A tiny records tree for the site's tests: two schools, two donors, five nominations.

Both donors gave tablets, so a named child with a tablet fits either of them (with one tablet
donor, the disclosure audit's donor-linkage rule would keep every such child unnamed).

Names include the XSS probes the issue asks about, so every test of the output can look for them.
Consent cases: one child with both consents, one young child (under 7) with the guardian's only,
one older child without the child's consent, one withdrawn, one rejected nomination.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import attachments
from helpers import write

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'

SHOWN_FULL = "Nguyễn Văn An"
YOUNG_FULL = "Trần Thị Bé"
NO_CHILD_CONSENT_FULL = "Lê Hoàng Cường"
WITHDRAWN_FULL = "Phạm Minh Dũng"
REJECTED_FULL = "Võ Thị Em"
BIRTH_DATES = ("2011-03-04", "2015-09-01", "2010-01-02", "2012-05-06", "2011-07-08")


def nomination(
    school: str,
    ident: str,
    name: str,
    birth: str,
    grade: int,
    *,
    guardian=True,
    child=True,
    withdrawn: str | None = None,
    status: str = "da-duyet",
    categories=("mo-coi-cha",),
    need: str = "tablet",
) -> str:
    decision = {
        "da-duyet": "decision:\n  date: 2021-10-10\n  by: Trưởng phòng\n  document: QĐ-01/2021\n",
        "khong-duyet": "decision:\n  date: 2021-10-10\n  by: Trưởng phòng\n  document: QĐ-02/2021\n  reason: Không đúng đối tượng\n",
        "de-xuat": "",
    }[status]
    withdrawn_line = f"  withdrawn_on: {withdrawn}\n" if withdrawn else ""
    cats = "".join(f"  - {c}\n" for c in categories)
    return (
        f"id: {ident}\nschool: {school}\nnominated_on: 2021-10-06\n"
        f"student:\n  full_name: {name}\n  birth_date: {birth}\n  gender: nam\n  class: {grade}A\n  grade: {grade}\n"
        f"  student_code: '79{ident[-4:]}0001'\n  address: 12 Đường Số Bảy Khu Phố Ba\n"
        f"guardian:\n  name: Hồ Thị Giám Hộ {ident[-2:]}\n  relation: mẹ\n  phone: '0909 123 4{ident[-2:]}'\n"
        f"categories:\n{cats}circumstances: Hoàn cảnh rất khó khăn\n"
        f"needs:\n  - kind: {need}\n    quantity: 1\n"
        f"status: {status}\n{decision}"
        f"consent:\n  guardian: {str(guardian).lower()}\n  child: {str(child).lower()}\n  recorded_on: 2021-10-06\n{withdrawn_line}"
        "demo: true\n"
    )


def handover(
    school: str, ident: str, nomination_id: str, source: str = "tn-001", kind: str = "tablet"
) -> str:
    return (
        f"id: {ident}\nschool: {school}\nnomination: {nomination_id}\non: 2021-10-20\n"
        f"items:\n  - source: {source}\n    kind: {kind}\n    quantity: 1\n    serial: SN{ident[-4:]}\n"
        "handed_by: Hiệu trưởng Trường\nreceived_by:\n  name: Hồ Thị Giám Hộ\n  relation: mẹ\n"
        f"document: BG-{ident}\ndemo: true\n"
    )


def write_records(folder: Path, *, withdraw_shown: bool = False) -> Path:
    """The fixture tree under ``folder``; ``withdraw_shown`` withdraws the one visible child's consent."""
    write(
        folder,
        "schools/th-an-binh.yaml",
        f"""
        id: th-an-binh
        name: "Trường Tiểu học {SCRIPT}"
        level: tieu-hoc
        commune: phuoc-kien
        phone: "028 3782 0001"
        address: Xã Phước Kiển
        contact:
          name: Đỗ Văn Liên Lạc
          phone: "0912 345 678"
        demo: true
    """,
    )
    write(
        folder,
        "schools/thcs-binh-minh.yaml",
        """
        id: thcs-binh-minh
        name: Trường THCS Bình Minh
        level: thcs
        commune: nhon-duc
        demo: true
    """,
    )
    write(
        folder,
        "donors/cong-ty-xss.yaml",
        f"""
        id: cong-ty-xss
        name: '{IMG}'
        kind: doanh-nghiep
        display: named
        show_value: true
        tax_code: "0301234567"
        demo: true
    """,
    )
    write(
        folder,
        "donors/nt-7k3q9x.yaml",
        """
        id: nt-7k3q9x
        name: Ông Bí Mật Giấu Tên
        kind: ca-nhan
        display: anonymous
        show_value: false
        demo: true
    """,
    )
    write(
        folder,
        "donations/tn-001.yaml",
        """
        id: tn-001
        donor: cong-ty-xss
        received_on: 2021-10-12
        received_by: office
        document: BB-01/2021
        items:
          - kind: tablet
            quantity: 10
            unit_value_vnd: 1500000
          - kind: cash
            amount_vnd: 5000000
        demo: true
    """,
    )
    write(
        folder,
        "donations/tn-002.yaml",
        """
        id: tn-002
        donor: nt-7k3q9x
        received_on: 2021-10-12
        received_by: office
        document: BB-02/2021
        items:
          - kind: cash
            amount_vnd: 7000000
          - kind: tablet
            quantity: 2
        demo: true
    """,
    )
    write(
        folder,
        "purchases/ms-001.yaml",
        """
        id: ms-001
        on: 2021-10-14
        funded_by:
          - donation: tn-002
            amount_vnd: 6000000
        supplier: Cửa hàng Điện máy
        invoice: HD-0001
        items:
          - kind: laptop
            quantity: 1
            unit_price_vnd: 6000000
        demo: true
    """,
    )
    write(
        folder,
        "allocations/pb-001.yaml",
        """
        id: pb-001
        source: tn-001
        to: th-an-binh
        on: 2021-10-15
        document: PB-01/2021
        items:
          - kind: tablet
            quantity: 4
        demo: true
    """,
    )
    write(
        folder,
        "allocations/pb-002.yaml",
        """
        id: pb-002
        source: ms-001
        to: thcs-binh-minh
        on: 2021-10-15
        document: PB-02/2021
        items:
          - kind: laptop
            quantity: 1
        demo: true
    """,
    )
    nominations = [
        (
            "th-an-binh",
            "dx-a1b2c301",
            SHOWN_FULL,
            BIRTH_DATES[0],
            5,
            {"withdrawn": "2022-01-01" if withdraw_shown else None},
        ),
        ("th-an-binh", "dx-a1b2c302", YOUNG_FULL, BIRTH_DATES[1], 1, {"child": False}),
        ("th-an-binh", "dx-a1b2c303", NO_CHILD_CONSENT_FULL, BIRTH_DATES[2], 5, {"child": False}),
        (
            "thcs-binh-minh",
            "dx-a1b2c304",
            WITHDRAWN_FULL,
            BIRTH_DATES[3],
            6,
            {"withdrawn": "2021-12-01", "need": "laptop"},
        ),
        (
            "thcs-binh-minh",
            "dx-a1b2c305",
            REJECTED_FULL,
            BIRTH_DATES[4],
            6,
            {"status": "khong-duyet"},
        ),
    ]
    for school, ident, name, birth, grade, options in nominations:
        write(
            folder,
            f"nominations/{school}/{ident}.yaml",
            nomination(school, ident, name, birth, grade, **options),
        )
    write(
        folder,
        "handovers/th-an-binh/bg-a1b2c301.yaml",
        handover("th-an-binh", "bg-a1b2c301", "dx-a1b2c301"),
    )
    write(
        folder,
        "handovers/th-an-binh/bg-a1b2c302.yaml",
        handover("th-an-binh", "bg-a1b2c302", "dx-a1b2c302"),
    )
    write(
        folder,
        "handovers/th-an-binh/bg-a1b2c303.yaml",
        handover("th-an-binh", "bg-a1b2c303", "dx-a1b2c303"),
    )
    write(
        folder,
        "handovers/thcs-binh-minh/bg-a1b2c304.yaml",
        handover("thcs-binh-minh", "bg-a1b2c304", "dx-a1b2c304", source="ms-001", kind="laptop"),
    )
    return folder


ROOT = Path(__file__).resolve().parents[1]


def write_site(
    tmp: Path, *, plugins: tuple[str, ...] = ("minhbach.site",), extra: str = ""
) -> Path:
    """A settings file and a content/ folder under ``tmp``, on the repository's pelicanconf and theme.

    The content holds the probes the issue names: a ``javascript:`` link, a raw ``<script>``, an
    ``onerror`` attribute, and a JPEG carrying EXIF and a comment.
    """
    text = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from pelicanconf import *  # noqa: F403

        PATH = "content"
        THEME = {str(ROOT / "theme")!r}
        PLUGIN_PATHS = [{str(ROOT / "plugins")!r}]
        PLUGINS = {list(plugins)!r}
        STUDENTS_PER_PAGE = 1
    """)
    settings = write(tmp, "siteconf.py", text + extra)
    write(
        tmp,
        "content/pages/gioi-thieu.md",
        """
        Title: Giới thiệu
        Slug: gioi-thieu

        Xem [trang an toàn](/ho-tro/) và [liên kết độc](javascript:alert(1)).

        <script>alert("content")</script>
        <img src="x" onerror="alert(2)" alt="ảnh">
        <a href="JaVaScript:alert(3)">độc nữa</a>
    """,
    )
    write(
        tmp,
        "content/tin-tuc/le-trao.md",
        f"""
        Title: Lễ trao {SCRIPT}
        Date: 2021-10-20
        Slug: le-trao

        Lễ trao thiết bị cấp huyện.
    """,
    )
    write(tmp, "content/images/le.jpg", attachments.jpeg())
    return settings
