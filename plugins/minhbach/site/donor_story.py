"""A donor's page as a story: received → bought with the cash → handed to students → still held.

Presentation only: every number here is a sum or a count of fields ``DonorView`` already
publishes (its gifts, what its cash bought, the devices handed and still held), so the page adds
no figure an outsider could not work out from the open data. The devices handed and held move
with the donors' reach, in qualifying rounds (``reach_day``); the gifts are as of the build. So
the story counts the devices received *by the reach day* when it adds them up, and the page says
which day each part stands at.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from minhbach.labels import in_sentence
from minhbach.ledger import CASH
from minhbach.public.views import DonorView, KindCount

SIM = "sim-data"


@dataclass(frozen=True)
class DonorStory:
    """The parts of the story; kinds are ``KindCount`` with their labels as written mid-sentence."""

    receptions: int
    received: tuple[KindCount, ...]  # devices per kind ("13 máy tính bảng"), every reception
    gave_cash: bool
    cash_vnd: int | None  # None when the donor hides its values
    reach_day: dt.date | None  # None: where the gifts went is not published yet
    bought: tuple[KindCount, ...] | None  # None when hidden (or not published)
    handed: int
    students: int
    waiting: int | None
    # Devices received by the reach day, plus those bought, equal those handed plus those still
    # held: the sum the page prints when it holds (it always should).
    received_by_then: int
    bought_devices: int
    balanced: bool
    counts_sim: bool  # SIM cards are among the devices counted


def donor_story(donor: DonorView, reach_day: dt.date | None) -> DonorStory:
    """The story of ``donor``'s gifts, from its public view and the day its reach stands at."""
    received: Counter[str] = Counter()
    by_then = 0
    labels: dict[str, str] = {}
    cash_vnd: int | None = 0
    gave_cash = False
    for gift in donor.gifts:
        for line in gift.items:
            if line.kind == CASH:
                gave_cash = True
                cash_vnd = (
                    None
                    if line.amount_vnd is None or cash_vnd is None
                    else cash_vnd + line.amount_vnd
                )
                continue
            labels[line.kind] = in_sentence(line.label)
            received[line.kind] += line.quantity or 0
            if reach_day is not None and gift.on <= reach_day:
                by_then += line.quantity or 0
    bought = None
    if donor.bought is not None and reach_day is not None:
        bought = tuple(KindCount(b.kind, in_sentence(b.label), b.quantity) for b in donor.bought)
    bought_devices = sum(b.quantity for b in bought or ())
    waiting = donor.devices_waiting if reach_day is not None else None
    kinds = set(received) | {b.kind for b in bought or ()}
    return DonorStory(
        receptions=len(donor.gifts),
        received=tuple(KindCount(k, labels[k], n) for k, n in sorted(received.items())),
        gave_cash=gave_cash,
        cash_vnd=cash_vnd if gave_cash and donor.show_value else None,
        reach_day=reach_day,
        bought=bought,
        handed=donor.devices_handed if reach_day is not None else 0,
        students=donor.students_reached if reach_day is not None else 0,
        waiting=waiting,
        received_by_then=by_then,
        bought_devices=bought_devices,
        balanced=waiting is not None and by_then + bought_devices == donor.devices_handed + waiting,
        counts_sim=SIM in kinds,
    )
