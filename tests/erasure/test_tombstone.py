"""A tombstone keeps what the ledger needs, validates, and the figures do not move."""

from __future__ import annotations

import dataclasses

from district import AS_OF, district, validate_tree, write_tree
from minhbach import ledger
from minhbach.checks.context import CheckContext
from minhbach.erasure.tombstone import dropped_fields, is_forgotten, reduce
from minhbach.figures import compute_figures
from minhbach.reports import tallies
from minhbach.reports.lists import COLUMN, school_lists
from minhbach.validation import validate_folder

CHILD = "nominations/th-an-phu/dx-k7q3m9"


def forgotten_tree() -> dict:
    tree = district()
    tree[CHILD] = reduce("nomination", tree[CHILD], "2022-06-01", "DN-01/2022")
    tree["handovers/th-an-phu/bg-h3k8m2"] = reduce(
        "handover", tree["handovers/th-an-phu/bg-h3k8m2"], "2022-06-01"
    )
    tree["followups/th-an-phu/td-m4n8q2"] = reduce(
        "followup", tree["followups/th-an-phu/td-m4n8q2"], "2022-06-01"
    )
    tree["erasures/xd-2b3c4d5f"] = {
        "id": "xd-2b3c4d5f",
        "on": "2022-06-01",
        "by": "Cán bộ",
        "basis": "yeu-cau",
        "nominations": ["dx-k7q3m9"],
    }
    return tree


def test_reduce_keeps_the_ledger_and_drops_the_child():
    full = district()[CHILD]
    stone = reduce("nomination", full, "2022-06-01", "DN-01/2022")
    assert set(stone) == {"id", "school", "status", "decision", "forgotten_on", "erasure_request"}
    assert is_forgotten(stone)
    assert reduce("nomination", stone, "2030-01-01") == stone  # idempotent
    assert {"student", "guardian", "categories", "lookup_code"} <= set(
        dropped_fields("nomination", full)
    )
    handover = reduce("handover", district()["handovers/th-an-phu/bg-h3k8m2"], "2022-06-01")
    assert "received_by" not in handover
    assert handover["items"][0]["serial"] == "VN-LT-001"


def test_validation_accepts_tombstones_and_the_figures_do_not_change(tmp_path):
    def figures(tree, name):
        valid = validate_folder(write_tree(tmp_path / name, tree), CheckContext(AS_OF)).valid
        return valid, dataclasses.asdict(compute_figures(valid, ledger.compute(valid)))

    before, figures_before = figures(district(), "before")
    after, figures_after = figures(forgotten_tree(), "after")
    assert figures_after == figures_before
    assert [
        f.code for f in validate_tree(tmp_path / "v", forgotten_tree()) if f.severity == "error"
    ] == []
    assert tallies.erased(after) == 1
    assert tallies.categories(after)["mo-coi-cha"] == tallies.categories(before)["mo-coi-cha"] - 1
    rows = school_lists(after)["th-an-phu"]
    names = [r[COLUMN["name"]] for r in rows]
    assert [name for name in names if "xoá" in str(name)] == ["(Đã xoá dữ liệu theo yêu cầu)"]
    assert any(r[COLUMN["serial"]] == "VN-LT-001" for r in rows)  # the device stays accounted for


def test_private_fields_beside_forgotten_on_and_a_restored_record_are_errors(tmp_path):
    tree = forgotten_tree()
    tree[CHILD]["guardian"] = {"name": "Trần Thị Mẫu", "relation": "mẹ"}
    codes = [f.code for f in validate_tree(tmp_path / "a", tree)]
    assert "SCHEMA-COMBINATION" in codes
    tree = forgotten_tree()
    tree[CHILD] = district()[CHILD]
    codes = [f.code for f in validate_tree(tmp_path / "b", tree)]
    assert "ERASURE-RESTORED" in codes
    assert "ERASURE-INCOMPLETE" not in codes
    tree = forgotten_tree()
    tree["handovers/th-an-phu/bg-h3k8m2"] = district()["handovers/th-an-phu/bg-h3k8m2"]
    assert "ERASURE-INCOMPLETE" in [f.code for f in validate_tree(tmp_path / "c", tree)]
