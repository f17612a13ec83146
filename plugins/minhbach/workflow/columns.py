"""Which column of a school's list holds which field: headers matched after folding.

Schools keep their own layouts: "Họ và tên" or "HỌ TÊN HỌC SINH", "SĐT" or "Số điện thoại
phụ huynh", with or without diacritics, any case. A header is folded (``text.fold``) and then
matched, first exactly against the synonyms below, then by the first rule whose phrase appears in
it as whole words. Rules are ordered so that the more specific wins: "Phụ huynh đồng ý" is
consent before it is the guardian, "Họ tên cha/mẹ" is the guardian before it is a name.

Field keys are dotted paths into a nomination, plus ``stt`` (row number, ignored), the two
gender mark columns (``Nữ`` / ``Nam`` with an ``x`` in them) that many lists use, and a single
consent column that names nobody ("Đồng ý công khai"): it stands for the guardian's consent and,
unless the list has a column of its own for it, the child's (``CONSENT_BOTH``).

Messages name a column by its header as the list writes it, or, for a column the list lacks, by
the template's header (``header_name``): "Giới tính", never ``student.gender``.
"""

from __future__ import annotations

from collections.abc import Sequence

from minhbach.text.fold import fold

STT = "stt"
FEMALE_MARK = "gender-female-mark"
MALE_MARK = "gender-male-mark"
CONSENT_BOTH = "consent.both"

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
    (
        "consent.child",
        (
            "hoc sinh dong y",
            "hs dong y",
            "tre dong y",
            "em dong y",
            "con dong y",
            "dong y cua hoc sinh",
            "dong y cua hs",
            "dong y cua em",
        ),
    ),
    (
        "consent.guardian",
        (
            "phu huynh dong y",
            "ph dong y",
            "cha me dong y",
            "gia dinh dong y",
            "nguoi giam ho dong y",
            "dong y cua phu huynh",
            "dong y cua cha me",
            "dong y cua gia dinh",
            "dong y cua nguoi giam ho",
        ),
    ),
    (CONSENT_BOTH, ("dong y",)),
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


def column_for(field: str | None, columns: dict[str, int]) -> int | None:
    """The column (0-based) a field of a nomination came from: ``needs[0].kind`` → the needs
    column, ``consent.child`` → the single consent column when there is one; None when the
    list has no column for it."""
    key = (field or "").split("[")[0]
    while key:
        if key in columns:
            return columns[key]
        if key.startswith("consent.") and CONSENT_BOTH in columns:
            return columns[CONSENT_BOTH]
        if key == "student.gender":
            return columns.get(FEMALE_MARK, columns.get(MALE_MARK))
        key = key.rpartition(".")[0]
    return None


def header_name(field: str | None, headers: Sequence[str], columns: dict[str, int]) -> str:
    """How a message names the column of ``field``: the list's own header, else the template's."""
    index = column_for(field, columns)
    if index is not None and index < len(headers) and headers[index].strip():
        return headers[index].strip()
    return template_header(field)


def template_header(field: str | None) -> str:
    """The template's header for ``field`` ("Giới tính" for ``student.gender``)."""
    from minhbach.workflow.xlsx_template import COLUMNS

    key = (field or "").split("[")[0]
    for header, *_ in COLUMNS:
        if match_header(header) == key:
            return header
    return key
