"""Vietnamese dictionary order (Vietlex's rules), for schools, donors and names on the site."""

from __future__ import annotations

import random
import unicodedata

import pytest

from minhbach.text.collate import name_key, sort_key

# Rule 1 and 2 combined, as the rules print them: every letter, each with its tones in order.
LINES = (
    "a à ả ã á ạ ă ằ ẳ ẵ ắ ặ â ầ ẩ ẫ ấ ậ b c d đ e è ẻ ẽ é ẹ ê ề ể ễ ế ệ",
    "f g h i ì ỉ ĩ í ị j k l m n o ò ỏ õ ó ọ ô ồ ổ ỗ ố ộ ơ ờ ở ỡ ớ ợ",
    "p q r s t u ù ủ ũ ú ụ ư ừ ử ữ ứ ự v w x y ỳ ỷ ỹ ý ỵ z",
)
DICTIONARY_LETTERS = [letter for line in LINES for letter in line.split()]


def in_order(words: list[str]) -> list[str]:
    shuffled = list(words)
    random.Random(17).shuffle(shuffled)
    return sorted(shuffled, key=sort_key)


def test_letters_and_tones_follow_the_dictionary() -> None:
    assert in_order(DICTIONARY_LETTERS) == DICTIONARY_LETTERS


def test_the_names_of_the_issue_sort_the_vietnamese_way() -> None:
    names = ["Bình Minh", "Đỗ Cẩm Thủy", "Bạch Đằng", "Dương Văn Lợi", "Ánh Dương", "Zen", "Em"]
    assert in_order(names) == [
        "Ánh Dương",
        "Bạch Đằng",
        "Bình Minh",
        "Dương Văn Lợi",
        "Đỗ Cẩm Thủy",
        "Em",
        "Zen",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("ang", "anh"),  # letters before tones: g before h whatever the tones
        ("áng", "anh"),
        ("ác", "ách"),  # ac + nothing before ac + h
        ("apatit", "apxe"),
        ("cha", "chan"),  # a shorter block that begins a longer one comes first
        ("ba", "bà"),  # then the tones: ngang, huyền, hỏi, ngã, sắc, nặng
        ("bà", "bả"),
        ("bả", "bã"),
        ("bã", "bá"),
        ("bá", "bạ"),
        ("hai", "hài"),
        ("hài", "hại"),
        ("u", "ư"),  # ư is a letter of its own, after u
        ("uy", "ưa"),
        ("ba xa", "bà ba"),  # syllable by syllable: every "ba …" before "bà …"
        ("Bạch Đằng", "Bình Minh"),
        ("Dương", "Đỗ"),
        ("Đỗ", "Em"),
        ("a", "A"),  # lower case before upper case
        ("Trường số 2", "Trường số 10"),  # a number by its value
        ("An", "An Bình"),
        ("An Bình", "Anh"),
    ],
)
def test_pairs(first: str, second: str) -> None:
    assert sort_key(first) < sort_key(second)


def test_any_spelling_of_the_same_text_is_the_same_key() -> None:
    name = "Trường Tiểu học Nguyễn Văn Ặng"
    assert sort_key(unicodedata.normalize("NFD", name)) == sort_key(name)


def test_different_texts_never_tie() -> None:
    assert sort_key("Bạch Đằng") != sort_key("Bạch-Đằng")
    assert sort_key("Bạch Đằng") != sort_key("BẠCH ĐẰNG")


def test_people_sort_by_given_name_then_in_full() -> None:
    people = ["Lê Thị Bình", "Trần Văn An", "Nguyễn Văn An", "Đỗ Văn An", "Phạm Ánh"]
    assert sorted(people, key=name_key) == [
        "Đỗ Văn An",
        "Nguyễn Văn An",
        "Trần Văn An",
        "Phạm Ánh",
        "Lê Thị Bình",
    ]
    masked = ["N.V.B.", "T.T.A.", "Đ.V.A."]
    assert sorted(masked, key=name_key) == ["Đ.V.A.", "T.T.A.", "N.V.B."]


def test_text_outside_the_alphabet_still_sorts() -> None:
    words = ["", "123", "Ωmega", "zeta", "ça"]
    assert in_order(words) == ["", "123", "ça", "zeta", "Ωmega"]
