"""School abbreviations for document numbers: the level's letters, then each word's first letter."""

from __future__ import annotations

import pytest

from minhbach.text.abbreviate import initial, school_code


@pytest.mark.parametrize(
    ("name", "level", "code"),
    [
        ("Trường Tiểu học Nguyễn Khuyến", "tieu-hoc", "THNK"),
        ("Trường Trung học cơ sở Lê Quý Đôn", "thcs", "THCSLQĐ"),
        ("Trường THCS Âu Cơ", "thcs", "THCSAC"),
        ("TRƯỜNG TIỂU HỌC ÁNH DƯƠNG", "tieu-hoc", "THAD"),
        ("Trường Mầm non Họa Mi", "mam-non", "MNHM"),
        ("Trường Tiểu học Số 2", "tieu-hoc", "THS2"),
        ("Trường Tiểu học Bình Minh (cơ sở 2)", "tieu-hoc", "THBMCS2"),
        ("Tiểu học Phú Xuân", "tieu-hoc", "THPX"),
    ],
)
def test_school_code(name, level, code):
    assert school_code(name, level) == code


def test_initials_drop_tones_but_keep_d_bar():
    assert [initial(w) for w in ("ánh", "Đôn", "đức", "Ưng", "(cũ)", "12")] == [
        "A",
        "Đ",
        "Đ",
        "U",
        "C",
        "12",
    ]
