"""Handovers need an approved nomination of the same school; needs; students still waiting."""

from __future__ import annotations

import dataclasses

from district import AS_OF, district, only, validate_tree
from minhbach.checks.context import CheckContext

AN_PHU = "handovers/th-an-phu/bg-h3k8m2"
CEREMONY = "handovers/thcs-hiep-phuoc/bg-x7c4v9"
NOMINATION = "nominations/th-an-phu/dx-k7q3m9"


def test_a_handover_for_a_nomination_still_proposed(tmp_path):
    tree = district()
    tree[NOMINATION]["status"] = "de-xuat"
    del tree[NOMINATION]["decision"]
    found = validate_tree(tmp_path, tree)
    item = only(found, "HANDOVER-NOT-APPROVED")
    assert (item.path, item.field) == (f"records/{AN_PHU}.yaml", "nomination")
    assert item.related == (f"records/{NOMINATION}.yaml",)
    assert "đã đề xuất, chưa duyệt" in item.message()
    assert [f.code for f in found] == ["HANDOVER-NOT-APPROVED"]


def test_a_handover_for_a_nomination_of_another_school(tmp_path):
    tree = district()
    tree[CEREMONY]["nomination"] = "dx-k7q3m9"
    item = only(validate_tree(tmp_path, tree), "NOMINATION-OTHER-SCHOOL")
    assert item.path == f"records/{CEREMONY}.yaml"
    assert item.related == (f"records/{NOMINATION}.yaml",)


def test_more_than_the_needs_is_a_warning(tmp_path):
    tree = district()
    tree[AN_PHU]["items"].append({"source": "tn-vina-laptop", "kind": "laptop", "quantity": 1})
    found = validate_tree(tmp_path, tree)
    item = only(found, "HANDOVER-MORE-THAN-NEEDS")
    assert item.severity == "warning"
    assert item.field == "items[1].quantity"
    assert item.related == (f"records/{NOMINATION}.yaml",)
    assert [f.severity for f in found] == ["warning"]


def test_more_than_the_needs_over_two_handovers_names_the_earlier_one(tmp_path):
    tree = district()
    second = dict(tree[AN_PHU], id="bg-z9z9z9", on="2021-11-01")
    second["items"] = [
        {"source": "tn-vina-laptop", "kind": "laptop", "quantity": 1, "serial": "VN-LT-002"}
    ]
    tree["handovers/th-an-phu/bg-z9z9z9"] = second
    item = only(validate_tree(tmp_path, tree), "HANDOVER-MORE-THAN-NEEDS")
    assert item.path == "records/handovers/th-an-phu/bg-z9z9z9.yaml"
    assert item.related == (f"records/{NOMINATION}.yaml", f"records/{AN_PHU}.yaml")


def test_approved_long_ago_and_still_waiting(tmp_path):
    context = dataclasses.replace(CheckContext(as_of=AS_OF), waiting_warning_days=5)
    item = only(validate_tree(tmp_path, district(), context), "NOMINATION-WAITING")
    assert item.path == "records/nominations/th-an-phu/dx-p2b8n4.yaml"
    assert item.severity == "warning"
    assert "vẫn đang chờ" in item.message()
    assert validate_tree(tmp_path / "again", district(), CheckContext(as_of=AS_OF)) == []
