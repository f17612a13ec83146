"""The matcher's trie: values that are prefixes of one another, added in either order."""

from __future__ import annotations

import random

import pytest

from minhbach.guard.matcher import Matcher
from minhbach.text.fold import tokens

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


def _first_positions(spellings: dict[int, tuple[str, ...]], words: list[str]) -> dict[int, int]:
    """What the matcher must find, the slow way: each value's first word position."""
    found = {}
    for index, spelling in spellings.items():
        for start in range(len(words) - len(spelling) + 1):
            if tuple(words[start : start + len(spelling)]) == spelling:
                found[index] = start
                break
    return found


@pytest.mark.parametrize("seed", range(30))
def test_the_trie_finds_what_a_plain_search_finds(seed):
    """Random values over a few words share prefixes and tails in every way the trie can store."""
    rng = random.Random(seed)
    vocabulary = ["an", "binh", "k7qh", "3mxr", "9tpb", "duong", "so"]
    spellings = {
        index: tuple(rng.choice(vocabulary) for _ in range(rng.randint(1, 5)))
        for index in range(rng.randint(1, 25))
    }
    matcher = Matcher()
    for index, spelling in spellings.items():
        matcher.add(index, spelling)
    for _ in range(20):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 12))]
        text = " ".join(words)
        offsets = [
            len(" ".join(words[:start])) + (1 if start else 0) for start in range(len(words))
        ]
        expected = {
            index: offsets[start] for index, start in _first_positions(spellings, words).items()
        }
        assert matcher.find(text) == expected


def test_a_long_code_and_its_prefixes_in_any_order():
    codes = {1: ("k7qh", "3mxr", "9tpb", "hc4n"), 2: ("k7qh", "3mxr", "aaaa"), 3: ("k7qh",)}
    for order in ([1, 2, 3], [3, 2, 1], [2, 1, 3]):
        matcher = Matcher()
        for index in order:
            matcher.add(index, codes[index])
        assert set(matcher.find("ma k7qh 3mxr 9tpb hc4n")) == {1, 3}
        assert set(matcher.find("ma k7qh 3mxr 9tpb")) == {3}  # a code cut short is not the code
        assert set(matcher.find("k7qh 3mxr aaaa")) == {2, 3}


def test_a_private_name_running_into_a_long_public_name_is_set_apart():
    private, public = Matcher(), Matcher()
    private.add(1, ("le", "van", "truong", "tieu"))
    public.add(-1, ("truong", "tieu", "hoc", "an", "phu"))  # a school's name, one tail
    hits, beside = private.find_beside("le van truong tieu hoc an phu", public)
    assert hits == {}
    assert beside == {1: 0}
