"""Masking a student's name for the public site (DESIGN "Decisions", "Masking styles").

The style is a setting (``MASKING_STYLE``). Whatever the style, the full name never leaves this
module: ``initials`` gives "N.V.A.", ``family-initials`` "Nguyễn V. A.", ``given`` "An" and
``none`` no name at all (the entry then shows only the rest of the allow-list).
"""

from __future__ import annotations

import unicodedata

MASKING_STYLES = ("initials", "family-initials", "given", "none")
DEFAULT_STYLE = "initials"


class MaskingStyleError(ValueError):
    """``MASKING_STYLE`` names no known style."""


def check_style(style: str) -> str:
    if style not in MASKING_STYLES:
        raise MaskingStyleError(
            f"MASKING_STYLE = {style!r} không hợp lệ; chọn một trong: {', '.join(MASKING_STYLES)}."
        )
    return style


def mask_name(full_name: str, style: str = DEFAULT_STYLE) -> str | None:
    """The public form of ``full_name`` in ``style``; None for ``none`` (or an empty name)."""
    check_style(style)
    words = unicodedata.normalize("NFC", full_name).split()
    if style == "none" or not words:
        return None
    if style == "given":
        return words[-1]
    initials = [_initial(word) for word in words]
    if style == "family-initials" and len(words) > 1:
        return " ".join([words[0], *(f"{letter}." for letter in initials[1:])])
    return "".join(f"{letter}." for letter in initials)


def _initial(word: str) -> str:
    """First letter with its letter-forming marks (Ư, Đ, Â stay themselves), no tone, upper case."""
    decomposed = unicodedata.normalize("NFD", word)
    marks = []
    for char in decomposed[1:]:
        if not unicodedata.combining(char):
            break
        if char in _LETTER_MARKS:
            marks.append(char)
    return unicodedata.normalize("NFC", decomposed[0] + "".join(marks)).upper()


# circumflex, breve, horn: they make distinct Vietnamese letters (Â, Ă, Ơ, Ư); tones do not.
_LETTER_MARKS = {"\u0302", "\u0306", "\u031b"}
