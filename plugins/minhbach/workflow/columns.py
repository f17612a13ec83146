"""Which column of a school's list holds which field: headers matched after folding.

Schools keep their own layouts: "Họ và tên" or "HỌ TÊN HỌC SINH", "SĐT" or "Số điện thoại
phụ huynh", with or without diacritics, any case. A header is folded (``text.fold``) and then
matched, first exactly against the synonyms below, then by the first rule whose phrase appears in
it as whole words. Rules are ordered so that the more specific wins: "Phụ huynh đồng ý" is
consent before it is the guardian, "Họ tên cha/mẹ" is the guardian before it is a name.

Field keys are dotted paths into a nomination, plus ``stt`` (row number, ignored) and the two
gender mark columns (``Nữ`` / ``Nam`` with an ``x`` in them) that many lists use.
"""

from __future__ import annotations

from collections.abc import Sequence

from minhbach.text.fold import fold

STT = "stt"
FEMALE_MARK = "gender-female-mark"
MALE_MARK = "gender-male-mark"

# Exact synonyms (folded): the common headers, matched whole.
SYNONYMS: dict[str, str] = {
    "stt": STT,
    "tt": STT,
    "so tt": STT,
    "so thu tu": STT,
    "ho va ten": "student.full_name",
    "ho ten": "student.full_name",
    "ten": "student.full_name",
    "nu": FEMALE_MARK,
    "nam": MALE_MARK,
    "lop": "student.class",
    "khoi": "student.grade",
    "khoi lop": "student.grade",
    "phai": "student.gender",
    "gt": "student.gender",
    "sdt": "guardian.phone",
    "dt": "guardian.phone",
    "ghi chu": "note",
}

# (field, phrases): the first rule with a phrase found in the header, as whole words, wins.
RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (STT, ("so thu tu",)),
    ("consent.recorded_on", ("ngay dong y", "ngay ghi nhan dong y", "ngay ghi nhan")),
    ("consent.child", ("hoc sinh dong y", "hs dong y", "tre dong y", "em dong y", "con dong y")),
    ("consent.guardian", ("dong y",)),
    ("guardian.phone", ("dien thoai", "sdt", "so dt", "dtdd")),
    ("guardian.relation", ("quan he",)),
    ("nominated_on", ("ngay de xuat", "ngay lap")),
    ("student.birth_date", ("ngay sinh", "ngay thang nam sinh", "sinh ngay")),
    (
        "student.student_code",
        ("ma hoc sinh", "ma hs", "ma dinh danh", "ma so hoc sinh", "ma so hs", "ma csdl"),
    ),
    ("categories", ("doi tuong", "dien", "thuoc dien")),
    ("circumstances", ("hoan canh",)),
    ("needs", ("nhu cau", "thiet bi", "de nghi ho tro", "de xuat ho tro", "can ho tro")),
    ("student.address", ("dia chi", "noi o", "cho o", "thuong tru", "tam tru")),
    ("guardian.name", ("cha", "me", "giam ho", "phu huynh", "nguoi nuoi", "nguoi cham soc")),
    ("student.full_name", ("ho va ten", "ho ten", "ten hoc sinh")),
    ("student.grade", ("khoi",)),
    ("student.class", ("lop",)),
    ("student.gender", ("gioi tinh", "phai")),
    ("note", ("ghi chu",)),
)

REQUIRED = ("student.full_name", "student.birth_date", "student.class", "guardian.name")


def match_header(header: str) -> str | None:
    """The field a header names, or None."""
    folded = fold(header)
    if not folded:
        return None
    if folded in SYNONYMS:
        return SYNONYMS[folded]
    padded = f" {folded} "
    for field, phrases in RULES:
        if any(f" {phrase} " in padded for phrase in phrases):
            return field
    return None


def match_headers(headers: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """(field → column index, headers not used). When two columns name one field, the first wins."""
    found: dict[str, int] = {}
    unused: list[str] = []
    for index, header in enumerate(headers):
        if not header.strip():
            continue
        field = match_header(header)
        if field is None or field in found:
            unused.append(header.strip())
        else:
            found[field] = index
    return found, unused


def header_score(cells: Sequence[str]) -> int:
    """How much a row looks like a header row: the number of distinct fields it names."""
    return len({f for f in (match_header(c) for c in cells if c) if f is not None})


def missing_columns(found: dict[str, int]) -> list[str]:
    """Required fields no column provides (gender and grade are checked separately)."""
    return [field for field in REQUIRED if field not in found]
