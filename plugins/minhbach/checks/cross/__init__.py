"""Rules across records: each a pure function ``(RecordSet, CheckContext) -> list[Finding]``.

They see only records that passed their own checks (``RecordSet``); a reference to a record that
exists but is invalid is not reported again. Each problem is reported once, at the record that
breaks the rule, naming the other records in the message and in ``related``.

=================  ===========================================================================
references.py      every id resolves to a record of the right type (with a suggestion)
conservation.py    the ledger: no balance below zero, serials, purchase sums
order.py           dates in order (approval, reception, allocation, handover, follow-up), none in the future
students.py        one student, one nomination
handovers.py       approved nomination of the same school, needs, students still waiting
consent.py         consent fields coherent; a child of 7 or more needs their own consent
codes.py           lookup codes valid and unique
erasure.py         what minhbach forget reduced stays reduced
=================  ===========================================================================
"""

from __future__ import annotations

from minhbach.checks.cross.codes import check_lookup_codes
from minhbach.checks.cross.consent import check_consent
from minhbach.checks.cross.conservation import check_conservation
from minhbach.checks.cross.erasure import check_erasures
from minhbach.checks.cross.handovers import check_handovers
from minhbach.checks.cross.order import check_order
from minhbach.checks.cross.references import check_references
from minhbach.checks.cross.students import check_students

# A large validation runs every other rule in a second process (``minhbach.bulk``): the order
# gives both about the same work (measured at 100,000 students: the ledger rules, conservation
# and order, with the codes, against the other four).
CHECKS = (
    check_references,
    check_conservation,
    check_students,
    check_order,
    check_handovers,
    check_lookup_codes,
    check_consent,
    check_erasures,
)

__all__ = ["CHECKS"]
