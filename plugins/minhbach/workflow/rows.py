"""One row of a school's list → the fields of one nomination (đề xuất), or the row's problems.

Pure: cells in, plain data and problems out. The importer adds what no row carries (id, school,
lookup code, status) and checks the result with the real validator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from minhbach.spreadsheet_text import looks_like_formula
from minhbach.workflow import values
from minhbach.workflow.columns import CONSENT_BOTH, FEMALE_MARK, MALE_MARK
from minhbach.workflow.values import CellProblem, is_blank

DEFAULT_RELATION = "cha, mẹ hoặc người giám hộ"


@dataclass(frozen=True)
class CellError:
    """A problem in one cell (column 0-based; None when the field has no column)."""

    field: str
    column: int | None
    code: str
    params: tuple[tuple[str, object], ...] = ()


@dataclass
class Converted:
    data: dict = field(default_factory=dict)
    errors: list[CellError] = field(default_factory=list)
    warnings: list[CellError] = field(default_factory=list)


# Fields whose text is checked whole by its converter: a phone number may start with +84.
_NOT_FREE_TEXT = frozenset({"guardian.phone"})


# field → (converter, required): the order is the order problems are reported in.
_SIMPLE: tuple[tuple[str, Callable[[object], object], bool], ...] = (
    ("student.full_name", values.text, True),
    ("student.birth_date", values.date, True),
    ("student.class", values.school_class, True),
    ("student.student_code", values.code, False),
    ("student.address", values.text, False),
    ("guardian.name", values.text, True),
    ("guardian.relation", values.text, False),
    ("guardian.phone", values.phone, False),
    ("categories", values.categories, True),
    ("circumstances", values.long_text, False),
    ("needs", values.needs, True),
    ("consent.guardian", values.consent, False),
    ("consent.child", values.consent, False),
    (CONSENT_BOTH, values.consent, False),
    ("consent.recorded_on", values.date, False),
    ("nominated_on", values.date, False),
    ("note", values.long_text, False),
)


def convert_row(cells: list[object], columns: dict[str, int], uncalculated: set[int]) -> Converted:
    """The nomination fields of one row. ``uncalculated`` holds 0-based columns whose formula
    Excel never calculated."""
    out = Converted()

    def cell(name: str) -> object:
        index = columns.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    for name, convert, required in _SIMPLE:
        index = columns.get(name)
        if index is not None and index in uncalculated:
            out.errors.append(CellError(name, index, "IMPORT-FORMULA"))
            continue
        value = cell(name)
        if is_blank(value):
            if required:
                out.errors.append(CellError(name, index, "IMPORT-MISSING-VALUE"))
            continue
        try:
            _put(out.data, name, convert(value))
        except CellProblem as problem:
            out.errors.append(CellError(name, index, problem.code, tuple(problem.params.items())))
            continue
        if name not in _NOT_FREE_TEXT and isinstance(value, str) and looks_like_formula(value):
            mark = value.lstrip()[:1]
            out.warnings.append(CellError(name, index, "IMPORT-FORMULA-LIKE", (("mark", mark),)))
    _gender(out, cell, columns)
    _grade(out, cell, columns)
    _one_consent_column(out.data, columns)
    return out


def _one_consent_column(data: dict, columns: dict[str, int]) -> None:
    """A consent column that names nobody counts for the guardian and, when the list has no
    column of the child's own, for the child (the importer tells the user so)."""
    consent = data.get("consent", {})
    if "both" not in consent:
        return
    given = consent.pop("both")
    for who in ("guardian", "child"):
        if f"consent.{who}" not in columns:
            consent[who] = given


def _gender(out: Converted, cell: Callable[[str], object], columns: dict[str, int]) -> None:
    try:
        if "student.gender" in columns and not is_blank(cell("student.gender")):
            _put(out.data, "student.gender", values.gender(cell("student.gender")))
        elif FEMALE_MARK in columns:
            _put(out.data, "student.gender", "nu" if values.is_marked(cell(FEMALE_MARK)) else "nam")
        elif MALE_MARK in columns:
            _put(out.data, "student.gender", "nam" if values.is_marked(cell(MALE_MARK)) else "nu")
        else:
            out.errors.append(
                CellError("student.gender", columns.get("student.gender"), "IMPORT-MISSING-VALUE")
            )
    except CellProblem as problem:
        out.errors.append(
            CellError(
                "student.gender",
                columns["student.gender"],
                problem.code,
                tuple(problem.params.items()),
            )
        )


def _grade(out: Converted, cell: Callable[[str], object], columns: dict[str, int]) -> None:
    school_class = out.data.get("student", {}).get("class")
    if school_class is None and "student.grade" not in columns:
        return  # the class's own error says it all
    try:
        _put(out.data, "student.grade", values.grade(cell("student.grade"), school_class))
    except CellProblem as problem:
        column = columns.get("student.grade", columns.get("student.class"))
        out.errors.append(
            CellError("student.grade", column, problem.code, tuple(problem.params.items()))
        )


def _put(data: dict, dotted: str, value: object) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[last] = value
