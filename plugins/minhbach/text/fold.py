"""Folding Vietnamese text: one spelling for every way a name or a word may be written.

The rule is the leak guard's (DESIGN "Decisions", "The leak guard compares folded text"):
compatibility decomposition, đ→d, marks removed, lower case, and every run of other characters
one separator. So "Nguyễn Văn An" (NFC or NFD), "NGUYEN VAN AN", "Nguy&shy;ễn Văn An" once
decoded and the slug "nguyen-van-an" all fold to ``nguyen van an``. Every comparison "without
diacritics" uses it, so that what the guard would match, the demo avoids, the duplicate check
warns about and the import recognises are the same thing:

* ``fold``: the folded words joined by one space, the form to compare and to use as a key;
* ``tokens``: the same words as a list;
* ``slug``: the same words joined by hyphens, for readable ids;
* ``fold_letters``: the guard's primitive, the letters folded and every other character left
  where it is (the guard scans whole files, and its matcher finds the words itself).

One named variant keeps the marks: ``tidy`` (NFC, single spaces) is a name *as written*, for the
exact duplicate check ("the same NFC-normalised name") and for text read from a spreadsheet.
"""

from __future__ import annotations

import re
import unicodedata

# Compatibility decomposition (NFKD) includes the canonical one (NFD) and also turns fullwidth
# digits, ligatures and the like into plain letters, so they cannot hide a value either.
_NORMAL_FORM = "NFKD"
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# Invisible characters (soft hyphen, zero-width space and joiners, word joiner, BOM) join what
# they split: "Nguy&shy;ễn" is read as "Nguyễn".
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+")
TOKEN = re.compile(r"[a-z0-9]+")


def fold_letters(text: str) -> str:
    """``text`` without marks, in lower case; separators are kept as written (see ``tokens``)."""
    text = unicodedata.normalize(_NORMAL_FORM, _INVISIBLE.sub("", text))
    # đ has no decomposition; ð (eth) is often typed for đ by old keyboards and fonts.
    # (str.replace, not str.translate: translate calls back into Python for every character.)
    return _MARKS.sub("", text).lower().replace("đ", "d").replace("ð", "d")


def tokens(text: str) -> list[str]:
    """The words of ``text`` after folding: every run of other characters is one separator."""
    return TOKEN.findall(fold_letters(text))


def fold(text: str) -> str:
    """``Nguyễn  Văn-Đức`` → ``nguyen van duc``: the folded words, one space between them."""
    return " ".join(tokens(text))


def slug(text: str, max_length: int = 64) -> str:
    """``Trường Tiểu học Phước Kiển`` → ``truong-tieu-hoc-phuoc-kien`` (cut at a word boundary)."""
    joined = "-".join(tokens(text))
    while len(joined) > max_length and "-" in joined:
        joined = joined.rsplit("-", 1)[0]
    return joined[:max_length]


def tidy(text: str) -> str:
    """``Nguyễn  Văn An`` (any normal form) → ``Nguyễn Văn An``: NFC, one space between words.

    Not a fold: the marks stay, because two children may have names that only the marks tell
    apart ("the same NFC-normalised name" is an error, "the same name without diacritics" only a
    warning).
    """
    return " ".join(unicodedata.normalize("NFC", text).split())
