"""The matcher's trie: values that are prefixes of one another, added in either order."""

from __future__ import annotations

import pytest

from minhbach.guard.fold import tokens
from minhbach.guard.matcher import Matcher

SPELLINGS = {
    1: ("nguyen", "van", "an"),
    2: ("nguyen", "van", "an", "binh"),
    3: ("nguyen", "van"),
    4: ("an",),
    5: ("nguyen", "van", "an"),  # the same name in another record
}


@pytest.mark.parametrize("order", [[1, 2, 3, 4, 5], [5, 4, 3, 2, 1], [2, 4, 1, 3, 5]])
def test_every_value_is_found_whatever_the_order_they_were_added(order):
    matcher = Matcher()
    for index in order:
        matcher.add(index, SPELLINGS[index])
    assert set(matcher.find("chao nguyen van an binh nhe")) == {1, 2, 3, 4, 5}
    assert set(matcher.find("nguyen van an")) == {1, 3, 4, 5}
    assert set(matcher.find("nguyen van")) == {3}
    assert set(matcher.find("van an")) == {4}
    assert matcher.find("nguyen thi an") == {4: 11}


def test_a_match_overlapping_a_public_name_is_set_apart():
    private, public = Matcher(), Matcher()
    private.add(1, ("truong", "duc", "minh"))
    public.add(-1, ("minh", "bach"))  # the site's name, printed right after a school's name
    text = " ".join(tokens("Trường Đức Minh Bạch"))
    hits, beside = private.find_beside(text, public)
    assert hits == {}
    assert beside == {1: 0}
    alone = " ".join(tokens("phụ huynh Trương Đức Minh."))
    hits, beside = private.find_beside(alone, public)
    assert hits == {1: len("phu huynh ")}
    assert beside == {}
