"""Differencing: each attack of DESIGN "Differencing" on hand-made versions of a figure."""

from __future__ import annotations

from audit_facts import COLUMNS, snapshot
from minhbach.audit.differencing import ORIGIN, breaches, new_breaches

SMALL = (1, 4)


def test_one_newcomer_moving_a_count_gives_their_category_away() -> None:
    """The issue's attack: one child approved, one category count moves by one."""
    before = snapshot("district", 0, 20, 12, 9)
    after = snapshot("district", 7, 21, 13, 9)
    (breach,) = breaches([before, after], COLUMNS)
    assert (breach.newcomers, breach.category) == (1, None)


def test_five_newcomers_who_share_a_category_give_it_away() -> None:
    before = snapshot("district", 0, 20, 12, 9)
    after = snapshot("district", 7, 25, 17, 10)
    assert [b.category for b in breaches([before, after], COLUMNS)] == ["mo-coi-cha"]


def test_five_newcomers_of_mixed_categories_may_move_the_figures() -> None:
    before = snapshot("district", 0, 20, 12, 9)
    after = snapshot("district", 7, 25, 15, 11)
    assert breaches([before, after], COLUMNS) == []


def test_unchanged_figures_say_nothing_whatever_the_count() -> None:
    before = snapshot("phuoc-kien", 0, 3, SMALL, 0)
    after = snapshot("phuoc-kien", 7, 4, SMALL, 0)  # a newcomer inside "< 5": invisible
    assert breaches([before, after], COLUMNS) == []


def test_a_hidden_cell_counts_by_what_the_outsider_can_prove() -> None:
    # "< 5" → 9 with 5 newcomers: growth is 5 to 8, at least the 5 newcomers: all of them.
    before = snapshot("phuoc-kien", 0, 10, SMALL, 7)
    after = snapshot("phuoc-kien", 7, 15, 9, 9)
    assert [b.category for b in breaches([before, after], COLUMNS)] == ["mo-coi-cha"]
    # "< 5" → 8: growth 4 to 7, possibly fewer than the 5 newcomers: nothing proven.
    assert breaches([before, snapshot("phuoc-kien", 7, 15, 8, 9)], COLUMNS) == []


def test_every_pair_of_versions_is_compared_not_only_neighbours() -> None:
    versions = [
        snapshot("district", 0, 20, 12, 9),
        snapshot("district", 7, 20, 12, 9),
        snapshot("district", 14, 22, 14, 9),  # two newcomers since both earlier versions
    ]
    found = breaches(versions, COLUMNS)
    assert {(b.before, b.after) for b in found} == {
        (versions[0].as_of, versions[2].as_of),
        (versions[1].as_of, versions[2].as_of),
    }


def test_two_tables_of_one_day_that_differ_are_a_change() -> None:
    district = snapshot("district", 7, 20, 12, 9)
    table_total = snapshot("district", 7, 20, 12, 8)
    assert len(breaches([district, table_total], COLUMNS)) == 1


def test_a_first_release_is_compared_with_the_empty_programme() -> None:
    """Three approved children in the first release: their counts are their categories."""
    first = snapshot("district", 7, 3, 2, 1)
    (breach,) = new_breaches([], [first], COLUMNS)
    assert breach.before == ORIGIN
    assert new_breaches([], [snapshot("district", 7, 12, 7, 6)], COLUMNS) == []


def test_old_breaches_are_not_reported_again() -> None:
    old = [snapshot("district", 0, 20, 12, 9), snapshot("district", 7, 21, 13, 9)]
    unchanged = snapshot("district", 7, 21, 13, 9)
    assert new_breaches(old, [unchanged], COLUMNS) == []
