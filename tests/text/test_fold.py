"""One folding rule for the guard, the duplicate check, the demo and the import."""

from __future__ import annotations

import unicodedata

import pytest

from minhbach.text.fold import fold, fold_letters, slug, tidy, tokens

NAME = "Nguyễn Văn Đức"


@pytest.mark.parametrize(
    "spelling",
    [
        NAME,
        unicodedata.normalize("NFD", NAME),
        "NGUYỄN VĂN ĐỨC",
        "NGUYEN VAN DUC",
        "nguyen-van-duc",
        "  Nguyễn  Văn\tĐức. ",
        "Nguy\u00adễn Văn Ðức",  # a soft hyphen inside, an eth typed for đ
        "Ｎｇｕｙｅｎ Van Duc",  # fullwidth letters
    ],
)
def test_every_spelling_folds_to_the_same_words(spelling: str) -> None:
    assert fold(spelling) == "nguyen van duc"
    assert tokens(spelling) == ["nguyen", "van", "duc"]


def test_fold_letters_keeps_the_separators_where_they_are() -> None:
    assert fold_letters("Nguyễn, Văn-Đức 05/10/2015") == "nguyen, van-duc 05/10/2015"


def test_slug_joins_the_words_with_hyphens_and_cuts_at_a_word() -> None:
    assert slug("Trường Tiểu học Phước Kiển") == "truong-tieu-hoc-phuoc-kien"
    assert slug("Trường Tiểu học Phước Kiển", max_length=20) == "truong-tieu-hoc"


def test_tidy_keeps_the_marks_and_makes_one_spelling() -> None:
    assert tidy(unicodedata.normalize("NFD", "  Lê  Thị Hoa ")) == "Lê Thị Hoa"
    assert tidy("Lê Thị Hoa") != tidy("Le Thi Hoa")
