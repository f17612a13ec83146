"""Handovers (bàn giao) and follow-ups (theo dõi) for the approved demo students.

Handovers are planned first, then made in date order so that the ledger can find (or create)
supply that arrived strictly before each one. Some approved students are still waiting on
31/05/2022; a few receive their device at a district ceremony (``from: office``).
"""

from __future__ import annotations

from minhbach.demo._context import END, Demo, day_of, iso
from minhbach.demo._ledger import OFFICE, Ledger
from minhbach.demo._students import Nomination
from minhbach.settings import Settings

# Numbered as the default settings number receipts ("004/BBBG-THNK"): the demo reads no settings.
RECEIPT_NUMBER = Settings.RECEIPT_NUMBER_PATTERN
OFFICE_SHORT_CODE = Settings.OFFICE_SHORT_CODE

CEREMONIES = (day_of(2021, 11, 19), day_of(2021, 12, 23), day_of(2022, 1, 21), day_of(2022, 3, 25))
ATTENDING = (("full", 70), ("partial", 22), ("none", 8))
NOTES = {
    "full": ("Em học trực tuyến đều, giáo viên chủ nhiệm ghi nhận tiến bộ.",),
    "partial": (
        "Đường truyền yếu, em thỉnh thoảng mất kết nối.",
        "Em phải trông em nhỏ vào buổi sáng.",
    ),
    "none": (
        "Gia đình chuyển chỗ ở, trường đang liên hệ lại.",
        "Thiết bị hỏng, trường đã báo nhà tài trợ.",
    ),
}


def _plans(demo: Demo, nominations: list[Nomination]) -> list[tuple[int, str, Nomination]]:
    """(day, from, nomination) for every approved student who is handed a device by 31/05/2022."""
    rng = demo.rng
    plans = []
    for nomination in nominations:
        if nomination.status != "da-duyet" or nomination.decided is None:
            continue
        day = nomination.decided + rng.randint(3, 40)
        ceremonies = [c for c in CEREMONIES if nomination.decided < c <= nomination.decided + 40]
        if ceremonies and rng.random() < 0.2:
            plans.append((ceremonies[0], OFFICE, nomination))
        elif day <= END:
            plans.append((day, "school", nomination))
    if not plans:  # a small demo still shows a handover
        first = next(
            (n for n in nominations if n.status == "da-duyet" and n.decided is not None), None
        )
        if first is not None:
            plans.append((first.decided + 1, "school", first))
    plans.sort(key=lambda plan: (plan[0], plan[2].id))
    if plans and plans[0][1] == OFFICE:  # the first one from a school, so that an allocation exists
        day, _, nomination = plans[0]
        plans[0] = (day, "school", nomination)
    return plans


def make_handovers(
    demo: Demo, ledger: Ledger, nominations: list[Nomination]
) -> list[tuple[int, Nomination]]:
    """Write the handovers; return (day, nomination) of each, in date order."""
    rng = demo.rng
    office_representative = demo.office_staff[1]
    made = []
    for day, source_place, nomination in _plans(demo, nominations):
        school = nomination.school
        place = OFFICE if source_place == OFFICE else school.id
        needs = nomination.needs
        if len(needs) > 1 and rng.random() < 0.15:
            needs = needs[:1]  # the SIM is still to come: handed less than needed is fine
        items = []
        for kind, quantity in needs:
            for lot, count, serials in ledger.take(place, kind, quantity, day, school.id):
                if serials:
                    items += [
                        _item(lot.source, kind, 1, serial, lot.condition) for serial in serials
                    ]
                else:
                    items.append(_item(lot.source, kind, count, None, lot.condition))
        handover_id = demo.new_id("bg")
        if place == OFFICE:
            handed_by = f"{office_representative}, Phó Trưởng phòng Giáo dục và Đào tạo"
            document = RECEIPT_NUMBER.format(
                n=demo.next_number("BG-office"), school_code=OFFICE_SHORT_CODE
            )
        else:
            handed_by = f"{school.principal}, Hiệu trưởng"
            document = RECEIPT_NUMBER.format(
                n=demo.next_number("BG-" + school.id), school_code=school.short_code
            )
        demo.add(
            "handover",
            f"handovers/{school.id}/{handover_id}.yaml",
            {
                "id": handover_id,
                "school": school.id,
                "nomination": nomination.id,
                "on": iso(day),
                "from": source_place,
                "items": items,
                "handed_by": handed_by,
                "received_by": {"name": nomination.guardian, "relation": nomination.relation},
                "document": document,
            },
        )
        made.append((day, nomination))
    return made


def _item(source: str, kind: str, quantity: int, serial: str | None, condition: str | None) -> dict:
    item = {"source": source, "kind": kind, "quantity": quantity}
    if serial:
        item["serial"] = serial
    if condition:
        item["condition"] = condition
    return item


def make_followups(demo: Demo, handovers: list[tuple[int, Nomination]]) -> None:
    """About half of the handovers are followed up (item 9 of the plan), a few twice."""
    rng = demo.rng
    made = 0
    for handed, nomination in handovers:
        if rng.random() < 0.5 and handed < END:
            day = demo.between(handed + 7, min(END, handed + 60)) if handed + 7 <= END else END
            made += _followup(demo, nomination, day)
            if rng.random() < 0.1 and day + 14 <= END:
                made += _followup(demo, nomination, demo.between(day + 14, END))
    if made == 0:  # a small demo still shows a follow-up
        first = next(((handed, n) for handed, n in handovers if handed < END), None)
        if first is not None:
            _followup(demo, first[1], first[0] + 1)


def _followup(demo: Demo, nomination: Nomination, day: int) -> int:
    rng = demo.rng
    kinds, weights = zip(*ATTENDING, strict=True)
    attending = rng.choices(kinds, weights)[0]
    followup_id = demo.new_id("td")
    record = {
        "id": followup_id,
        "school": nomination.school.id,
        "nomination": nomination.id,
        "on": iso(day),
        "attending": attending,
        "device_ok": rng.random() < (0.5 if attending == "none" else 0.95),
    }
    if rng.random() < 0.4:
        record["note"] = rng.choice(NOTES[attending])
    demo.add("followup", f"followups/{nomination.school.id}/{followup_id}.yaml", record)
    return 1
