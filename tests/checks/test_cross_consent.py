"""Consent fields are coherent; a child of 7 or more needs their own consent to be named."""

from __future__ import annotations

from district import district, only, validate_tree

NOMINATION = "nominations/th-an-phu/dx-k7q3m9"


def test_consent_without_a_date(tmp_path):
    tree = district()
    del tree[NOMINATION]["consent"]["recorded_on"]
    item = only(validate_tree(tmp_path, tree), "CONSENT-DATE-MISSING")
    assert (item.path, item.field) == (f"records/{NOMINATION}.yaml", "consent")


def test_no_consent_needs_no_date(tmp_path):
    tree = district()
    tree[NOMINATION]["consent"] = {"guardian": False, "child": False}
    assert validate_tree(tmp_path, tree) == []


def test_withdrawn_before_recorded(tmp_path):
    tree = district()
    tree[NOMINATION]["consent"]["withdrawn_on"] = "2021-10-11"
    item = only(validate_tree(tmp_path, tree), "CONSENT-WITHDRAWN-BEFORE-RECORDED")
    assert item.field == "consent.withdrawn_on"


def test_a_child_of_seven_or_more_without_own_consent_is_a_warning(tmp_path):
    tree = district()
    tree[NOMINATION]["consent"]["child"] = False
    item = only(validate_tree(tmp_path, tree), "CONSENT-CHILD-MISSING")
    assert item.severity == "warning"
    assert item.field == "consent.child"
    assert "2012" not in item.message()


def test_a_younger_child_or_a_withdrawn_consent_gives_no_warning(tmp_path):
    tree = district()
    tree[NOMINATION]["consent"]["child"] = False
    tree[NOMINATION]["student"]["birth_date"] = "2015-07-01"  # 6 on 30/06/2022
    other = "nominations/th-an-phu/dx-p2b8n4"
    tree[other]["consent"].update(child=False, withdrawn_on="2022-01-01")
    assert validate_tree(tmp_path, tree) == []
