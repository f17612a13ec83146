"""Acceptance tests: the real ``minhbach balance`` on the tiny district, counted by hand."""

from __future__ import annotations

import json

from district import district, write_tree
from helpers import run_minhbach


def _balance(tmp_path, *args: str):
    folder = write_tree(tmp_path / "records")
    return run_minhbach("balance", "--records", str(folder), "--as-of", "2022-06-30", *args)


def test_by_source_as_json_matches_the_hand_count(tmp_path):
    result = _balance(tmp_path, "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = {(r["source"], r["kind"]): r for r in json.loads(result.stdout)}
    laptop = rows[("tn-vina-laptop", "laptop")]
    assert (
        laptop["received"],
        laptop["office"],
        laptop["schools"],
        laptop["handed"],
        laptop["left"],
    ) == (
        3,
        1,
        {"th-an-phu": 1},
        1,
        2,
    )
    cash = rows[("tn-tien-mat", "cash")]
    assert (cash["received"], cash["handed"], cash["left"]) == (10_000_000, 9_000_000, 1_000_000)
    tablet = rows[("ms-tablet", "tablet")]
    assert (tablet["received"], tablet["office"], tablet["handed"], tablet["left"]) == (3, 2, 1, 2)


def test_by_source_as_text_uses_vietnamese_numbers(tmp_path):
    result = _balance(tmp_path)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if "(tn-tien-mat)" in line)
    assert line.startswith("Nhà hảo tâm ẩn danh, ")  # who gave it and when, then the id
    assert " Tiền mặt " in line  # the kind by its label, not the slug
    for money in ("10.000.000\u00a0₫", "9.000.000\u00a0₫", "1.000.000\u00a0₫"):
        assert money in line
    assert "30/06/2022" in result.stdout.splitlines()[0]


def test_by_school_shows_devices_and_students_waiting(tmp_path):
    result = _balance(tmp_path, "--by", "school", "--format", "json")
    rows = {r["school"]: r for r in json.loads(result.stdout)}
    assert rows["th-an-phu"] == {
        "school": "th-an-phu",
        "left": {"laptop": 1},
        "waiting_students": 1,
        "handed_students": 1,
    }
    assert rows["thcs-hiep-phuoc"]["left"] == {}
    assert rows["thcs-hiep-phuoc"]["waiting_students"] == 0
    assert rows["office"]["left"] == {"cash": 1_000_000, "laptop": 1, "tablet": 2}
    text = _balance(tmp_path / "text", "--by", "school").stdout
    assert "1 máy tính xách tay" in text  # the kind's label, not the slug (issue 16)
    assert "Trường " in text
    assert "th-an-phu" not in text  # the school by its name, not its id
    assert "Phòng GD&ĐT" in text
    folder = write_tree(tmp_path / "en" / "records")
    english = run_minhbach(
        "--lang",
        "en",
        "balance",
        "--records",
        str(folder),
        "--as-of",
        "2022-06-30",
        "--by",
        "school",
    ).stdout
    assert "1 laptop" in english
    assert "The office" in english


def test_by_kind(tmp_path):
    rows = {
        r["kind"]: r
        for r in json.loads(_balance(tmp_path, "--by", "kind", "--format", "json").stdout)
    }
    assert rows["laptop"] == {
        "kind": "laptop",
        "received": 3,
        "allocated": 2,
        "handed": 1,
        "spent": 0,
        "left": 2,
    }
    assert rows["cash"]["spent"] == 9_000_000


def test_counts_have_thousands_dots(tmp_path):
    tree = district()
    line = tree["donations/tn-vina-laptop"]["items"][0]
    line["quantity"] = 1500
    del line["serials"]
    del tree["allocations/pb-an-phu"]["items"][0]["serials"]
    del tree["handovers/th-an-phu/bg-h3k8m2"]["items"][0]["serial"]
    folder = write_tree(tmp_path / "records", tree)
    result = run_minhbach(
        "balance", "--records", str(folder), "--as-of", "2022-06-30", "--by", "kind"
    )
    assert result.returncode == 0, result.stderr + result.stdout
    laptop = next(line for line in result.stdout.splitlines() if line.startswith("Máy tính xách"))
    assert laptop.split()[-5:] == ["1.500", "2", "1", "0", "1.499"]


def test_with_errors_it_says_so_and_exits_1(tmp_path):
    folder = write_tree(tmp_path / "records")
    (folder / "followups/th-an-phu/td-m4n8q2.yaml").write_text("id: td-m4n8q2\n", encoding="utf-8")
    result = run_minhbach("balance", "--records", str(folder), "--as-of", "2022-06-30")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "minhbach validate" in result.stderr
    assert " lỗi " in result.stderr
