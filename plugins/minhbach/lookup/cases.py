"""The case behind each lookup code (mã tra cứu), as the plain dict the page shows.

A family's code opens its nomination's case: status, school, what was asked for and given, when,
from which donor. A donor's code opens the trace of each gift (where it went, values included).
Everything is already in words and Vietnamese formats (dates dd/mm/yyyy, "1.500.000 ₫"), so the
page only places text. Built from the lookup view (``minhbach.public.lookup_view``), never from
the records: that allow-list holds no field of the student, the guardian, the decision's reason
or a note, so no name (even masked), birth date or circumstance can reach a lookup file.

    for code, case in build_cases(build_lookup_view(records), office_name="Phòng GD&ĐT huyện Nhà Bè"):
        ...
"""

from __future__ import annotations

from collections.abc import Iterator

from minhbach import labels
from minhbach.formats import date, number
from minhbach.lookup._donor import donor_case
from minhbach.lookup._index import CASE_VERSION, CaseIndex, build_index
from minhbach.public.lookup_view import LookupRecord, LookupView

# Status of a nomination as the family sees it: the record's status, then what happened next.
PROPOSED, APPROVED, REJECTED, RECEIVED, FOLLOWED = (
    "da-de-xuat",
    "da-duyet",
    "khong-duoc-duyet",
    "da-nhan-thiet-bi",
    "dang-theo-doi",
)
_STATUS_LABELS = {
    PROPOSED: "Đã đề xuất",
    APPROVED: "Đã duyệt",
    REJECTED: "Không được duyệt",
    RECEIVED: "Đã nhận thiết bị",
    FOLLOWED: "Đang theo dõi",
}
_NEXT = {
    PROPOSED: "Hồ sơ đang chờ Phòng GD&ĐT xét duyệt. Nhà trường sẽ báo cho gia đình khi có kết quả.",
    APPROVED: "Hồ sơ đã được duyệt; học sinh đang chờ nhận thiết bị. Nhà trường sẽ báo ngày nhận.",
    REJECTED: "Hồ sơ không được duyệt. Gia đình có thể liên hệ nhà trường để biết lý do và cách đề nghị lại.",
    RECEIVED: "Học sinh đã nhận thiết bị. Nhà trường sẽ theo dõi việc học trực tuyến của em.",
    FOLLOWED: "Học sinh đã nhận thiết bị; nhà trường đang theo dõi việc học trực tuyến của em.",
}


def build_cases(records: LookupView, office_name: str) -> Iterator[tuple[str, dict]]:
    """(code, case) for every nomination and donor that has a lookup code, in a stable order."""
    index = build_index(records, office_name)
    for nomination in sorted(records.of("nomination"), key=lambda r: r.id):
        code = nomination.data.get("lookup_code")
        if code:
            yield code, nomination_case(nomination, index)
    for donor in sorted(records.of("donor"), key=lambda r: r.id):
        code = donor.data.get("lookup_code")
        if code:
            yield code, donor_case(donor, index)


def status_of(nomination: LookupRecord, index: CaseIndex) -> str:
    """One of the five statuses: the decision first, then handover and follow-up."""
    recorded = nomination.data["status"]
    if recorded == "khong-duyet":
        return REJECTED
    if index.followups_of.get(nomination.id):
        return FOLLOWED
    if index.handovers_of.get(nomination.id):
        return RECEIVED
    return APPROVED if recorded == "da-duyet" else PROPOSED


def nomination_case(nomination: LookupRecord, index: CaseIndex) -> dict:
    """The family's view of one nomination (đề xuất); never the student's own data."""
    data = nomination.data
    status = status_of(nomination, index)
    handovers = index.handovers_of.get(nomination.id, [])
    given = []
    donors: list[str] = []
    for handover in handovers:
        for item in handover.data["items"]:
            sources = index.donor_list(item["source"])
            given.append(
                {
                    "date": date(handover.data["on"]),
                    "kind": labels.item_kinds()[item["kind"]],
                    "quantity": number(item["quantity"]),
                    "from": sources,
                }
            )
            donors.extend(name for name in sources if name not in donors)
    return {
        "v": CASE_VERSION,
        "type": "nomination",
        "status": status,
        "status_label": _STATUS_LABELS[status],
        "school": index.school_names.get(data["school"], data["school"]),
        "steps": _steps(nomination, handovers, index),
        "needs": [
            {"kind": labels.item_kinds()[need["kind"]], "quantity": number(need["quantity"])}
            for need in data["needs"]
        ],
        "given": given,
        "donors": donors,
        "next": _NEXT[status],
    }


def _steps(nomination: LookupRecord, handovers: list[LookupRecord], index: CaseIndex) -> list[dict]:
    data = nomination.data
    school = index.school_names.get(data["school"], data["school"])
    steps = [{"date": date(data["nominated_on"]), "label": f"{school} đề xuất hỗ trợ"}]
    decision = data.get("decision")
    if decision and data["status"] in ("da-duyet", "khong-duyet"):
        verb = "duyệt" if data["status"] == "da-duyet" else "không duyệt"
        steps.append({"date": date(decision["date"]), "label": f"Phòng GD&ĐT {verb} hồ sơ"})
    for handover in handovers:
        where = index.office_name if handover.data.get("from") == "office" else school
        steps.append(
            {"date": date(handover.data["on"]), "label": f"Nhận thiết bị (bàn giao tại {where})"}
        )
    followups = index.followups_of.get(nomination.id, [])
    if followups:
        steps.append(
            {
                "date": date(followups[-1]),
                "label": "Nhà trường theo dõi sau bàn giao (lần gần nhất)",
            }
        )
    return steps
