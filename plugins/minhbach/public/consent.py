"""The consent gate (DESIGN "Decisions", "Consent is judged on the --as-of day").

A nomination may appear by (masked) name only when the guardian consented and, for a child who is
7 or older on the build day, the child too; consent recorded after that day does not count yet,
and consent withdrawn on or before it removes the entry. Everyone else is only counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

CHILD_CONSENT_AGE = 7


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Completed years on ``day`` (a 29 February birthday counts from 1 March)."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def consent_holds(nomination: Mapping, as_of: dt.date) -> bool:
    """True when ``nomination`` (the record's data) may be shown by masked name on ``as_of``."""
    consent = nomination.get("consent") or {}
    if consent.get("guardian") is not True:
        return False
    recorded = _date(consent.get("recorded_on"))
    if recorded is not None and recorded > as_of:
        return False
    withdrawn = _date(consent.get("withdrawn_on"))
    if withdrawn is not None and withdrawn <= as_of:
        return False
    birth = _date((nomination.get("student") or {}).get("birth_date"))
    if birth is None:  # cannot tell the age: ask for the child's consent too
        return consent.get("child") is True
    if age_on(birth, as_of) >= CHILD_CONSENT_AGE:
        return consent.get("child") is True
    return True


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None
