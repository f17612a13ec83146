"""The demo's nominations (đề xuất): invented students of primary and lower secondary age.

Statuses, categories and consent come in realistic shares, and for any size of three or more
every status and every kind of consent appears at least once, so that a small demo still shows
every case on the site.
"""

from __future__ import annotations

from dataclasses import dataclass

from minhbach import codes
from minhbach.demo import _pools
from minhbach.demo._context import END, START, Demo, day_of, iso
from minhbach.demo._directory import LEVELS, School

DEVICE_SHARES = {
    "tieu-hoc": (("tablet", 55), ("smartphone", 20), ("laptop", 20), ("desktop", 5)),
    "thcs": (("tablet", 35), ("smartphone", 25), ("laptop", 33), ("desktop", 7)),
}
RELATIONS_LABEL = {
    "ông nội": "ông nội",
    "bà ngoại": "bà ngoại",
    "bà nội": "bà nội",
    "cô": "cô ruột",
    "chú": "chú ruột",
    "dì": "dì ruột",
}


@dataclass
class Nomination:
    """What the handover step needs to know about one nominated student."""

    id: str
    school: School
    status: str
    nominated: int
    decided: int | None
    needs: list[tuple[str, int]]
    guardian: str
    relation: str


def _shares(count: int, shares: list[tuple[str, float]], rng) -> list[str]:
    """``count`` labels in the given shares, each present once when there is room, shuffled."""
    labels = []
    for label, share in shares[1:]:
        wanted = round(count * share)
        labels += [label] * (max(1, wanted) if count >= len(shares) else wanted)
    labels += [shares[0][0]] * max(0, count - len(labels))
    labels = labels[:count]
    rng.shuffle(labels)
    return labels


def _decision_days(demo: Demo) -> list[int]:
    """The office approves lists in batches, every nine to fourteen days."""
    days, day = [], day_of(2021, 10, 15)
    while day <= END - 4:
        days.append(day)
        day += demo.rng.randint(9, 14)
    return days


def _nominated_on(demo: Demo, status: str, last_batch: int) -> int:
    rng = demo.rng
    if status == "de-xuat" and rng.random() < 0.7:
        return demo.between(END - 25, END - 2)  # recent: the office has not decided yet
    wave = rng.random()
    latest = last_batch - 3
    if wave < 0.55:
        return demo.between(START + 3, min(day_of(2021, 11, 30), latest))
    if wave < 0.85:
        return demo.between(day_of(2021, 12, 1), min(day_of(2022, 2, 28), latest))
    return demo.between(day_of(2022, 3, 1), latest)


def _categories(rng) -> list[str]:
    roll = rng.random()
    orphan = (
        "mo-coi-cha"
        if roll < 0.07
        else "mo-coi-me"
        if roll < 0.12
        else "mo-coi-ca-hai"
        if roll < 0.15
        else None
    )
    roll = rng.random()
    poverty = "ho-ngheo" if roll < 0.22 else "ho-can-ngheo" if roll < 0.47 else "hoan-canh-kho-khan"
    if orphan is None:
        return [poverty]
    return [orphan, poverty] if rng.random() < 0.3 else [orphan]


def _guardian(demo: Demo, categories: list[str], family: str) -> tuple[str, str]:
    rng, people = demo.rng, demo.people
    first = categories[0]
    if first == "mo-coi-cha" or (
        first not in ("mo-coi-me", "mo-coi-ca-hai") and rng.random() < 0.6
    ):
        return people.private_person("nu"), "mẹ"
    if first == "mo-coi-me" or (first != "mo-coi-ca-hai" and rng.random() < 0.85):
        return people.private_person("nam", family), "cha"
    relation = rng.choice(("ông nội", "bà ngoại", "bà nội", "cô", "chú", "dì"))
    same_family = relation in ("ông nội", "cô", "chú")
    gender = "nam" if relation in ("ông nội", "chú") else "nu"
    return people.private_person(gender, family if same_family else None), relation


def _needs(demo: Demo, level: str) -> list[tuple[str, int]]:
    kinds, weights = zip(*DEVICE_SHARES[level], strict=True)
    needs = [(demo.rng.choices(kinds, weights)[0], 1)]
    if demo.rng.random() < 0.25:
        needs.append(("sim-data", 1))
    return needs


def _consent(demo: Demo, kind: str, recorded: int, grade: int) -> dict:
    child = kind in ("both", "withdrawn") and not (grade <= 2 and demo.rng.random() < 0.3)
    consent = {"guardian": kind != "none", "child": child, "recorded_on": iso(recorded)}
    if kind == "withdrawn" and recorded < END:
        consent["withdrawn_on"] = iso(demo.between(recorded + 1, min(END, recorded + 90)))
    return consent


def make_nominations(demo: Demo, schools: list[School], count: int) -> list[Nomination]:
    """``count`` nominations across ``schools``; returns what the handover step needs."""
    rng = demo.rng
    statuses = _shares(count, [("da-duyet", 0.78), ("de-xuat", 0.10), ("khong-duyet", 0.12)], rng)
    consents = _shares(
        count, [("both", 0.72), ("guardian-only", 0.13), ("none", 0.08), ("withdrawn", 0.07)], rng
    )
    batches = _decision_days(demo)
    weights = [school.weight for school in schools]
    student_codes: set[str] = set()
    labels = dict(_pools.COMMUNES)
    head, deputy = demo.office_staff
    deciders = (f"{head}, Trưởng phòng", f"{deputy}, Phó Trưởng phòng")
    made = []
    for status, consent_kind in zip(statuses, consents, strict=True):
        school = rng.choices(schools, weights)[0]
        grade = rng.choice(LEVELS[school.level][2])
        gender = rng.choice(("nam", "nu"))
        birth_year = SCHOOL_YEAR_GRADE_ONE_BIRTH_YEAR + 1 - grade
        birth = day_of(birth_year, 1, 1) + rng.randint(0, 364)
        name = demo.people.student(gender, iso(birth))
        while True:
            student_code = "79" + "".join(rng.choices("0123456789", k=8))
            if student_code not in student_codes:
                student_codes.add(student_code)
                break
        commune = school.commune if rng.random() < 0.85 else rng.choice(list(labels))
        student = {
            "full_name": name,
            "birth_date": iso(birth),
            "gender": gender,
            "class": school.class_style.format(grade=grade, n=rng.randint(1, 6)),
            "grade": grade,
            "student_code": student_code,
            "address": demo.people.home_address(labels[commune]),
        }
        categories = _categories(rng)
        guardian_name, relation = _guardian(demo, categories, name.split()[0])
        guardian = {"name": guardian_name, "relation": relation}
        if rng.random() < 0.9:
            guardian["phone"] = demo.people.mobile()
        template = rng.choice(_pools.CIRCUMSTANCES[categories[0]])
        circumstances = template.format(
            month=rng.randint(6, 9),
            siblings=rng.randint(2, 4),
            guardian=RELATIONS_LABEL.get(relation, relation),
        )
        nominated = _nominated_on(demo, status, batches[-1])
        needs = _needs(demo, school.level)
        nomination_id = demo.new_id("dx")
        record = {
            "id": nomination_id,
            "school": school.id,
            "nominated_on": iso(nominated),
            "student": student,
            "guardian": guardian,
            "categories": categories,
            "circumstances": circumstances,
            "needs": [{"kind": kind, "quantity": quantity} for kind, quantity in needs],
            "status": status,
        }
        decided = None
        if status != "de-xuat":
            decided = next(day for day in batches if day >= nominated + 3)
            record["decision"] = {
                "date": iso(decided),
                "by": rng.choice(deciders),
                "document": f"{100 + batches.index(decided)}/QĐ-GDĐT",
            }
            if status == "khong-duyet":
                record["decision"]["reason"] = rng.choice(_pools.REFUSAL_REASONS)
        record["consent"] = _consent(demo, consent_kind, nominated, grade)
        record["lookup_code"] = codes.generate(rng)
        demo.add("nomination", f"nominations/{school.id}/{nomination_id}.yaml", record)
        made.append(
            Nomination(
                nomination_id, school, status, nominated, decided, needs, guardian_name, relation
            )
        )
    return made


# A child in grade 1 in 2021-2022 was born in 2015 (Vietnam enrols by calendar year of birth).
SCHOOL_YEAR_GRADE_ONE_BIRTH_YEAR = 2015
