"""Lookup codes: valid (check character) and unique across nominations and donors."""

from __future__ import annotations

from district import CODES, district, only, validate_tree
from minhbach import codes

NOMINATION = "nominations/th-an-phu/dx-k7q3m9"


def test_a_wrong_check_character(tmp_path):
    tree = district()
    code = tree[NOMINATION]["lookup_code"]
    wrong = code[:-1] + next(c for c in codes.ALPHABET if c != code[-1])
    tree[NOMINATION]["lookup_code"] = wrong
    item = only(validate_tree(tmp_path, tree), "LOOKUP-CODE-INVALID")
    assert (item.path, item.field) == (f"records/{NOMINATION}.yaml", "lookup_code")
    assert wrong not in item.message()
    assert wrong[:4] not in item.message()


def test_a_code_shared_by_a_donor_and_a_nomination(tmp_path):
    tree = district()
    tree["donors/dn-vina"]["lookup_code"] = CODES[0]
    item = only(validate_tree(tmp_path, tree), "LOOKUP-CODE-DUPLICATE")
    assert item.path == f"records/{NOMINATION}.yaml"
    assert item.related == ("records/donors/dn-vina.yaml",)
    assert CODES[0] not in item.message()
