"""A donor's story adds up what its public view already says, and hides what the donor hides."""

from __future__ import annotations

import datetime as dt

from minhbach.public.views import DonorView, Gift, GiftLine, KindCount
from minhbach.site.donor_story import donor_story

DAY = dt.date(2022, 3, 31)


def gift(ident: str, on: dt.date, *lines: GiftLine) -> Gift:
    return Gift(ident, on, "Phòng GD&ĐT", "office", lines)


def tablets(n: int, value: int | None = None) -> GiftLine:
    return GiftLine("tablet", "Máy tính bảng", n, None, value)


def cash(amount: int | None) -> GiftLine:
    return GiftLine("cash", "Tiền mặt", None, amount, None)


def donor(show: bool, *gifts: Gift, **figures: object) -> DonorView:
    values = {
        "reach": (),
        "students_reached": 9,
        "value_vnd": 40_000_000 if show else None,
        "devices_handed": 12,
        "devices_waiting": 5 if show else None,
        "bought": (
            KindCount("laptop", "Máy tính xách tay", 4),
            KindCount("sim-data", "SIM và gói dữ liệu", 3),
        )
        if show
        else None,
    }
    values.update(figures)
    return DonorView("dn-x", "Công ty X", False, "Doanh nghiệp", show, gifts, **values)


GIFTS = (
    gift("tn-1", dt.date(2021, 10, 5), tablets(6, 18_000_000), cash(20_000_000)),
    gift("tn-2", dt.date(2022, 1, 9), tablets(4, 12_000_000)),
    gift("tn-3", dt.date(2022, 5, 1), tablets(2, 6_000_000)),  # after the reach day
)


def test_received_bought_handed_and_held_add_up_on_the_reach_day() -> None:
    story = donor_story(donor(True, *GIFTS), DAY)
    assert [(q.label, q.quantity) for q in story.received] == [("máy tính bảng", 12)]
    assert story.receptions == 3
    assert (story.gave_cash, story.cash_vnd) == (True, 20_000_000)
    assert [(q.label, q.quantity) for q in story.bought] == [
        ("máy tính xách tay", 4),
        ("SIM và gói dữ liệu", 3),
    ]
    # 10 tablets had arrived by the reach day, 7 devices were bought: 12 handed + 5 still held.
    assert (story.received_by_then, story.bought_devices) == (10, 7)
    assert (story.handed, story.waiting, story.students) == (12, 5, 9)
    assert story.balanced
    assert story.counts_sim


def test_figures_that_do_not_add_up_are_not_summed() -> None:
    story = donor_story(donor(True, *GIFTS, devices_waiting=6), DAY)
    assert not story.balanced


def test_a_donor_who_hides_values_shows_no_money_and_nothing_bought() -> None:
    hidden = (gift("tn-1", dt.date(2021, 10, 5), tablets(6), cash(None)),)
    story = donor_story(donor(False, *hidden), DAY)
    assert story.gave_cash
    assert story.cash_vnd is None
    assert story.bought is None
    assert story.waiting is None
    assert not story.balanced
    assert story.handed == 12  # published for every donor


def test_before_the_reach_is_published_only_the_gifts_are_told() -> None:
    story = donor_story(donor(True, *GIFTS), None)
    assert story.reach_day is None
    assert (story.handed, story.students, story.waiting, story.bought) == (0, 0, None, None)
    assert story.received[0].quantity == 12
