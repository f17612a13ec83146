"""Consent to publication (đồng ý công khai): coherent fields, and the child's own consent at 7.

Decision (documented here and in the messages): ``recorded_on`` is required as soon as anyone
consented (``guardian`` or ``child`` true) or consent was withdrawn, since the date identifies the
signed paper the school keeps and orders a withdrawal after it; a withdrawal dated before the
consent it withdraws is an error (the same day is allowed). A child who is 7 or older on the
``--as-of`` day whose guardian consented (and did not withdraw) but who has no ``child: true`` is
a warning: the site will only count them (the same rule as ``minhbach.consent``).
"""

from __future__ import annotations

import datetime as dt

from minhbach.checks.context import CheckContext
from minhbach.checks.cross._common import at, day, of
from minhbach.consent import CHILD_CONSENT_AGE, child_must_consent
from minhbach.erasure.tombstone import is_forgotten
from minhbach.findings import Finding
from minhbach.records.store import RecordSet


def check_consent(records: RecordSet, context: CheckContext) -> list[Finding]:
    """CONSENT-DATE-MISSING, CONSENT-WITHDRAWN-BEFORE-RECORDED (errors), CONSENT-CHILD-MISSING (warning)."""
    found: list[Finding] = []
    as_of = context.as_of.isoformat()
    for nomination in of(records, "nomination"):
        if is_forgotten(nomination.data):
            continue  # erased: no consent left to judge; the child is only counted
        consent = nomination.data["consent"]
        recorded = consent.get("recorded_on")
        withdrawn = consent.get("withdrawn_on")
        given = consent["guardian"] is True or consent["child"] is True
        if recorded is None and (given or withdrawn is not None):
            found.append(at(nomination, ("consent",), "CONSENT-DATE-MISSING"))
        if recorded is not None and withdrawn is not None and withdrawn < recorded:
            found.append(
                at(
                    nomination,
                    ("consent", "withdrawn_on"),
                    "CONSENT-WITHDRAWN-BEFORE-RECORDED",
                    withdrawn=day(withdrawn),
                    recorded=day(recorded),
                )
            )
        withdrawn_now = withdrawn is not None and withdrawn <= as_of
        if consent["guardian"] is True and not withdrawn_now and consent["child"] is not True:
            birth = dt.date.fromisoformat(nomination.data["student"]["birth_date"])
            if child_must_consent(birth, context.as_of):
                found.append(
                    at(
                        nomination,
                        ("consent", "child"),
                        "CONSENT-CHILD-MISSING",
                        severity="warning",
                        age=CHILD_CONSENT_AGE,
                        as_of=day(as_of),
                    )
                )
    return found
