"""Who is linked to whom, read once from the records so that 100,000 cases take one pass each.

A case needs, for its nomination, the handovers (bàn giao) and follow-ups; for a handed item, the
donors behind its source (a donation's donor; a purchase's funding donations' donors); for a
donor, its donations and where each went, also through the purchases its cash paid for.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from minhbach.public.lookup_view import LookupRecord, LookupView
from minhbach.records.store import OFFICE

# The version of a case's JSON; tra-cuu.js reads version 1.
CASE_VERSION = 1


@dataclass(frozen=True)
class CaseIndex:
    """Plain lookups between records; names are the public ones (anonymous donors stay so)."""

    office_name: str
    school_names: dict[str, str]
    donor_names: dict[str, str]
    donors_of_source: dict[str, tuple[str, ...]]
    handovers_of: dict[str, list[LookupRecord]]  # nomination id → its handovers, by date
    followups_of: dict[str, list[str]]  # nomination id → follow-up dates, sorted
    handed_from: dict[str, list[tuple[LookupRecord, dict]]]  # source id → (handover, item)
    purchases_of: dict[
        str, list[tuple[LookupRecord, int]]
    ]  # donation id → (purchase, đồng it paid)
    donations_of: dict[str, list[LookupRecord]]  # donor id → donations, by date

    def place(self, location: str) -> str:
        """``office`` or a school id, as a reader knows it."""
        return self.office_name if location == OFFICE else self.school_names.get(location, location)

    def donor_list(self, source: str) -> list[str]:
        return [
            self.donor_names[d]
            for d in self.donors_of_source.get(source, ())
            if d in self.donor_names
        ]


def build_index(records: LookupView, office_name: str) -> CaseIndex:
    donations = sorted(records.of("donation"), key=lambda r: (r.data["received_on"], r.id))
    donors_of_source: dict[str, list[str]] = defaultdict(list)
    donations_of: dict[str, list[LookupRecord]] = defaultdict(list)
    for donation in donations:
        donors_of_source[donation.id].append(donation.data["donor"])
        donations_of[donation.data["donor"]].append(donation)
    purchases_of: dict[str, list[tuple[LookupRecord, int]]] = defaultdict(list)
    for purchase in sorted(records.of("purchase"), key=lambda r: (r.data["on"], r.id)):
        for funding in purchase.data["funded_by"]:
            purchases_of[funding["donation"]].append((purchase, funding["amount_vnd"]))
            for donor in donors_of_source.get(funding["donation"], ()):
                if donor not in donors_of_source[purchase.id]:
                    donors_of_source[purchase.id].append(donor)
    handovers_of: dict[str, list[LookupRecord]] = defaultdict(list)
    handed_from: dict[str, list[tuple[LookupRecord, dict]]] = defaultdict(list)
    for handover in sorted(records.of("handover"), key=lambda r: (r.data["on"], r.id)):
        handovers_of[handover.data["nomination"]].append(handover)
        for item in handover.data["items"]:
            handed_from[item["source"]].append((handover, item))
    followups_of: dict[str, list[str]] = defaultdict(list)
    for followup in records.of("followup"):
        followups_of[followup.data["nomination"]].append(followup.data["on"])
    return CaseIndex(
        office_name=office_name,
        school_names={s.id: s.data["name"] for s in records.of("school")},
        donor_names={d.id: d.data["name"] for d in records.of("donor")},
        donors_of_source={k: tuple(v) for k, v in donors_of_source.items()},
        handovers_of=dict(handovers_of),
        followups_of={k: sorted(v) for k, v in followups_of.items()},
        handed_from=dict(handed_from),
        purchases_of=dict(purchases_of),
        donations_of=dict(donations_of),
    )
