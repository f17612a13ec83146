"""The issue's "bad input" list, each on the real ``minhbach validate``: exit 1, right files named.

Each case breaks the tiny district in one way; the untouched district passes.
"""

from __future__ import annotations

import copy
import json
import unicodedata

import pytest

from district import district, write_tree
from helpers import run_minhbach

AN_PHU = "handovers/th-an-phu/bg-h3k8m2"
NOMINATION = "nominations/th-an-phu/dx-k7q3m9"


def _copied_handover(tree: dict) -> None:
    copied = copy.deepcopy(tree[AN_PHU])
    copied["id"] = "bg-z9z9z9"
    tree["handovers/th-an-phu/bg-z9z9z9"] = copied


def _lowered_donation(tree: dict) -> None:
    line = tree["donations/tn-vina-laptop"]["items"][0]
    line["quantity"], line["serials"] = 1, ["VN-LT-001"]
    tree["allocations/pb-an-phu"]["items"][0].update(quantity=1, serials=["VN-LT-001"])
    extra = copy.deepcopy(tree[AN_PHU])
    extra.update(id="bg-z9z9z9", nomination="dx-p2b8n4", on="2022-06-25")
    extra["items"][0] = {"source": "tn-vina-laptop", "kind": "laptop", "quantity": 1}
    tree["handovers/th-an-phu/bg-z9z9z9"] = extra


def _early_handover(tree: dict) -> None:
    tree[AN_PHU]["on"] = "2021-10-05"
    tree[NOMINATION].update(nominated_on="2021-10-01")
    tree[NOMINATION]["decision"]["date"] = "2021-10-02"
    tree[NOMINATION]["consent"]["recorded_on"] = "2021-10-01"


def _proposed_only(tree: dict) -> None:
    tree[NOMINATION]["status"] = "de-xuat"
    del tree[NOMINATION]["decision"]


def _followup_without_handover(tree: dict) -> None:
    tree["followups/th-an-phu/td-m4n8q2"]["nomination"] = "dx-p2b8n4"


def _copied_nomination(nfd: bool):
    def mutate(tree: dict) -> None:
        copied = copy.deepcopy(tree[NOMINATION])
        copied["id"] = "dx-z2z2z2"
        del copied["lookup_code"]
        if nfd:
            del copied["student"]["student_code"]
            name = copied["student"]["full_name"]
            copied["student"]["full_name"] = unicodedata.normalize("NFD", name)
        tree["nominations/th-an-phu/dx-z2z2z2"] = copied

    return mutate


def _unknown_id(tree: dict) -> None:
    tree["followups/th-an-phu/td-m4n8q2"]["nomination"] = "dx-k7q3n9"


CASES = [
    # (name, mutation, code, file reported, file named in related)
    (
        "copied handover",
        _copied_handover,
        "SERIAL-HANDED-TWICE",
        "handovers/th-an-phu/bg-z9z9z9",
        AN_PHU,
    ),
    (
        "donation lowered below what was handed out",
        _lowered_donation,
        "LEDGER-OVERDRAFT",
        "handovers/th-an-phu/bg-z9z9z9",
        "donations/tn-vina-laptop",
    ),
    (
        "handover before its donation arrived",
        _early_handover,
        "ORDER-BEFORE-RECEPTION",
        AN_PHU,
        "donations/tn-vina-laptop",
    ),
    (
        "handover for a nomination still proposed",
        _proposed_only,
        "HANDOVER-NOT-APPROVED",
        AN_PHU,
        NOMINATION,
    ),
    (
        "follow-up for a student never handed anything",
        _followup_without_handover,
        "FOLLOWUP-WITHOUT-HANDOVER",
        "followups/th-an-phu/td-m4n8q2",
        "nominations/th-an-phu/dx-p2b8n4",
    ),
    (
        "copied nomination",
        _copied_nomination(False),
        "STUDENT-CODE-DUPLICATE",
        "nominations/th-an-phu/dx-z2z2z2",
        NOMINATION,
    ),
    (
        "copied nomination in NFD",
        _copied_nomination(True),
        "STUDENT-DUPLICATE",
        "nominations/th-an-phu/dx-z2z2z2",
        NOMINATION,
    ),
    (
        "reference to an id that does not exist",
        _unknown_id,
        "REF-UNKNOWN",
        "followups/th-an-phu/td-m4n8q2",
        None,
    ),
]


def _validate(folder) -> tuple[int, list[dict]]:
    result = run_minhbach(
        "validate", "--records", str(folder), "--as-of", "2022-06-30", "--format", "json"
    )
    return result.returncode, json.loads(result.stdout)


def test_the_untouched_district_passes(tmp_path):
    assert _validate(write_tree(tmp_path / "records")) == (0, [])


@pytest.mark.parametrize(
    ("name", "mutate", "code", "reported", "related"), CASES, ids=[c[0] for c in CASES]
)
def test_bad_input(tmp_path, name, mutate, code, reported, related):
    tree = district()
    mutate(tree)
    folder = write_tree(tmp_path / "records", tree)
    returncode, found = _validate(folder)
    assert returncode == 1, found
    errors = [f for f in found if f["severity"] == "error"]
    assert [f["code"] for f in errors] == [code], [
        (f["path"], f["code"], f["message"]) for f in found
    ]
    assert errors[0]["path"] == f"{folder}/{reported}.yaml"
    if related is not None:
        assert f"{folder}/{related}.yaml" in errors[0]["related"]
        assert f"{folder}/{related}.yaml" in errors[0]["message"]
