"""Vietnamese collation: the order of a Vietnamese dictionary, for every list the site publishes.

Code-point order puts "Bình Minh" before "Bạch Đằng" (``ạ`` is U+1EA1, after ``i``) and every
"Đ" after "Z". ``sort_key`` gives instead the order of the rules that Vietnamese dictionaries
follow, as written down by Vũ Xuân Lương (Trung tâm Từ điển học Vietlex), "Quy tắc sắp xếp đơn
vị từ vựng trong từ điển tiếng Việt" (https://vietlex.com/xu-li-ngon-ngu/29-Quy_tac_sap_xep_don_vi_tu_vung_trong_tu_dien_tieng_Viet;
the Hoàng Phê dictionary's order):

1. letters in the order ``a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z``
   (f, j, w, z are not Vietnamese letters but sort where the Latin alphabet has them);
2. tones in the order ngang (no mark), huyền, hỏi, ngã, sắc, nặng: ``a à ả ã á ạ``;
3. syllable by syllable, from left to right: letters first, then the tone (so ``ang`` comes
   before ``anh`` whatever their tones, and ``ba``, ``bà``, ``bả``); a syllable that is the
   beginning of a longer one comes first (``cha`` before ``chan``), lower case before upper case.

Unicode CLDR's Vietnamese tailoring orders the tones the same way (``&̀<<̉<<̃<<́<<̣``). PyICU
would give that order too, but it ships no wheel (it needs a compiler and libicu on every staff
laptop), so the rules are written out here. Spaces and punctuation only separate syllables; a run
of digits counts as its number ("số 2" before "số 10").
"""

from __future__ import annotations

import functools
import re
import unicodedata

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: rank for rank, letter in enumerate(ALPHABET)}
# The five tone marks (combining characters after NFD), in dictionary order after ngang (0).
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Marks that make another letter (ă, â, ê, ô, ơ, ư): they belong to the letter, not to the tone.
_LETTER_MARKS = frozenset("\u0306\u0302\u031b")
_SYLLABLE = re.compile(r"[^\W\d_]+|\d+")

SortKey = tuple


def sort_key(text: str) -> SortKey:
    """The key that sorts ``text`` in Vietnamese dictionary order (use with ``sorted``).

    Equal keys mean equal texts: after letters and tones come case (lower first) and, last, the
    text itself, so that the order never depends on the order of the input.
    """
    text = unicodedata.normalize("NFC", text)
    syllables = [_syllable(match) for match in _SYLLABLE.findall(text)]
    return (
        tuple(primary for primary, _ in syllables),
        tuple(case for _, case in syllables),
        text,
    )


def name_key(full_name: str) -> SortKey:
    """The order of a list of people in Vietnam: by given name (the last word), then in full.

    ``Trần Văn An`` comes before ``Lê Thị Bình`` (An before Bình). A masked name ("N.V.A.")
    sorts by its last initial the same way.
    """
    words = _SYLLABLE.findall(unicodedata.normalize("NFC", full_name))
    return (sort_key(words[-1]) if words else sort_key(""), sort_key(full_name))


@functools.lru_cache(maxsize=65536)
def _syllable(syllable: str) -> tuple[tuple, tuple[bool, ...]]:
    """(letters and tone, case) of one syllable; names repeat their syllables, hence the cache."""
    if syllable.isdigit():
        return (0, int(syllable), ()), ()
    letters: list[int] = []
    tones: list[int] = []
    case: list[bool] = []
    for char in unicodedata.normalize("NFD", syllable):
        if unicodedata.combining(char):
            if char in TONES:
                tones.append(TONES[char])
            elif char in _LETTER_MARKS and letters:
                base = ALPHABET[letters[-1]] if letters[-1] < len(ALPHABET) else ""
                composed = unicodedata.normalize("NFC", base + char)
                letters[-1] = _RANK.get(composed, letters[-1])
            continue
        lower = char.lower()
        case.append(char != lower)
        letters.append(_RANK.get(lower, len(ALPHABET) + ord(lower)))
    return (1, tuple(letters), tuple(tones)), tuple(case)
