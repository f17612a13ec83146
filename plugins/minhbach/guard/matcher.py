"""Finding many private values in a long folded text at once.

The values' token sequences go into a trie keyed by token, so that each token of the text costs
one dictionary look-up however many values there are (10,000 students give some 100,000
spellings). Phone numbers are matched apart, by their digits: every run of digit groups in the
text is joined group by group and looked up, so "0909 123 456", "0909.123.456" and
"+84 909 123 456" are one number.
"""

from __future__ import annotations

import re

from minhbach.text.fold import TOKEN

_END = ""  # the trie's terminal key: no token is empty
# A trie node is a dict (token -> node, and _END -> the values that end there) or, where only
# one way goes on, a tail: a tuple of the tokens still to come (strings), then the values that
# end after them (ints). A plain leaf is a tail with no tokens left: (7,) or (7, 12).
# A province's guard holds over a million values, most of them with words no other value has
# (a lookup code, a house number and street): a dict per remaining word cost some 250 MB.
# Digits with short separators between them, at least 10 in all (0 and 9 national digits, the
# shortest phone the schema accepts): the
# regular expression skips dates and amounts without a Python call for each.
_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9](?:[^a-z0-9]{0,3}[0-9]){9,}")
_DIGIT_GROUP = re.compile(r"[0-9]+")
_PHONE_MAX_DIGITS = 12  # 84 + a 10-digit national number


class Matcher:
    """Token-sequence and phone-digit search for a fixed set of values (given by index)."""

    def __init__(self) -> None:
        self._root: dict = {}
        self._phones: dict[str, list[int]] = {}
        self._money: set[int] = set()
        self._ignored: set[int] = set()

    def add(self, index: int, spelling: tuple[str, ...], *, money: bool = False) -> None:
        node = self._root
        for position, token in enumerate(spelling):
            rest = spelling[position + 1 :]
            child = node.get(token)
            if child is None:
                node[token] = (*rest, index)
                break
            if isinstance(child, tuple):
                tail, ends = _tail(child)
                if tail == rest:
                    node[token] = (*child, index)
                    break
                # Two ways go on from here now: the tail moves one word down into a dict.
                child = node[token] = {tail[0]: tail[1:] + ends} if tail else {_END: ends}
            if not rest:
                child[_END] = (*child.get(_END, ()), index)
                break
            node = child
        if money:
            self._money.add(index)

    def add_phone(self, index: int, national_digits: str) -> None:
        for written in ("0" + national_digits, "84" + national_digits):
            self._phones.setdefault(written, []).append(index)

    def ignore(self, indexes: set[int]) -> None:
        """Stop reporting these values (cheaper than building the trie again)."""
        self._ignored |= indexes

    def find(self, folded: str) -> dict[int, int]:
        """The values in ``folded`` (a text from ``fold``), each with its first offset in it."""
        return self.find_beside(folded, None)[0]

    def find_beside(
        self, folded: str, public: Matcher | None
    ) -> tuple[dict[int, int], dict[int, int]]:
        """Like ``find``, but a match that overlaps the words of a public value is set apart.

        With a province's hundred thousand guardians, some name is bound to equal a donor's or a
        school's public name plus the page's next word ("…Trường Đức" + "Minh Bạch" is
        "Trương Đức Minh"). Such a match shares words with a public name printed right there:
        it is returned in the second dict (a warning), not the first (an error).
        """
        hits: dict[int, int] = {}
        words = TOKEN.findall(folded)
        crossing = public.crossing(words) if public is not None else None
        first, beside = self._find_tokens(words, crossing)
        if beside:
            offsets = _token_offsets(folded, max(beside.values()))
            beside = {
                index: offsets[position] for index, position in beside.items() if index not in first
            }
        for index in self._ignored.intersection(beside):
            del beside[index]
        if first:
            offsets = _token_offsets(folded, max(first.values()))
            hits.update({index: offsets[position] for index, position in first.items()})
        if self._phones:
            for index, offset in self._find_phones(folded).items():
                hits[index] = min(offset, hits.get(index, offset))
        for index in self._ignored.intersection(hits):
            del hits[index]
        return hits, beside

    def crossing(self, words: list[str]) -> bytearray:
        """1 at each word boundary that falls strictly inside an occurrence of one of the values.

        Boundary ``p`` is the place before word ``p``; a match of another value that starts or
        ends at such a boundary shares words with this occurrence without containing it.
        """
        marks = bytearray(len(words) + 1)
        root_get = self._root.get
        count = len(words)
        for position, word in enumerate(words):
            node = root_get(word)
            end = position + 1
            while node is not None:
                if isinstance(node, tuple):
                    end = _tail_end(node, words, end)
                    if end is not None and end - position > 1:
                        marks[position + 1 : end] = b"\x01" * (end - position - 1)
                    break
                if node.get(_END) and end - position > 1:
                    marks[position + 1 : end] = b"\x01" * (end - position - 1)
                if end >= count:
                    break
                node = node.get(words[end])
                end += 1
        return marks

    def _find_tokens(
        self, words: list[str], crossing: bytearray | None = None
    ) -> tuple[dict[int, int], dict[int, int]]:
        found: dict[int, int] = {}
        beside: dict[int, int] = {}
        root_get = self._root.get
        count = len(words)
        for position, word in enumerate(words):
            node = root_get(word)
            if node is None:
                continue
            end = position + 1
            while True:
                if isinstance(node, tuple):
                    if isinstance(node[0], int):
                        ends = node  # a plain leaf: the values end here
                    else:
                        end = _tail_end(node, words, end)
                        if end is None:
                            break
                        ends = _tail(node)[1]
                else:
                    ends = node.get(_END)
                if ends:
                    for index in ends:
                        if index not in found and self._whole(index, words, position, end):
                            if crossing is not None and (crossing[position] or crossing[end]):
                                beside.setdefault(index, position)
                            else:
                                found[index] = position
                if isinstance(node, tuple) or end >= count:
                    break
                node = node.get(words[end])
                if node is None:
                    break
                end += 1
        return found, beside

    def _whole(self, index: int, words: list[str], start: int, end: int) -> bool:
        """An amount matches only as a whole number: 3.000.000 is not inside 3.000.000.000."""
        if index not in self._money:
            return True
        before = words[start - 1] if start > 0 else ""
        after = words[end] if end < len(words) else ""
        return not (_is_group(after) or (before.isdigit() and _is_group(words[start])))

    def _find_phones(self, folded: str) -> dict[int, int]:
        found: dict[int, int] = {}
        phones = self._phones
        for run in _DIGIT_RUN.finditer(folded):
            groups = list(_DIGIT_GROUP.finditer(run.group(0)))
            for start, group in enumerate(groups):
                digits = ""
                for following in groups[start:]:
                    digits += following.group(0)
                    if len(digits) > _PHONE_MAX_DIGITS:
                        break
                    for index in phones.get(digits, ()):
                        found.setdefault(index, run.start() + group.start())
        return found


def _tail(node: tuple) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """A tail's tokens still to come, and the values that end after them."""
    for position, item in enumerate(node):
        if isinstance(item, int):
            return node[:position], node[position:]
    raise AssertionError("a trie tail without values")


def _tail_end(node: tuple, words: list[str], end: int) -> int | None:
    """Where the tail ``node`` ends when the words from ``end`` on follow it; else None."""
    for item in node:
        if isinstance(item, int):
            return end
        if end >= len(words) or words[end] != item:
            return None
        end += 1
    raise AssertionError("a trie tail without values")


def _is_group(word: str) -> bool:
    return len(word) == 3 and word.isdigit()


def _token_offsets(folded: str, last: int) -> list[int]:
    offsets: list[int] = []
    for number, match in enumerate(TOKEN.finditer(folded)):
        offsets.append(match.start())
        if number >= last:
            break
    return offsets
