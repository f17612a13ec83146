"""The consent gate (DESIGN "Decisions", "Consent is judged on the --as-of day").

A nomination may appear by (masked) name only when the guardian consented and, for a child who is
7 or older on the build day, the child too; consent recorded after that day does not count yet,
and consent withdrawn on or before it removes the entry. Everyone else is only counted.

One rule for the site (``minhbach.public``), the checks (the warning to the school) and the
reports (the list of children only counted, with the reason): it sits below all three.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Literal

CHILD_CONSENT_AGE = 7

# Why a nomination is only counted, in the order a school would put it right.
Refusal = Literal["forgotten", "withdrawn", "no-guardian", "recorded-later", "child"]


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Completed years on ``day`` (a 29 February birthday counts from 1 March)."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def child_must_consent(birth_date: dt.date | None, day: dt.date) -> bool:
    """The child's own consent is needed from 7 on ``day`` (and when the age is unknown)."""
    return birth_date is None or age_on(birth_date, day) >= CHILD_CONSENT_AGE


def refusal(nomination: Mapping, as_of: dt.date) -> Refusal | None:
    """Why ``nomination`` (the record's data) may not be shown by name on ``as_of``; None if it may."""
    if nomination.get("forgotten_on") is not None:  # a tombstone: the family asked for erasure
        return "forgotten"
    consent = nomination.get("consent") or {}
    withdrawn = _date(consent.get("withdrawn_on"))
    if withdrawn is not None and withdrawn <= as_of:
        return "withdrawn"
    if consent.get("guardian") is not True:
        return "no-guardian"
    recorded = _date(consent.get("recorded_on"))
    if recorded is not None and recorded > as_of:
        return "recorded-later"
    birth = _date((nomination.get("student") or {}).get("birth_date"))
    if child_must_consent(birth, as_of) and consent.get("child") is not True:
        return "child"
    return None


def consent_holds(nomination: Mapping, as_of: dt.date) -> bool:
    """True when ``nomination`` (the record's data) may be shown by masked name on ``as_of``."""
    return refusal(nomination, as_of) is None


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None
