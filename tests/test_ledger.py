"""The ledger on the tiny district: positions counted by hand, overdrafts, effective order."""

from __future__ import annotations

from district import AS_OF, district, write_tree
from minhbach.checks.context import CheckContext
from minhbach.figures import compute_figures
from minhbach.ledger import compute
from minhbach.validation import validate_folder


def _ledger(tmp_path, tree=None):
    folder = write_tree(tmp_path / "records", tree)
    valid = validate_folder(folder, CheckContext(AS_OF), display_root="records").valid
    return valid, compute(valid)


def test_positions_by_hand(tmp_path):
    _, ledger = _ledger(tmp_path)
    laptops = ledger.positions[("tn-vina-laptop", "laptop")]
    assert (laptops.received, laptops.allocated, laptops.handed, laptops.left) == (3, 2, 1, 2)
    assert laptops.at == {"office": 1, "th-an-phu": 1}
    cash = ledger.positions[("tn-tien-mat", "cash")]
    assert (cash.received, cash.spent, cash.at) == (10_000_000, 9_000_000, {"office": 1_000_000})
    tablets = ledger.positions[("ms-tablet", "tablet")]
    assert (tablets.source_type, tablets.received, tablets.handed, tablets.at) == (
        "purchase",
        3,
        1,
        {"office": 2},
    )
    assert ledger.overdrafts == []
    assert ledger.serial_problems == []
    assert ledger.at_location("th-an-phu") == {"laptop": 1}


def test_figures_by_hand(tmp_path):
    valid, ledger = _ledger(tmp_path)
    figures = compute_figures(valid, ledger)
    assert (figures.nominated, figures.handed_over, figures.waiting, figures.followed_up) == (
        3,
        2,
        1,
        1,
    )
    assert figures.waiting_nominations == ["dx-p2b8n4"]
    assert (figures.cash_received, figures.cash_spent, figures.cash_left) == (
        10_000_000,
        9_000_000,
        1_000_000,
    )
    assert figures.schools["th-an-phu"].devices_left == {"laptop": 1}


def test_a_movement_before_its_source_arrived_is_applied_when_it_arrived(tmp_path):
    tree = district()
    tree["handovers/th-an-phu/bg-h3k8m2"]["on"] = "2021-10-01"
    _, ledger = _ledger(tmp_path, tree)
    assert ledger.overdrafts == []
    index = next(i for i, m in enumerate(ledger.movements) if m.record.id == "bg-h3k8m2")
    assert ledger.effective_on[index] == "2021-10-20"  # the allocation's day
    assert ledger.movements[index].on == "2021-10-01"  # the written day is kept
    arrival = ledger.arrivals[("tn-vina-laptop", "laptop", "th-an-phu")]
    assert arrival.record.id == "pb-an-phu"


def test_an_overdraft_keeps_the_balance_before_and_the_consumers(tmp_path):
    tree = district()
    tree["donations/tn-tien-mat"]["items"][0]["amount_vnd"] = 5_000_000
    _, ledger = _ledger(tmp_path, tree)
    (overdraft,) = ledger.overdrafts
    assert overdraft.movement.record.id == "ms-tablet"
    assert overdraft.balance_before == 5_000_000
    assert overdraft.consumers == ()


def test_a_source_that_is_not_a_valid_record_is_skipped(tmp_path):
    tree = district()
    tree["handovers/th-an-phu/bg-h3k8m2"]["items"][0]["source"] = "tn-khong-co"
    _, ledger = _ledger(tmp_path, tree)
    assert ("tn-khong-co", "laptop") not in ledger.positions
    assert ledger.overdrafts == []
