"""A district big enough for the UBND report's tables to run over several pages.

34 schools and 28 donors with long names (their table rows take two or three lines, so a page
ends inside a row unless rows are kept whole), 8 of the donors anonymous; one school has nine
students with lookup codes (three pages of slips) and one handover of three devices, one with a
long serial (a receipt to render). Built in the test, valid by construction.
"""

from __future__ import annotations

import random
from pathlib import Path

from minhbach import codes
from minhbach.demo._yaml import to_yaml  # the demo's writer: keys like `on` stay plain

NAMESAKES = (
    "Nguyễn Thị Minh Khai",
    "Lương Thế Vinh",
    "Trần Quốc Toản",
    "Huỳnh Tấn Phát",
    "Nguyễn Văn Quỳ",
    "Phạm Hữu Lầu",
    "Lê Văn Lương",
    "Nguyễn Bình Khiêm",
    "Đào Sư Tích",
    "Bùi Văn Ba",
    "Võ Thị Sáu",
    "Trương Định",
    "Hồ Thị Kỷ",
    "Nguyễn Hữu Thọ",
    "Lý Thường Kiệt",
    "Phan Văn Bảy",
    "Dương Cát Lợi",
)
LONG_SERIAL = "NB-LAPTOP-2021-0000001"
STUDENTS = 9
SLIP_SCHOOL = "th-01"
SHORT_CODE = "THNTMK"  # the school's own abbreviation, in its receipts' numbers


def _dump(folder: Path, relative: str, data: dict) -> None:
    path = folder / f"{relative}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_yaml(data), encoding="utf-8")


def _schools(folder: Path) -> None:
    for level, title, prefix in (
        ("tieu-hoc", "Tiểu học", "th"),
        ("thcs", "Trung học cơ sở", "thcs"),
    ):
        for number, namesake in enumerate(NAMESAKES, start=1):
            school_id = f"{prefix}-{number:02d}"
            school = {
                "id": school_id,
                "name": f"Trường {title} {namesake} (cơ sở {number})",
                "level": level,
                "commune": "phuoc-kien",
            }
            if school_id == SLIP_SCHOOL:
                school["short_code"] = SHORT_CODE
            _dump(folder, f"schools/{school_id}", school)


def _donors(folder: Path) -> None:
    kinds = ("laptop", "tablet", "smartphone", "cash")
    for number in range(1, 29):
        anonymous = number % 7 in (1, 4)
        donor_id = f"nt-{number:02d}"
        _dump(
            folder,
            f"donors/{donor_id}",
            {
                "id": donor_id,
                "name": f"Công ty Trách nhiệm hữu hạn Thương mại Dịch vụ Phát Đạt số {number}",
                "kind": "doanh-nghiep",
                "display": "anonymous" if anonymous else "named",
                "show_value": True,
            },
        )
        kind = kinds[number % len(kinds)]
        item = (
            {"kind": "cash", "amount_vnd": 1_000_000 * number}
            if kind == "cash"
            else {"kind": kind, "quantity": number, "unit_value_vnd": 3_000_000, "condition": "moi"}
        )
        _dump(
            folder,
            f"donations/tn-{number:02d}",
            {
                "id": f"tn-{number:02d}",
                "donor": donor_id,
                "received_on": f"2021-10-{10 + number % 15:02d}",
                "received_by": "office",
                "document": f"{number:03d}/BB-TN",
                "items": [item],
            },
        )


def _students(folder: Path) -> list[dict]:
    rng = random.Random(17)
    students = []
    for number in range(1, STUDENTS + 1):
        nomination_id = f"dx-{number:02d}"
        data = {
            "id": nomination_id,
            "school": SLIP_SCHOOL,
            "nominated_on": "2021-10-12",
            "student": {
                "full_name": f"Nguyễn Thị Thanh Số {number}",
                "birth_date": "2011-03-04",
                "gender": "nu",
                "class": f"5A{number}",
                "grade": 5,
            },
            "guardian": {"name": "Trần Thị Mai", "relation": "mẹ", "phone": "0909123456"},
            "categories": ["ho-ngheo"],
            "needs": [{"kind": "laptop", "quantity": 1}],
            "status": "da-duyet" if number == 1 else "de-xuat",
            "consent": {"guardian": True, "child": True, "recorded_on": "2021-10-12"},
            "lookup_code": codes.generate(rng),
        }
        if number == 1:
            data["needs"] = [{"kind": k, "quantity": 1} for k in ("laptop", "tablet", "sim-data")]
            data["decision"] = {"date": "2021-10-20", "by": "Trưởng phòng", "document": "QĐ-01"}
        _dump(folder, f"nominations/{SLIP_SCHOOL}/{nomination_id}", data)
        students.append(data)
    return students


def _handover(folder: Path) -> None:
    """Three devices received by the school itself and handed to its first student."""
    _dump(
        folder,
        "donors/hoi-khuyen-hoc",
        {
            "id": "hoi-khuyen-hoc",
            "name": "Hội Khuyến học xã Phước Kiển",
            "kind": "to-chuc",
            "display": "named",
            "show_value": True,
        },
    )
    _dump(
        folder,
        "donations/tn-truong",
        {
            "id": "tn-truong",
            "donor": "hoi-khuyen-hoc",
            "received_on": "2021-10-21",
            "received_by": SLIP_SCHOOL,
            "document": "01/BB-TN-THNTMK",
            "items": [
                {"kind": "laptop", "quantity": 1, "condition": "moi", "serials": [LONG_SERIAL]},
                {"kind": "tablet", "quantity": 1, "condition": "moi"},
                {"kind": "sim-data", "quantity": 1, "condition": "moi"},
            ],
        },
    )
    _dump(
        folder,
        f"handovers/{SLIP_SCHOOL}/bg-01",
        {
            "id": "bg-01",
            "school": SLIP_SCHOOL,
            "nomination": "dx-01",
            "on": "2021-10-25",
            "items": [
                {"source": "tn-truong", "kind": "laptop", "quantity": 1, "serial": LONG_SERIAL},
                {"source": "tn-truong", "kind": "tablet", "quantity": 1},
                {"source": "tn-truong", "kind": "sim-data", "quantity": 1},
            ],
            "handed_by": "Nguyễn Văn Hùng, Hiệu trưởng",
            "received_by": {"name": "Trần Thị Mai", "relation": "mẹ"},
            "document": "1",
        },
    )


def write_paged_district(folder: Path) -> list[dict]:
    """Write the records; return the nominations (their names and codes are on the slips)."""
    _schools(folder)
    _donors(folder)
    students = _students(folder)
    _handover(folder)
    return students
