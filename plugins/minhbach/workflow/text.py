"""Folding Vietnamese text for comparison, and readable slugs for ids.

``fold`` is the comparison the leak guard and the import use: NFD, marks removed, đ → d, lower
case, every run of other characters one space. "Họ và tên", "HO VA TEN" and "ho-va-ten" fold alike.
"""

from __future__ import annotations

import re
import unicodedata

_OTHER = re.compile(r"[^a-z0-9]+")


def strip_marks(text: str) -> str:
    """``Nguyễn Đức`` → ``Nguyen Duc``: no tone or letter marks, đ → d."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces."""
    return _OTHER.sub(" ", strip_marks(text).lower()).strip()


def slugify(text: str, max_length: int = 64) -> str:
    """``Trường Tiểu học Phước Kiển`` → ``truong-tieu-hoc-phuoc-kien`` (cut at a word boundary)."""
    slug = fold(text).replace(" ", "-")
    while len(slug) > max_length and "-" in slug:
        slug = slug.rsplit("-", 1)[0]
    return slug[:max_length]
