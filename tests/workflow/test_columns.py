"""Header matching: Vietnamese headers with or without diacritics, any case, the usual synonyms."""

from __future__ import annotations

import pytest

from minhbach.workflow.columns import FEMALE_MARK, match_header, match_headers


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Họ và tên", "student.full_name"),
        ("HO TEN", "student.full_name"),
        ("Họ tên học sinh", "student.full_name"),
        ("Ngày sinh", "student.birth_date"),
        ("ngay thang nam sinh", "student.birth_date"),
        ("Lớp", "student.class"),
        ("Khối", "student.grade"),
        ("Mã học sinh", "student.student_code"),
        ("Mã định danh", "student.student_code"),
        ("Họ tên cha/mẹ/người giám hộ", "guardian.name"),
        ("Phụ huynh", "guardian.name"),
        ("Cha/mẹ/người giám hộ Số điện thoại", "guardian.phone"),
        ("SĐT", "guardian.phone"),
        ("Số điện thoại", "guardian.phone"),
        ("Quan hệ với học sinh", "guardian.relation"),
        ("Đối tượng", "categories"),
        ("Đối tượng (mồ côi cha, mẹ…)", "categories"),
        ("Hoàn cảnh", "circumstances"),
        ("Nhu cầu", "needs"),
        ("Thiết bị cần hỗ trợ", "needs"),
        ("Phụ huynh đồng ý công khai", "consent.guardian"),
        ("Học sinh đồng ý công khai", "consent.child"),
        ("Nữ", FEMALE_MARK),
        ("STT", "stt"),
        ("Sở thích", None),
    ],
)
def test_header_names_its_field(header: str, field: str | None) -> None:
    assert match_header(header) == field


def test_first_column_wins_and_unknown_headers_are_listed() -> None:
    found, unused = match_headers(["Họ tên", "Họ và tên", "Sở thích", ""])
    assert found == {"student.full_name": 0}
    assert unused == ["Họ và tên", "Sở thích"]
