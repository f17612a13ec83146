"""One student, one nomination: code, NFC name + birth date (errors), folded name (warning)."""

from __future__ import annotations

import copy
import unicodedata

from district import district, only, validate_tree
from minhbach.text.fold import fold

FIRST = "nominations/th-an-phu/dx-k7q3m9"
COPY = "nominations/thcs-hiep-phuoc/dx-z2z2z2"


def _copied(tree: dict) -> dict:
    nomination = copy.deepcopy(tree[FIRST])
    nomination.update(id="dx-z2z2z2", school="thcs-hiep-phuoc")
    del nomination["lookup_code"]
    tree[COPY] = nomination
    return nomination


def _assert_names_both_files_only(item) -> None:
    assert item.path == f"records/{COPY}.yaml"
    assert item.related == (f"records/{FIRST}.yaml",)
    for lang in ("vi", "en"):
        message = item.message(lang)
        assert f"records/{FIRST}.yaml" in message
        for private in ("Bình", "Binh", "2012", "12/04", "HS0001"):
            assert private not in message


def test_fold():
    assert fold("  Nguyễn  Văn ĐỨC ") == "nguyen van duc"
    assert fold(unicodedata.normalize("NFD", "Lê Thị Hoa")) == "le thi hoa"


def test_a_copied_nomination_under_a_new_id(tmp_path):
    tree = district()
    _copied(tree)
    item = only(validate_tree(tmp_path, tree), "STUDENT-CODE-DUPLICATE")
    assert item.field == "student.student_code"
    _assert_names_both_files_only(item)


def test_a_copied_nomination_in_nfd_without_student_code(tmp_path):
    tree = district()
    nomination = _copied(tree)
    del nomination["student"]["student_code"]
    nomination["student"]["full_name"] = unicodedata.normalize(
        "NFD", nomination["student"]["full_name"]
    )
    item = only(validate_tree(tmp_path, tree), "STUDENT-DUPLICATE")
    assert item.severity == "error"
    _assert_names_both_files_only(item)


def test_same_name_without_diacritics_is_a_warning(tmp_path):
    tree = district()
    nomination = _copied(tree)
    del nomination["student"]["student_code"]
    nomination["student"]["full_name"] = "Nguyen  van Binh"
    item = only(validate_tree(tmp_path, tree), "STUDENT-POSSIBLE-DUPLICATE")
    assert item.severity == "warning"
    _assert_names_both_files_only(item)


def test_same_name_another_birth_date_is_fine(tmp_path):
    tree = district()
    nomination = _copied(tree)
    del nomination["student"]["student_code"]
    nomination["student"]["birth_date"] = "2012-04-13"
    assert not [f for f in validate_tree(tmp_path, tree) if f.code.startswith("STUDENT-")]
