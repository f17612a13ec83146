"""One student, one nomination (within one program: one records folder).

The same ``student_code`` twice is an error; the same name (NFC-normalised) and birth date twice
is an error; the same name folded (``minhbach.text.fold``: without diacritics, case or
punctuation) and the same birth date is a warning, since two children may share a name that only
the marks tell apart. Reported at the later file (by path), naming the earlier one; never quoting
the name, birth date or code.
"""

from __future__ import annotations

from minhbach.checks.context import CheckContext
from minhbach.checks.cross._common import at, of
from minhbach.erasure.tombstone import is_forgotten
from minhbach.findings import Finding, Severity
from minhbach.records.store import Record, RecordSet
from minhbach.text.fold import fold, tidy


def check_students(records: RecordSet, context: CheckContext) -> list[Finding]:
    """STUDENT-CODE-DUPLICATE, STUDENT-DUPLICATE (errors), STUDENT-POSSIBLE-DUPLICATE (warning)."""
    by_code: dict[str, Record] = {}
    by_name: dict[tuple[str, str], Record] = {}
    by_folded: dict[tuple[str, str], Record] = {}
    found: list[Finding] = []
    for nomination in sorted(of(records, "nomination"), key=lambda r: r.path):
        if is_forgotten(nomination.data):
            continue  # erased: nothing left to compare, and nothing to re-identify
        student = nomination.data["student"]
        code = student.get("student_code")
        exact = (tidy(student["full_name"]), student["birth_date"])
        alike = (fold(student["full_name"]), student["birth_date"])
        if code is not None and code in by_code:
            found.append(
                _duplicate(
                    nomination, ("student", "student_code"), "STUDENT-CODE-DUPLICATE", by_code[code]
                )
            )
        elif exact in by_name:
            found.append(
                _duplicate(
                    nomination, ("student", "full_name"), "STUDENT-DUPLICATE", by_name[exact]
                )
            )
        elif alike in by_folded:
            found.append(
                _duplicate(
                    nomination,
                    ("student", "full_name"),
                    "STUDENT-POSSIBLE-DUPLICATE",
                    by_folded[alike],
                    "warning",
                )
            )
        if code is not None:
            by_code.setdefault(code, nomination)
        by_name.setdefault(exact, nomination)
        by_folded.setdefault(alike, nomination)
    return found


def _duplicate(
    nomination: Record, path: tuple, code: str, first: Record, severity: Severity = "error"
) -> Finding:
    return at(nomination, path, code, severity=severity, related=[first], other=first.path)
