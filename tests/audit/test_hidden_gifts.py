"""Hidden gifts: the cash total, minus shown gifts, never gives away one donor's hidden gift."""

from __future__ import annotations

from audit_facts import donor, gift, release
from minhbach.audit.hidden_gifts import change_breach, static_breach

SHOWN = donor("d-shown", gift("g-shown", "d-shown", 0, "cash", amount=5_000_000))
HIDDEN_A = donor("d-a", gift("g-a1", "d-a", 0, "cash"), gift("g-a2", "d-a", 30, "cash"), hides=True)
HIDDEN_B = donor("d-b", gift("g-b", "d-b", 30, "cash"), hides=True)


def test_a_total_with_one_hidden_donor_gives_its_gifts_away() -> None:
    one = release(donors=[SHOWN, HIDDEN_A], cash=12_000_000, cash_gifts=["g-shown", "g-a1"])
    breach = static_breach(one)
    assert (breach.figure, breach.donors) == ("total", 1)


def test_a_total_with_two_hidden_donors_gives_only_their_sum() -> None:
    two = release(
        donors=[SHOWN, HIDDEN_A, HIDDEN_B],
        cash=14_000_000,
        cash_gifts=["g-shown", "g-a1", "g-b"],
    )
    assert static_breach(two) is None


def test_a_new_hidden_gift_alone_moves_the_total_by_its_amount() -> None:
    """The issue's attack: the total grows by one hidden gift, and the donor's page gains a row."""
    donors = [SHOWN, HIDDEN_A, HIDDEN_B]
    before = release(
        as_of=20, donors=donors, cash=14_000_000, cash_gifts=["g-shown", "g-a1", "g-b"]
    )
    after = release(donors=donors, cash=17_000_000, cash_gifts=["g-shown", "g-a1", "g-b", "g-a2"])
    assert static_breach(after) is None
    breach = change_breach(before, after)
    assert (breach.figure, breach.donors) == ("change", 1)


def test_new_gifts_of_two_hidden_donors_may_move_it() -> None:
    donors = [SHOWN, HIDDEN_A, HIDDEN_B]
    before = release(as_of=20, donors=donors, cash=9_000_000, cash_gifts=["g-shown", "g-a1"])
    after = release(donors=donors, cash=17_000_000, cash_gifts=["g-shown", "g-a1", "g-a2", "g-b"])
    assert change_breach(before, after) is None


def test_a_corrected_hidden_amount_is_that_gift_changing() -> None:
    donors = [SHOWN, HIDDEN_A, HIDDEN_B]
    gifts = ["g-shown", "g-a1", "g-b"]
    before = release(as_of=20, donors=donors, cash=14_000_000, cash_gifts=gifts)
    after = release(donors=donors, cash=14_500_000, cash_gifts=gifts)
    assert change_breach(before, after) is not None


def test_a_shown_gift_moves_the_total_freely() -> None:
    shown_two = donor(
        "d-shown",
        gift("g-shown", "d-shown", 0, "cash", amount=5_000_000),
        gift("g-shown-2", "d-shown", 30, "cash", amount=1_000_000),
    )
    donors = [shown_two, HIDDEN_A, HIDDEN_B]
    before = release(
        as_of=20, donors=donors, cash=14_000_000, cash_gifts=["g-shown", "g-a1", "g-b"]
    )
    after = release(
        donors=donors, cash=15_000_000, cash_gifts=["g-shown", "g-a1", "g-b", "g-shown-2"]
    )
    assert change_breach(before, after) is None
