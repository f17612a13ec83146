"""Lookup codes (mã tra cứu) and opaque record ids.

A lookup code is what a family or a donor types on ``/tra-cuu/``: ``K7QH-3MXR-9TPB-HC4N``, 16
characters in four groups of four. The alphabet has no vowels (no words, no names), no W and no D
(Telex and VNI keyboards turn ``aw``, ``dd`` ... into accented letters) and no look-alikes (0/O,
1/I/L). Fifteen random characters carry 15 × log2(25) ≈ 69.7 bits, above the 64 that DESIGN.md
asks for; the sixteenth is a check character.

The check: with v(c) the character's index in ``ALPHABET`` and weights cycling 1, 2, 3 from the
first character, the weighted sum of all 16 values is 0 modulo 25. Every weight and every
difference of two weights at distance 1 or 2 is prime to 25, so any single wrong character, any
swap of two neighbours and any swap across one character (``ABC`` → ``CBA``) changes the sum. (Plain
Luhn mod 25 misses the swap of the first and last alphabet letters, ``22`` ↔ ``ZZ`` style: its
doubled-digit sum maps both to the same residue.) A JavaScript copy of ``check_char`` must keep
this exact rule.
"""

from __future__ import annotations

import random
import re
import secrets
import unicodedata

ALPHABET = "23456789BCFGHJKMNPQRSTVXZ"
BODY_LENGTH = 15
GROUP = 4
_BASE = len(ALPHABET)
_VALUE = {char: index for index, char in enumerate(ALPHABET)}
_WEIGHTS = tuple(1 + index % 3 for index in range(BODY_LENGTH + 1))

# Opaque ids (``dx-7k3q9x2m``): lower case, no vowels (an id never spells a word or a name) and no
# look-alikes, so an id read aloud or copied by hand survives.
ID_ALPHABET = "23456789bcdfghjkmnpqrstvxz"
ID_LENGTH = 8

# Characters that people (and word processors) put between groups: every Unicode dash, the minus
# sign, the soft hyphen, and invisible joiners pasted from chat apps.
_SEPARATORS = frozenset("\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")
# The written form the schema asks for: such a code is already normalised.
_CANONICAL = re.compile(rf"[{ALPHABET}]{{{GROUP}}}(-[{ALPHABET}]{{{GROUP}}}){{3}}")


def _random_text(rng: random.Random | None, alphabet: str, length: int) -> str:
    if rng is None:
        return "".join(secrets.choice(alphabet) for _ in range(length))
    return "".join(rng.choices(alphabet, k=length))


def check_char(body15: str) -> str:
    """The check character for the 15 code characters ``body15`` (no dashes, upper case)."""
    if len(body15) != BODY_LENGTH or any(char not in _VALUE for char in body15):
        raise ValueError(f"cần đúng {BODY_LENGTH} ký tự trong bảng chữ của mã tra cứu")
    total = sum(weight * _VALUE[char] for weight, char in zip(_WEIGHTS, body15, strict=False))
    # The check character's own weight is 1 (position 16 → 1 + 15 % 3), so it is minus the sum.
    return ALPHABET[-total % _BASE]


def _group(compact: str) -> str:
    return "-".join(compact[start : start + GROUP] for start in range(0, len(compact), GROUP))


def generate(rng: random.Random | None = None) -> str:
    """A new lookup code; from ``secrets`` unless a seeded ``rng`` is given (demo data, tests)."""
    body = _random_text(rng, ALPHABET, BODY_LENGTH)
    return _group(body + check_char(body))


def normalize(text: str) -> str:
    """The code as a person meant it: upper case, grouped ``XXXX-XXXX-XXXX-XXXX``.

    Spaces, any kind of dash and stray accents (a Telex keyboard left on) are dropped; ``Đ`` and
    ``đ`` become ``D``, which is not in the alphabet, so such a code stays invalid rather than
    being silently "corrected" into another family's code.
    """
    if _CANONICAL.fullmatch(text):
        return text  # already as the schema writes it: every record of a province, many times
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) or char.isspace():
            continue
        if char in _SEPARATORS or char in _INVISIBLE or unicodedata.category(char) == "Pd":
            continue
        kept.append(char)
    compact = "".join(kept).replace("đ", "D").replace("Đ", "D").upper()
    return _group(compact)


def is_valid(code: str) -> bool:
    """True when ``code`` (after :func:`normalize`) has the form and the right check character."""
    compact = normalize(code).replace("-", "")
    if len(compact) != BODY_LENGTH + 1 or any(char not in _VALUE for char in compact):
        return False
    return check_char(compact[:BODY_LENGTH]) == compact[-1]


def opaque_id(prefix: str, rng: random.Random | None = None) -> str:
    """A record id that carries no personal data: ``prefix`` + ``-`` + 8 random characters.

    ``opaque_id("dx")`` → ``dx-7k3q9x2m``. 26^8 ≈ 2·10^11 values, so two people adding records in
    two pull requests at the same time do not collide.
    """
    stem = prefix.rstrip("-")
    return f"{stem}-" + _random_text(rng, ID_ALPHABET, ID_LENGTH)
