"""Order in time: approval, reception, allocation, handover, follow-up; nothing after as_of."""

from __future__ import annotations

import datetime as dt

from district import AS_OF, codes_of, district, only, validate_tree
from minhbach.checks.context import CheckContext

AN_PHU = "handovers/th-an-phu/bg-h3k8m2"
FOLLOWUP = "followups/th-an-phu/td-m4n8q2"
NOMINATION = "nominations/th-an-phu/dx-k7q3m9"


def test_a_date_after_as_of(tmp_path):
    tree = district()
    tree[FOLLOWUP]["on"] = "2022-07-01"
    item = only(validate_tree(tmp_path, tree), "DATE-IN-FUTURE")
    assert (item.path, item.field) == (f"records/{FOLLOWUP}.yaml", "on")
    assert "30/06/2022" in item.message()


def test_a_future_birth_date_is_not_quoted(tmp_path):
    tree = district()
    tree[NOMINATION]["student"]["birth_date"] = "2023-03-04"
    item = only(validate_tree(tmp_path, tree), "DATE-IN-FUTURE")
    assert item.field == "student.birth_date"
    assert "2023" not in item.message()
    assert "04/03" not in item.message()


def test_as_of_decides_what_is_future(tmp_path):
    tree = district()
    tree[FOLLOWUP]["on"] = "2022-07-01"
    later = CheckContext(as_of=dt.date(2022, 7, 1))
    assert validate_tree(tmp_path, tree, later) == []


def test_a_decision_before_its_nomination(tmp_path):
    tree = district()
    tree[NOMINATION]["decision"]["date"] = "2021-10-11"
    item = only(validate_tree(tmp_path, tree), "ORDER-DECISION-BEFORE-NOMINATION")
    assert item.field == "decision.date"


def test_a_handover_before_the_approval(tmp_path):
    tree = district()
    tree[NOMINATION]["decision"]["date"] = "2021-10-26"
    found = validate_tree(tmp_path, tree)
    item = only(found, "ORDER-HANDOVER-BEFORE-APPROVAL")
    assert (item.path, item.field) == (f"records/{AN_PHU}.yaml", "on")
    assert item.related == (f"records/{NOMINATION}.yaml",)
    assert codes_of(found) == ["ORDER-HANDOVER-BEFORE-APPROVAL"]


def test_an_allocation_before_the_reception(tmp_path):
    tree = district()
    tree["allocations/pb-an-phu"]["on"] = "2021-10-07"
    found = validate_tree(tmp_path, tree)
    item = only(found, "ORDER-BEFORE-RECEPTION")
    assert item.path == "records/allocations/pb-an-phu.yaml"
    assert item.related == ("records/donations/tn-vina-laptop.yaml",)
    assert "08/10/2021" in item.message()
    assert codes_of(found) == ["ORDER-BEFORE-RECEPTION"]


def test_a_purchase_before_its_cash_arrived(tmp_path):
    tree = district()
    tree["purchases/ms-tablet"]["on"] = "2021-10-01"
    found = validate_tree(tmp_path, tree)
    item = only(found, "ORDER-BEFORE-RECEPTION")
    assert item.path == "records/purchases/ms-tablet.yaml"
    assert item.related == ("records/donations/tn-tien-mat.yaml",)
    assert codes_of(found) == ["ORDER-BEFORE-RECEPTION"]


def test_a_handover_before_its_donation_arrived(tmp_path):
    tree = district()
    tree[AN_PHU]["on"] = "2021-10-05"
    tree[NOMINATION]["nominated_on"] = "2021-10-01"
    tree[NOMINATION]["consent"]["recorded_on"] = "2021-10-01"
    tree[NOMINATION]["decision"]["date"] = "2021-10-04"
    found = validate_tree(tmp_path, tree)
    assert codes_of(found) == ["ORDER-BEFORE-RECEPTION"]
    assert found[0].related == ("records/donations/tn-vina-laptop.yaml",)


def test_a_followup_for_a_student_never_handed_anything(tmp_path):
    tree = district()
    tree[FOLLOWUP]["nomination"] = "dx-p2b8n4"
    found = validate_tree(tmp_path, tree)
    item = only(found, "FOLLOWUP-WITHOUT-HANDOVER")
    assert item.path == f"records/{FOLLOWUP}.yaml"
    assert item.related == ("records/nominations/th-an-phu/dx-p2b8n4.yaml",)


def test_a_followup_before_the_handover(tmp_path):
    tree = district()
    tree[FOLLOWUP]["on"] = "2021-10-24"
    item = only(validate_tree(tmp_path, tree), "ORDER-FOLLOWUP-BEFORE-HANDOVER")
    assert item.related == (f"records/{AN_PHU}.yaml",)


def test_same_day_counts_as_after(tmp_path):
    tree = district()
    tree["allocations/pb-an-phu"]["on"] = "2021-10-08"
    tree[NOMINATION]["decision"]["date"] = "2021-10-12"
    tree[AN_PHU]["on"] = "2021-10-12"
    tree[FOLLOWUP]["on"] = "2021-10-12"
    assert validate_tree(tmp_path, tree, CheckContext(as_of=AS_OF)) == []
