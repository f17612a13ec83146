"""Finding a child's values in a text, file or zip, and replacing every occurrence.

The leak guard tells *whether* a folded text holds a value; erasing needs *where*, in the text
as written. Each character is folded on its own with the guard's ``fold_letters`` (for Vietnamese,
folding a character alone gives what folding the whole text gives: the marks go, đ becomes d),
so every folded position points back to the character it came from. A match is then replaced
from its first letter to its last, trailing combining marks included, by ``MARK``.

``MARK`` is plain text that YAML reads as a string anywhere in a plain scalar (a ``[`` would
start a list), and that no value can fold to.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from minhbach.erasure.values import Value
from minhbach.guard.decode import bytes_to_text
from minhbach.text.fold import TOKEN, fold_letters

MARK = "(đã xoá)"
_ZIP = b"PK\x03\x04"
_XML_SUFFIXES = (".xml", ".rels", ".vml", ".txt", ".csv", ".json", ".html", ".htm")
_PHONE_MAX_DIGITS = 12
_PHONE_GAP = 3  # separators the guard allows between digit groups of a phone


@dataclass(frozen=True)
class _Word:
    text: str
    start: int  # in the original text
    end: int


def words_of(text: str) -> list[_Word]:
    """The folded words of ``text``, each with its place in ``text`` as written."""
    owner: list[int] = []
    pieces: list[str] = []
    for position, char in enumerate(text):
        piece = fold_letters(char)
        pieces.append(piece)
        owner.extend([position] * len(piece))
    folded = "".join(pieces)
    words = []
    for match in TOKEN.finditer(folded):
        start = owner[match.start()]
        end = owner[match.end() - 1] + 1
        while end < len(text) and not pieces[end]:  # trailing marks of the last letter
            end += 1
        words.append(_Word(match.group(0), start, end))
    return words


def find_spans(text: str, values: list[Value], indexes: Iterable[int]) -> list[tuple[int, int]]:
    """Every (start, end) in ``text`` where one of ``values[i]`` for ``i`` in ``indexes`` is written."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    phones: set[str] = set()
    for index in indexes:
        value = values[index]
        if value.phone:
            phones.update(("0" + value.phone, "84" + value.phone))
        for spelling in value.spellings:
            by_first.setdefault(spelling[0], []).append(spelling)
    words = words_of(text)
    spans = []
    texts = [w.text for w in words]
    for position, word in enumerate(words):
        for spelling in by_first.get(word.text, ()):
            end = position + len(spelling)
            if tuple(texts[position:end]) == spelling:
                spans.append((word.start, words[end - 1].end))
        if phones and word.text.isdigit():
            spans.extend(_phone_spans(text, words, position, phones))
    return _merge(spans)


def _phone_spans(text: str, words: list[_Word], start: int, phones: set[str]):
    digits = ""
    for position in range(start, len(words)):
        word = words[position]
        if not word.text.isdigit():
            return
        if position > start and word.start - words[position - 1].end > _PHONE_GAP:
            return
        digits += word.text
        if len(digits) > _PHONE_MAX_DIGITS:
            return
        if digits in phones:
            yield (words[start].start, word.end)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def replace_spans(text: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], MARK]
        last = end
    out.append(text[last:])
    return "".join(out)


def is_zip(data: bytes) -> bool:
    return data[:4] == _ZIP


def texts_of(data: bytes) -> list[str]:
    """The texts a file holds: the text members of a zip (.docx, .xlsx), or the file read as text."""
    if is_zip(data):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return [
                    bytes_to_text(archive.read(info))
                    for info in archive.infolist()
                    if info.filename.lower().endswith(_XML_SUFFIXES)
                ]
        except (zipfile.BadZipFile, OSError, ValueError):
            pass
    return [bytes_to_text(data)]


def rewrite_zip(data: bytes, change: Callable[[str], str | None]) -> bytes | None:
    """The zip with ``change`` applied to each UTF-8 text member; None when nothing changed."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    out = io.BytesIO()
    changed = False
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = source.read(info)
            if info.filename.lower().endswith(_XML_SUFFIXES):
                try:
                    new = change(member.decode("utf-8"))
                except UnicodeDecodeError:
                    new = None
                if new is not None:
                    member, changed = new.encode("utf-8"), True
            target.writestr(info, member)
    return out.getvalue() if changed else None
