"""Invented people for the demo: names, phones, addresses, without accidental look-alikes.

A private name (a student, a guardian) that happened to appear inside a public text (a donor
shown by name, "Nhóm Thiện nguyện Tân Nguyên" holds "Nguyễn Tấn Nguyên" once folded; a school's
namesake; a street) would trip the leak guard on the demo's own site, and two students with the
same name and birth date would be a duplicate; ``People`` keeps a register of folded names and
of the word runs of public texts so that neither happens, whatever the seed. Folded by the
guard's own rule (``minhbach.text.fold``), so "does not trip the guard" is checked, not hoped.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from minhbach.demo import _pools
from minhbach.text.fold import fold

_FAMILIES = [name for name, _ in _pools.FAMILY_NAMES]
_FAMILY_WEIGHTS = [weight for _, weight in _pools.FAMILY_NAMES]


def _word_runs(folded: str) -> set[str]:
    """Every run of two to six consecutive words: where a private name could hide in a text."""
    words = folded.split()
    return {" ".join(words[i : i + n]) for n in range(2, 7) for i in range(len(words) - n + 1)}


class People:
    """Makes names and contact details; remembers which names are public and which are taken."""

    def __init__(self, rng: random.Random, public_texts: Iterable[str] = ()) -> None:
        self.rng = rng
        self._public: set[str] = set()  # word runs of every public text
        self._private: set[str] = set()  # folded private names
        for text in public_texts:
            self._public |= _word_runs(fold(text))
        self._phones: set[str] = set()
        self._student_keys: set[tuple[str, str]] = set()

    def _compose(self, gender: str, family: str | None) -> str:
        rng = self.rng
        family = family or rng.choices(_FAMILIES, _FAMILY_WEIGHTS)[0]
        middle = rng.choice(_pools.MIDDLE_NAMES[gender])
        if rng.random() < 0.15:  # four-word names ("Nguyễn Ngọc Bảo Trâm") are common too
            second = rng.choice(_pools.MIDDLE_NAMES[gender])
            if second != middle:
                middle = f"{middle} {second}"
        given = rng.choice(_pools.GIVEN_NAMES[gender])
        while given in middle.split():  # no "Phương Phương"
            given = rng.choice(_pools.GIVEN_NAMES[gender])
        return f"{family} {middle} {given}"

    def claim_public_text(self, text: str) -> bool:
        """Register a text that will be shown; False (and nothing kept) if a private name is in it."""
        runs = _word_runs(fold(text))
        if not runs.isdisjoint(self._private):
            return False
        self._public |= runs
        return True

    def public_person(self, gender: str) -> str:
        """A name that will be shown (a donor named on the site): never reused for anyone private."""
        while True:
            name = self._compose(gender, None)
            if fold(name) not in self._public and self.claim_public_text(name):
                return name

    def private_person(self, gender: str, family: str | None = None) -> str:
        """A private name (guardian, contact person): never equal to a public one."""
        while True:
            name = self._compose(gender, family)
            key = fold(name)
            if key not in self._public:
                self._private.add(key)
                return name

    def student(self, gender: str, birth_date: str) -> str:
        """A student's name, unique with the birth date even without diacritics."""
        while True:
            name = self._compose(gender, None)
            key = fold(name)
            if key not in self._public and (key, birth_date) not in self._student_keys:
                self._student_keys.add((key, birth_date))
                self._private.add(key)
                return name

    def mobile(self) -> str:
        """A mobile number ``09xxxxxxxx``, different from every other in the demo."""
        while True:
            phone = "09" + "".join(self.rng.choices("0123456789", k=8))
            if phone not in self._phones:
                self._phones.add(phone)
                return phone

    def home_address(self, commune_label: str) -> str:
        """``Số 45/3, ấp 2, xã Hiệp Phước``: always with a ``/`` so it never equals a school's."""
        rng = self.rng
        house = f"Số {rng.randint(1, 250)}/{rng.randint(1, 40)}"
        if commune_label.startswith("thị trấn"):
            return f"{house}, khu phố {rng.randint(1, 7)}, {commune_label}"
        return f"{house}, ấp {rng.randint(1, 5)}, {commune_label}"
