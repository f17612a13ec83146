"""What a lookup file holds: the case, in words, and nothing of the student."""

from __future__ import annotations

import json

from district import CODES, district
from minhbach.lookup.cases import build_cases
from minhbach.public import build_lookup_view
from minhbach.records.store import RecordSet

OFFICE = "Phòng GD&ĐT huyện Nhà Bè"


def cases_by_code(records: RecordSet) -> dict[str, dict]:
    return dict(build_cases(build_lookup_view(records), OFFICE))


def test_every_code_has_a_case(district_set):
    assert sorted(cases_by_code(district_set)) == sorted(CODES)


def test_a_followed_up_nomination(district_set):
    case = cases_by_code(district_set)[CODES[0]]
    assert case["type"] == "nomination"
    assert (case["status"], case["status_label"]) == ("dang-theo-doi", "Đang theo dõi")
    assert case["school"] == "Trường Tiểu học An Phú"
    assert case["given"] == [
        {
            "date": "25/10/2021",
            "kind": "Máy tính xách tay",
            "quantity": "1",
            "from": ["Công ty Minh Họa Vina"],
        }
    ]
    assert [s["date"] for s in case["steps"]] == [
        "12/10/2021",
        "18/10/2021",
        "25/10/2021",
        "15/11/2021",
    ]


def test_an_approved_nomination_waiting(district_set):
    case = cases_by_code(district_set)[CODES[1]]
    assert case["status_label"] == "Đã duyệt"
    assert case["given"] == []
    assert case["needs"] == [{"kind": "Máy tính xách tay", "quantity": "1"}]


def test_a_device_bought_with_an_anonymous_gift_names_no_donor(district_set):
    case = cases_by_code(district_set)[CODES[2]]
    assert case["status_label"] == "Đã nhận thiết bị"
    assert case["donors"] == ["Nhà hảo tâm ẩn danh"]
    assert "Người Minh Họa" not in json.dumps(case, ensure_ascii=False)
    assert "Phòng GD&ĐT huyện Nhà Bè" in case["steps"][-1]["label"]  # a district ceremony


def test_proposed_and_rejected(records_of):
    tree = district()
    proposed = tree["nominations/th-an-phu/dx-p2b8n4"]
    proposed["status"] = "de-xuat"
    del proposed["decision"]
    rejected = tree["nominations/thcs-hiep-phuoc/dx-r5t9c2"]
    rejected["status"] = "khong-duyet"
    rejected["decision"]["reason"] = "Gia đình đã có máy tính riêng"
    del tree["handovers/thcs-hiep-phuoc/bg-x7c4v9"]
    cases = cases_by_code(records_of(tree))
    assert cases[CODES[1]]["status_label"] == "Đã đề xuất"
    assert len(cases[CODES[1]]["steps"]) == 1
    assert cases[CODES[2]]["status_label"] == "Không được duyệt"
    assert cases[CODES[2]]["steps"][-1]["label"] == "Phòng GD&ĐT không duyệt hồ sơ"
    assert "máy tính riêng" not in json.dumps(cases, ensure_ascii=False)  # the reason is private


def test_a_donor_sees_each_gift_and_where_it_went(district_set):
    case = cases_by_code(district_set)[CODES[3]]
    assert case["type"] == "donor"
    assert case["donor"] == "Công ty Minh Họa Vina"
    (gift,) = case["gifts"]
    assert gift["document"] == "BB-01/2021"
    assert gift["items"] == [
        {"kind": "Máy tính xách tay", "quantity": "3", "value": "24.000.000\xa0₫"}
    ]
    assert gift["reached"] == [
        {
            "school": "Trường Tiểu học An Phú",
            "students": "1",
            "devices": [{"kind": "Máy tính xách tay", "quantity": "1"}],
            "value": "8.000.000\xa0₫",
        }
    ]
    assert gift["left"] == [{"kind": "Máy tính xách tay", "quantity": "2"}]
    assert (case["students"], case["schools"]) == ("1", "1")


def test_cash_is_followed_through_the_purchase(records_of):
    tree = district()
    tree["donors/nt-7k3q9x"]["lookup_code"] = tree["donors/dn-vina"].pop("lookup_code")
    case = cases_by_code(records_of(tree))[CODES[3]]
    assert case["donor"] == "Nhà hảo tâm ẩn danh"  # an anonymous donor's own case too
    (gift,) = case["gifts"]
    assert gift["purchases"] == [
        {
            "date": "15/10/2021",
            "amount": "9.000.000\xa0₫",
            "bought": [{"kind": "Máy tính bảng", "quantity": "3"}],
        }
    ]
    assert gift["reached"][0]["school"] == "Trường THCS Hiệp Phước"
    assert gift["reached"][0]["value"] == "3.000.000\xa0₫"
    assert gift["left"] == [{"kind": "Tiền mặt", "quantity": "1.000.000\xa0₫"}]


def test_no_student_or_guardian_data_in_any_case(district_set):
    private = []
    for nomination in district_set.of("nomination"):
        student, guardian = nomination.data["student"], nomination.data["guardian"]
        born = student["birth_date"]
        private += [
            student["full_name"],
            student["student_code"],
            student["class"],
            guardian["name"],
        ]
        private += [born, f"{born[8:]}/{born[5:7]}/{born[:4]}", guardian["phone"], nomination.id]
        words = student["full_name"].split()
        private.append(".".join(w[0] for w in words) + ".")  # the masked name, initials style
        private.append(words[-1])  # the given name, "given" style
    text = json.dumps(cases_by_code(district_set), ensure_ascii=False)
    for value in private:
        assert value not in text, value
