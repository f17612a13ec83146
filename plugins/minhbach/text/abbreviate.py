"""Abbreviations of Vietnamese names, as official document numbers carry them.

A document number ends with the abbreviated name of the body that issues it (Decree 30/2020,
appendix I: "Số: 05/BB-THNK"). A school's abbreviation is its own choice (the school record's
optional ``short_code``); when it has none, ``school_code`` derives one the way schools usually
write it: the level's letters ("TH", "THCS"), then the first letter of each word of the name
after "Trường" and the level, without tone marks but keeping Đ ("Lê Quý Đôn" → "LQĐ"); a number
stays whole ("Số 2" → "S2").
"""

from __future__ import annotations

import unicodedata

from minhbach.text.fold import fold, tokens

LEVEL_CODES = {"mam-non": "MN", "tieu-hoc": "TH", "thcs": "THCS", "thpt": "THPT"}
# Words a school's name starts with that the level code already says (folded).
_LEADING = ("truong",)
_LEVEL_WORDS = (
    "mam non",
    "mau giao",
    "tieu hoc va trung hoc co so",
    "tieu hoc",
    "trung hoc co so va trung hoc pho thong",
    "trung hoc co so",
    "trung hoc pho thong",
    "thcs",
    "thpt",
    "th",
    "mn",
)


def initial(word: str) -> str:
    """``Ánh`` → ``A``, ``đôn`` → ``Đ``, ``12`` → ``12``: a word's letter in an abbreviation."""
    word = "".join(c for c in word if c.isalnum())
    if word.isdigit():
        return word
    first = word[:1].upper()
    if first == "Đ":
        return first
    return "".join(c for c in unicodedata.normalize("NFD", first) if not unicodedata.combining(c))


def school_code(name: str, level: str) -> str:
    """``Trường Tiểu học Nguyễn Khuyến``, ``tieu-hoc`` → ``THNK``."""
    words = [w for w in name.replace("-", " ").split() if tokens(w)]
    while words and fold(words[0]) in _LEADING:
        words = words[1:]
    for phrase in _LEVEL_WORDS:
        size = len(phrase.split())
        if fold(" ".join(words[:size])) == phrase:
            words = words[size:]
            break
    return LEVEL_CODES.get(level, "") + "".join(initial(w) for w in words)
