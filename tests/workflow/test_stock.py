"""Which device a ceremony row gave: a serial's source, devices without serials, what is left."""

from __future__ import annotations

from minhbach.ledger import compute
from minhbach.records.store import Record, RecordSet
from minhbach.workflow.stock import stock_at

SCHOOL = "th-an"


def _record(type_name: str, data: dict) -> Record:
    return Record(type_name, data["id"], f"records/{type_name}s/{data['id']}.yaml", data, {})


def _stock(*, handed_serial: str | None = None):
    records = [
        _record(
            "donation",
            {
                "id": "tn-may",
                "received_on": "2021-10-15",
                "received_by": "office",
                "items": [
                    {"kind": "laptop", "quantity": 3, "serials": ["LT-01", "LT-02", "LT-03"]},
                    {"kind": "tablet", "quantity": 2, "serials": ["TB-01", "TB-02"]},
                ],
            },
        ),
        _record(
            "donation",
            {
                "id": "tn-sim",
                "received_on": "2021-10-16",
                "received_by": SCHOOL,
                "items": [{"kind": "sim-data", "quantity": 2}, {"kind": "tablet", "quantity": 1}],
            },
        ),
        _record(
            "allocation",
            {
                "id": "pb-01",
                "source": "tn-may",
                "to": SCHOOL,
                "on": "2021-10-21",
                "items": [{"kind": "laptop", "quantity": 2, "serials": ["LT-01", "LT-02"]}],
            },
        ),
    ]
    if handed_serial:
        records.append(
            _record(
                "handover",
                {
                    "id": "bg-1",
                    "school": SCHOOL,
                    "nomination": "dx-1",
                    "on": "2021-10-25",
                    "items": [
                        {
                            "source": "tn-may",
                            "kind": "laptop",
                            "quantity": 1,
                            "serial": handed_serial,
                        }
                    ],
                },
            )
        )
    return stock_at(compute(RecordSet(records)), SCHOOL)


def _codes(problems) -> list[str]:
    return [p.code for p in problems]


def test_a_serial_placed_at_the_school_gives_its_source_and_a_sim_comes_without_one():
    stock = _stock()
    assert stock.placed == {"LT-01": ("tn-may", "laptop"), "LT-02": ("tn-may", "laptop")}
    items, problems = stock.take(7, [("laptop", 1), ("sim-data", 1)], ["LT-02"])
    assert problems == []
    assert items == [
        {"source": "tn-may", "kind": "laptop", "quantity": 1, "serial": "LT-02"},
        {"source": "tn-sim", "kind": "sim-data", "quantity": 1},
    ]
    assert stock.balance[("tn-may", "laptop")] == 1
    _, problems = stock.take(8, [("laptop", 1)], ["LT-02"])
    assert _codes(problems) == ["CEREMONY-SERIAL-TWICE"]
    assert dict(problems[0].params)["other_row"] == 7


def test_a_serial_of_a_device_still_at_the_office_is_not_here():
    _, problems = _stock().take(7, [("laptop", 1)], ["LT-03"])
    assert _codes(problems) == ["CEREMONY-SERIAL-NOT-HERE"]
    assert "LT-03" not in str(problems[0].params)  # a real serial is never quoted


def test_a_serial_no_list_knows_is_taken_from_a_source_that_lists_none():
    items, problems = _stock().take(7, [("tablet", 1)], ["MAY-LA"])
    assert problems == []
    assert items == [{"source": "tn-sim", "kind": "tablet", "quantity": 1, "serial": "MAY-LA"}]
    _, problems = _stock().take(7, [("laptop", 1)], ["MAY-LA"])
    assert _codes(problems) == ["CEREMONY-SERIAL-UNKNOWN"]


def test_devices_with_serials_need_one_and_too_few_devices_are_named():
    stock = _stock()
    _, problems = stock.take(7, [("laptop", 1)], [])
    assert _codes(problems) == ["CEREMONY-SERIAL-NEEDED"]
    _, problems = stock.take(7, [("sim-data", 3)], [])
    assert _codes(problems) == ["CEREMONY-NOT-ENOUGH"]
    params = dict(problems[0].params)
    assert (params["needed"], params["held"]) == ("3", "2")
    assert stock.balance[("tn-sim", "sim-data")] == 2  # a row with a problem takes nothing


def test_a_serial_already_handed_over():
    _, problems = _stock(handed_serial="LT-01").take(7, [("laptop", 1)], ["LT-01"])
    assert _codes(problems) == ["CEREMONY-SERIAL-HANDED"]
    assert dict(problems[0].params)["other"] == "records/handovers/bg-1.yaml"
