"""The demo's schools and donors: who exists before anything is given or nominated."""

from __future__ import annotations

from dataclasses import dataclass

from minhbach import codes
from minhbach.demo import _pools
from minhbach.demo._context import Demo
from minhbach.text.abbreviate import school_code
from minhbach.text.fold import slug

LEVELS = {
    "tieu-hoc": ("Trường Tiểu học", "th", range(1, 6)),
    "thcs": ("Trường Trung học cơ sở", "thcs", range(6, 10)),
}


@dataclass
class School:
    id: str
    name: str
    level: str
    commune: str
    commune_label: str
    principal: str
    weight: float
    class_style: str
    short_code: str = ""  # printed in the numbers of the school's documents ("004/BBBG-THNK")


@dataclass
class Donor:
    id: str
    kind: str
    school: str | None  # the school a parents' association (hội cha mẹ) belongs to
    shows_value: bool = True


def make_schools(demo: Demo) -> list[School]:
    """25 to 35 primary (tiểu học) and lower secondary (THCS) schools, each commune has both."""
    rng = demo.rng
    count = rng.randint(25, 35)
    primary = round(count * 0.58)
    namesakes = rng.sample(_pools.SCHOOL_NAMESAKES, count)
    communes = list(_pools.COMMUNES)
    phones: set[str] = set()
    short_codes: set[str] = set()
    schools = []
    for index, namesake in enumerate(namesakes):
        level = "tieu-hoc" if index < primary else "thcs"
        position = index if index < primary else index - primary
        commune, label = communes[position] if position < len(communes) else rng.choice(communes)
        title, prefix, _ = LEVELS[level]
        school_id = demo.claim_id(f"{prefix}-{slug(namesake)}")
        while True:
            phone = f"028 38{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
            if phone not in phones and phone != "028 3873 4567":  # the office's own number
                phones.add(phone)
                break
        quarter = "khu phố" if label.startswith("thị trấn") else "ấp"
        while True:  # public: registered so that no private name can hide inside it
            street = rng.choice(_pools.STREETS)
            number, area = rng.randint(1, 400), rng.randint(1, 5)
            address = f"Số {number} đường {street}, {quarter} {area}, {label}, huyện Nhà Bè"
            if demo.people.claim_public_text(
                f"{title} {namesake}"
            ) and demo.people.claim_public_text(address):
                break
        gender = rng.choice(("nam", "nu"))
        contact = {
            "name": demo.people.private_person(gender),
            "role": rng.choice(_pools.ROLES_SCHOOL_CONTACT),
            "phone": demo.people.mobile(),
        }
        school = School(
            school_id,
            f"{title} {namesake}",
            level,
            commune,
            label,
            demo.people.private_person(rng.choice(("nam", "nu"))),
            rng.uniform(0.5, 2.0),
            rng.choice(("{grade}/{n}", "{grade}A{n}")),
        )
        school.short_code = _unique_code(school_code(school.name, level), short_codes)
        schools.append(school)
        demo.add(
            "school",
            f"schools/{school_id}.yaml",
            {
                "id": school_id,
                "name": f"{title} {namesake}",
                "short_code": school.short_code,
                "level": level,
                "commune": commune,
                "phone": phone,
                "address": address,
                "contact": contact,
            },
        )
    return schools


def _unique_code(code: str, taken: set[str]) -> str:
    """``THCSHD`` for the first school, ``THCSHD2`` for a second (Hoàng Diệu, Hướng Dương)."""
    candidate, number = code, 1
    while candidate in taken:
        number += 1
        candidate = f"{code}{number}"
    taken.add(candidate)
    return candidate


def _brand(demo: Demo) -> str:
    first = demo.rng.choice(_pools.BRAND_WORDS_1)
    second = demo.rng.choice([w for w in _pools.BRAND_WORDS_2 if w != first])
    return f"{first} {second}"


def _kinds(total: int, schools: int) -> list[str]:
    """How many donors of each kind: every kind present, individuals the largest group."""
    counts = {
        "hoi-cha-me": min(schools, max(1, total // 8)),
        "tap-the": min(schools, max(1, total // 10)),
        "to-chuc": max(1, total // 8),
        "doanh-nghiep": max(1, total // 4),
    }
    counts["ca-nhan"] = max(1, total - sum(counts.values()))
    return [kind for kind, count in counts.items() for _ in range(count)]


def make_donors(demo: Demo, schools: list[School], students: int) -> list[Donor]:
    """Donors of every kind; some anonymous, some hiding values, some with a lookup code."""
    rng = demo.rng
    kinds = _kinds(max(15, students // 10), len(schools))
    association_schools = rng.sample(schools, kinds.count("hoi-cha-me"))
    staff_schools = rng.sample(schools, kinds.count("tap-the"))
    names: set[str] = set()
    donors: list[Donor] = []
    for index, kind in enumerate(kinds):
        individual = kind == "ca-nhan"
        # at least one anonymous donor (the last is an individual)
        anonymous = rng.random() < (0.35 if individual else 0.08) or index == len(kinds) - 1
        school = None
        if kind == "hoi-cha-me":
            school = association_schools.pop()
            name = f"Ban đại diện cha mẹ học sinh {school.name}"
            demo.people.claim_public_text(name)  # only words of the school's (public) name
            readable = f"hcm-{school.id}"
        elif kind == "tap-the":
            school = staff_schools.pop()
            name = f"Tập thể giáo viên {school.name}"
            demo.people.claim_public_text(name)
            readable = f"tt-{school.id}"
            school = None  # staff give to the office's campaign, not to their own school
        elif individual:
            gender = rng.choice(("nam", "nu"))
            people = demo.people
            name = people.private_person(gender) if anonymous else people.public_person(gender)
            readable = ""
        else:
            forms = _pools.COMPANY_FORMS if kind == "doanh-nghiep" else _pools.ORGANISATION_FORMS
            while True:
                brand = _brand(demo)
                name = rng.choice(forms).format(brand=brand)
                if name not in names and (anonymous or demo.people.claim_public_text(name)):
                    break
            readable = ("dn-" if kind == "doanh-nghiep" else "tc-") + slug(brand)
        names.add(name)
        donor_id = demo.new_id("nt") if individual or anonymous else demo.claim_id(readable)
        record = {
            "id": donor_id,
            "name": name,
            "kind": kind,
            "display": "anonymous" if anonymous else "named",
            "show_value": not (rng.random() < 0.15 or index == 0),
        }
        if rng.random() < 0.35 or index == 1:
            record["lookup_code"] = codes.generate(rng)
        if not individual:
            contact = {"name": demo.people.private_person(rng.choice(("nam", "nu")))}
            contact["role"] = rng.choice(
                ("Giám đốc", "Phó Giám đốc", "Trưởng ban", "Chủ tịch", "Đại diện")
            )
            record["contact"] = {**contact, "phone": demo.people.mobile()}
        elif (
            anonymous
        ):  # a named person's name is public: a private copy of it would trip the leak guard
            record["contact"] = {"name": name, "phone": demo.people.mobile()}
        if kind == "doanh-nghiep":
            tax = "03" + "".join(rng.choices("0123456789", k=8))
            record["tax_code"] = tax + ("-001" if rng.random() < 0.1 else "")
        if anonymous:
            record["note"] = "Nhà tài trợ đề nghị không nêu tên trên trang công khai."
        demo.add("donor", f"donors/{donor_id}.yaml", record)
        donors.append(Donor(donor_id, kind, school.id if school else None, record["show_value"]))
    return donors
