"""How wide a line of Times New Roman is, so that serials and codes can be kept on one line.

A serial number broken across two lines of a table cell ("TB21GY34MW" / "G") is a different
serial to whoever copies it. Word and LibreOffice break a word only when it does not fit, so a
cell is given a width, or its text a size, at which the word fits. The advance widths are those
of Times New Roman (Adobe's Times metrics, shared by the metric-compatible Liberation Serif that
renders the tests); a character not in the table counts as a full em, so estimates err wide.
"""

from __future__ import annotations

import unicodedata

_POINTS_PER_CM = 72 / 2.54
_SHARED = {" ": 250, ".": 250, ",": 250, "/": 278, "-": 333, "_": 500, "(": 333, ")": 333}
_DIGITS = dict.fromkeys("0123456789", 500)
# Widths per 1000 units of the em, upper case then lower case, in alphabetical order.
_REGULAR = (
    (722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889)
    + (722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611)
    + (444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778)
    + (500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444)
)
_BOLD = (
    (722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944)
    + (722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667)
    + (500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833)
    + (556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444)
)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_WIDTHS = {
    False: {**_SHARED, **_DIGITS, ":": 278, **dict(zip(_LETTERS, _REGULAR, strict=True))},
    True: {**_SHARED, **_DIGITS, ":": 333, **dict(zip(_LETTERS, _BOLD, strict=True))},
}


def width_cm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """The printed width of ``text`` on one line (Vietnamese letters as their base letter)."""
    table = _WIDTHS[bold]
    units = 0
    for character in text:
        base = unicodedata.normalize("NFD", character.replace("đ", "d").replace("Đ", "D"))[:1]
        units += table.get(base, 1000)
    return units / 1000 * size_pt / _POINTS_PER_CM


def fitting_size(
    text: str, space_cm: float, size_pt: float, *, bold: bool = False, smallest: float = 8
) -> float:
    """``size_pt``, or the largest half point down to ``smallest`` at which ``text`` fits."""
    size = size_pt
    while size > smallest and width_cm(text, size, bold=bold) > space_cm:
        size -= 0.5
    return size
