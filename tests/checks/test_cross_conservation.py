"""The ledger's rules: balances never below zero (devices and cash), serials, purchase sums."""

from __future__ import annotations

import copy

from district import codes_of, district, only, validate_tree

AN_PHU = "handovers/th-an-phu/bg-h3k8m2"
CEREMONY = "handovers/thcs-hiep-phuoc/bg-x7c4v9"
DONATION = "records/donations/tn-vina-laptop.yaml"


def test_a_copied_handover_hands_a_serial_twice(tmp_path):
    tree = district()
    copied = copy.deepcopy(tree[AN_PHU])
    copied["id"] = "bg-z9z9z9"
    tree["handovers/th-an-phu/bg-z9z9z9"] = copied
    found = validate_tree(tmp_path, tree)
    item = only(found, "SERIAL-HANDED-TWICE")
    assert item.path == "records/handovers/th-an-phu/bg-z9z9z9.yaml"
    assert item.field == "items[0].serial"
    assert item.related == (f"records/{AN_PHU}.yaml",)
    assert "VN-LT-001" not in item.message()  # serials are private
    assert "LEDGER-OVERDRAFT" not in codes_of(found)  # the school had 2 laptops


def test_a_donation_lowered_below_what_left_the_office(tmp_path):
    tree = district()
    line = tree["donations/tn-vina-laptop"]["items"][0]
    line["quantity"], line["serials"] = 1, ["VN-LT-001"]
    found = validate_tree(tmp_path, tree)
    item = only(found, "LEDGER-OVERDRAFT")
    assert item.path == "records/allocations/pb-an-phu.yaml"
    assert item.field == "items[0].quantity"
    assert item.related[0] == DONATION
    message = item.message()
    assert "2 máy tính xách tay" in message  # labels, not slugs (issue 16)
    assert "chỉ còn 1 máy tính xách tay." in message  # nothing used it: no "(đã dùng cho: —)"
    assert "—" not in message
    assert "20/10/2021" in message
    assert "Phòng GD&ĐT" in message
    english = item.message("en")
    assert "only 1 laptop was left then." in english


def test_the_overdraft_names_the_records_that_used_the_rest(tmp_path):
    tree = district()
    second = copy.deepcopy(tree[AN_PHU])
    second.update(id="bg-z9z9z9", on="2021-10-26", nomination="dx-p2b8n4")
    second["items"][0]["serial"] = "VN-LT-002"
    third = copy.deepcopy(second)
    third.update(id="bg-z9z9z8", on="2021-10-27")
    del third["items"][0]["serial"]
    tree["handovers/th-an-phu/bg-z9z9z9"] = second
    tree["handovers/th-an-phu/bg-z9z9z8"] = third
    found = validate_tree(tmp_path, tree)
    item = only(found, "LEDGER-OVERDRAFT")
    assert item.path == "records/handovers/th-an-phu/bg-z9z9z8.yaml"
    assert "chỉ còn 0 máy tính xách tay (đã dùng cho: " in item.message()
    assert item.related == (
        DONATION,
        f"records/{AN_PHU}.yaml",
        "records/handovers/th-an-phu/bg-z9z9z9.yaml",
    )


def test_cash_spent_beyond_what_was_received(tmp_path):
    tree = district()
    tree["donations/tn-tien-mat"]["items"][0]["amount_vnd"] = 5000000
    found = validate_tree(tmp_path, tree)
    item = only(found, "LEDGER-OVERDRAFT")
    assert item.path == "records/purchases/ms-tablet.yaml"
    assert item.field == "funded_by[0].amount_vnd"
    assert item.related == ("records/donations/tn-tien-mat.yaml",)
    assert "9.000.000\u00a0₫" in item.message()
    assert "5.000.000\u00a0₫" in item.message()


def test_a_school_hands_out_a_source_it_never_got(tmp_path):
    tree = district()
    tree[CEREMONY]["from"] = "school"
    item = only(validate_tree(tmp_path, tree), "LEDGER-NOT-AT-LOCATION")
    assert item.path == f"records/{CEREMONY}.yaml"
    assert item.related == ("records/purchases/ms-tablet.yaml",)


def test_a_kind_the_source_never_had(tmp_path):
    tree = district()
    tree[AN_PHU]["items"][0].update(kind="tablet")
    del tree[AN_PHU]["items"][0]["serial"]
    item = only(validate_tree(tmp_path, tree), "LEDGER-KIND-NOT-IN-SOURCE")
    assert item.field == "items[0].quantity"
    assert item.related == (DONATION,)


def test_a_serial_not_among_those_allocated_to_the_school(tmp_path):
    tree = district()
    tree[AN_PHU]["items"][0]["serial"] = "VN-LT-003"
    item = only(validate_tree(tmp_path, tree), "SERIAL-NOT-AT-LOCATION")
    assert item.related == ("records/allocations/pb-an-phu.yaml",)


def test_a_serial_not_from_the_source(tmp_path):
    tree = district()
    tree[CEREMONY]["items"][0]["serial"] = "TB-99"
    item = only(validate_tree(tmp_path, tree), "SERIAL-NOT-FROM-SOURCE")
    assert item.related == ("records/purchases/ms-tablet.yaml",)


def test_a_line_with_a_serial_has_quantity_one(tmp_path):
    tree = district()
    tree[CEREMONY]["items"][0]["quantity"] = 2
    found = validate_tree(tmp_path, tree)
    assert only(found, "HANDOVER-SERIAL-QUANTITY").field == "items[0].quantity"


def test_purchase_lines_add_up_to_the_funding(tmp_path):
    tree = district()
    tree["purchases/ms-tablet"]["items"][0]["unit_price_vnd"] = 3100000
    found = validate_tree(tmp_path, tree)
    item = only(found, "PURCHASE-TOTAL-MISMATCH")
    assert item.field == "funded_by"
    assert "9.300.000\u00a0₫" in item.message()
    assert codes_of(found) == ["PURCHASE-TOTAL-MISMATCH"]


def test_a_serial_list_matches_the_quantity(tmp_path):
    tree = district()
    tree["purchases/ms-tablet"]["items"][0]["serials"] = ["TB-01", "TB-02"]
    item = only(validate_tree(tmp_path, tree), "SERIALS-COUNT")
    assert item.field == "items[0].serials"


def test_a_handover_before_its_source_arrived_is_an_order_error_only(tmp_path):
    tree = district()
    tree[CEREMONY]["on"] = "2021-10-14"  # the tablets were bought on 15/10
    tree["nominations/thcs-hiep-phuoc/dx-r5t9c2"]["decision"]["date"] = "2021-10-13"
    found = validate_tree(tmp_path, tree)
    assert codes_of(found) == ["ORDER-BEFORE-RECEPTION"]


def test_a_handover_before_the_allocation_is_an_order_error_only(tmp_path):
    tree = district()
    tree[AN_PHU]["on"] = "2021-10-19"  # allocated on 20/10
    found = validate_tree(tmp_path, tree)
    assert codes_of(found) == ["ORDER-BEFORE-ALLOCATION"]
    assert found[0].related == ("records/allocations/pb-an-phu.yaml",)


def test_an_allocated_serial_not_from_the_source(tmp_path):
    tree = district()
    tree["allocations/pb-an-phu"]["items"][0]["serials"] = ["VN-LT-001", "VN-LT-009"]
    found = validate_tree(tmp_path, tree)
    item = only(found, "SERIAL-NOT-FROM-SOURCE")
    assert item.path == "records/allocations/pb-an-phu.yaml"
    assert item.field == "items[0].serials[1]"
    assert item.related == (DONATION,)
    assert "VN-LT-009" not in item.message()  # serials are private


def test_an_earmarked_donation_allocated_to_another_school_is_a_warning(tmp_path):
    tree = district()
    tree["donations/tn-vina-laptop"]["earmark"] = "thcs-hiep-phuoc"
    found = validate_tree(tmp_path, tree)
    item = only(found, "ALLOCATION-EARMARK-OTHER-SCHOOL")
    assert item.severity == "warning"
    assert item.path == "records/allocations/pb-an-phu.yaml"
    assert item.field == "items[0]"
    assert item.related == (DONATION,)
    assert "Trường THCS Hiệp Phước" in item.message()  # schools by name (issue 16)
    assert "Trường Tiểu học An Phú" in item.message()


def test_an_earmarked_donation_allocated_to_its_school_is_fine(tmp_path):
    tree = district()
    tree["donations/tn-vina-laptop"]["earmark"] = "th-an-phu"
    assert "ALLOCATION-EARMARK-OTHER-SCHOOL" not in codes_of(validate_tree(tmp_path, tree))
