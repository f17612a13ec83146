"""A guarded fast path for the plain YAML that people and our tools actually write.

Most record files are simple: block mappings and sequences, one-line plain or simply quoted
scalars, short flow lists (``[mo-coi-cha, ho-ngheo]``). This parser reads exactly that subset,
line by line, several times faster than building values from libyaml's nodes. It *vouches* only
for what it fully understands: anything else — anchors, tags, block scalars, multi-line values,
trailing comments, escapes, tabs, invisible characters, duplicate keys, a value the schema typing
rejects — makes it return None, and the strict loader (``yaml_strict``) reads the file and
explains. A test on a corpus of broken and valid records checks that whenever this path answers,
it answers exactly what the strict path answers (same values, same locations).
"""

from __future__ import annotations

import re
from sys import intern

from minhbach.records.yaml_strict import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    Path,
    ScalarRejected,
    Typer,
    Where,
)

_BOM = b"\xef\xbb\xbf"
# One match per line: indent, an optional "- " item marker, an optional "key:" and the rest.
_LINE = re.compile(r"^( *)(- +|-(?=$))?(?:([A-Za-z_]\w*):( +|$))?(.*)$", re.MULTILINE | re.ASCII)
_PLAIN_START_FORBIDDEN = frozenset("&*!|>%@`#{}[]'\",?:-")
# libyaml refuses a key whose ":" comes more than 1,024 characters after its start (a "simple
# key" must be short); such a file is the strict loader's to report.
_MAX_KEY = 1024
_FLOW_ITEM = re.compile(r"[^\s'\"\[\]{},#&*!|>%@`:?-][^'\"\[\]{},#:]*\Z")


class _Unsure(Exception):
    """The fast path cannot vouch for this file: use the strict loader."""


def load_fast(
    data: bytes, typer: Typer, *, locations: bool = True
) -> tuple[dict, dict[Path, Where] | None] | None:
    """Parse ``data`` if it is in the simple subset; None means "use the strict loader".

    ``locations=False`` skips recording where each value is written (the returned places are
    None): a whole folder is read without them, and a message re-reads the one file it needs.
    """
    tokens = _tokens(data)
    if tokens is None:
        return None
    parser = _Parser(tokens, locations)
    try:
        value, end = parser.mapping(0, 0, typer, ())
    except (_Unsure, ScalarRejected, IndexError):
        return None
    if end != len(tokens):
        return None
    return value, parser.locations


def place_of_keys(data: bytes, keys: tuple[str, ...]) -> Where | None:
    """Where the field at ``keys`` is written, or its nearest written ancestor, without parsing
    the rest: for a file the fast path has read (so its subset holds), a message's place in a
    tenth of the time. None when the path goes through a list (the caller parses the file).

    Gives what ``load_fast(data, …)[1]`` would give for ``keys`` and its ancestors (a test
    compares them on every field of a corpus).
    """
    tokens = _tokens(data)
    if tokens is None:
        return None
    place: Where = (1, 1)
    start, end, indent = 0, len(tokens), 0
    for key in keys:
        found = None
        for index in range(start, end):
            _, own_indent, dash, own_key, _, _ = tokens[index]
            if own_indent < indent:
                break
            if own_indent == indent and not dash and own_key == key:
                found = index
                break
        if found is None:
            return place
        place = (tokens[found][0], indent + 1)
        following = found + 1
        if tokens[found][5] or following >= end or tokens[following][1] <= indent:
            return place  # a value on the key's line, or none: nothing deeper is written
        if tokens[following][2]:
            return None  # a list inside: the full parse knows its items
        indent = tokens[following][1]
        start, block_end = following, following
        while block_end < end and tokens[block_end][1] >= indent:
            block_end += 1
        end = block_end
    return place


def _tokens(data: bytes) -> list[tuple[int, int, str, str, str, str]] | None:
    """The lines of a file as (number, indent, dash, key, space, rest), or None when the file
    is not in the subset at the level of lines (encoding, characters, line shape)."""
    if len(data) > MAX_FILE_BYTES:
        return None
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    # Tabs, CR, control and invisible characters (and NBSP) are the strict loader's to judge.
    if not text.replace("\n", " ").isprintable():
        return None
    lines = _LINE.findall(text)
    if len(lines) != text.count("\n") + 1:
        return None
    tokens = [
        (number, len(indent), dash, key, space, rest)
        for number, (indent, dash, key, space, rest) in enumerate(lines, start=1)
        if dash or key or (rest and rest[0] != "#")
    ]
    if not tokens or tokens[0][1] != 0 or tokens[0][2] or not tokens[0][3]:
        return None
    return tokens


class _Parser:
    """Recursive descent over line tokens (number, indent, dash, key, space, rest)."""

    def __init__(self, tokens: list[tuple[int, int, str, str, str, str]], track: bool) -> None:
        self.tokens = tokens
        self.track = track
        self.locations: dict[Path, Where] | None = {(): (1, 1)} if track else None
        self.depth = 0  # collections open around the one being read

    def _enter(self) -> None:
        """One level deeper; past the limit the strict loader reports the file (no recursion)."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Unsure

    def mapping(self, i: int, indent: int, typer: Typer, path: Path) -> tuple[dict, int]:
        """Entries at ``indent``; the first may sit on a sequence item's line (``- key: v``)."""
        self._enter()
        result: dict[str, object] = {}
        tokens = self.tokens
        locations = self.locations
        track = self.track
        fields = typer.fields
        count = len(tokens)
        first = True
        while i < count:
            number, own_indent, dash, key, space, rest = tokens[i]
            if first and dash:
                column = own_indent + len(dash)
            elif own_indent == indent and not dash:
                column = own_indent
            else:
                break
            if column != indent:
                raise _Unsure
            first = False
            if not key or key in result or len(key) > _MAX_KEY:
                raise _Unsure
            named = fields.get(key)
            if named is None:
                key = intern(key)  # 300,000 records share a few dozen field names: one copy
                child = typer.child(key)
            else:
                key, child = named
            if track:
                here = path + (key,)
                locations[here] = (number, column + 1)
            else:
                here = path
            i += 1
            if rest:
                result[key] = self.scalar(
                    rest, child, here, number, column + len(key) + 2 + len(space)
                )
            elif i < count and tokens[i][1] > indent:
                result[key], i = self.block(i, child, here)
            elif i < count and tokens[i][1] == indent and tokens[i][2]:
                result[key], i = self.sequence(i, indent, child, here)
            else:
                result[key] = child.scalar("", True)
        if i < count and tokens[i][1] > indent:
            raise _Unsure
        self.depth -= 1
        return result, i

    def block(self, i: int, typer: Typer, path: Path) -> tuple[object, int]:
        indent = self.tokens[i][1]
        if self.tokens[i][2]:
            return self.sequence(i, indent, typer, path)
        return self.mapping(i, indent, typer, path)

    def sequence(self, i: int, indent: int, typer: Typer, path: Path) -> tuple[list, int]:
        self._enter()
        items: list[object] = []
        tokens = self.tokens
        count = len(tokens)
        item_typer = typer.item()
        locations = self.locations if self.track else {}  # a scratch dict when not tracking
        while i < count and tokens[i][1] == indent and tokens[i][2]:
            number, _, dash, key, _, rest = tokens[i]
            here = path + (len(items),) if self.track else path
            column = indent + len(dash)
            if key:
                locations[here] = (number, column + 1)
                value, i = self.mapping(i, column, item_typer, here)
            elif rest:
                if rest[0] == "-":
                    raise _Unsure  # a list directly inside a list item: rare, strict path
                locations[here] = (number, column + 1)
                value = self.scalar(rest, item_typer, here, number, column + 1)
                i += 1
            else:
                i += 1
                if i < count and tokens[i][1] > indent:
                    locations[here] = (tokens[i][0], tokens[i][1] + 1)
                    value, i = self.block(i, item_typer, here)
                else:  # libyaml places an empty item just after its dash
                    locations[here] = (number, indent + 2)
                    value = item_typer.scalar("", True)
            items.append(value)
        self.depth -= 1
        return items, i

    def scalar(self, text: str, typer: Typer, path: Path, line: int, column: int) -> object:
        if text[-1] == " ":  # trailing spaces are not part of a plain value
            text = text.rstrip(" ")
        first = text[0]
        if first == '"':
            inner = text[1:-1]
            if len(text) < 2 or text[-1] != '"' or '"' in inner or "\\" in inner:
                raise _Unsure
            return typer.scalar(inner, False)
        if first == "'":
            inner = text[1:-1]
            if len(text) < 2 or text[-1] != "'" or "'" in inner.replace("''", ""):
                raise _Unsure
            return typer.scalar(inner.replace("''", "'"), False)
        if first == "[":
            return self.flow_list(text, typer, path, line, column)
        if first in _PLAIN_START_FORBIDDEN or ": " in text or " #" in text or text[-1] == ":":
            raise _Unsure
        return typer.scalar(text, True)

    def flow_list(self, text: str, typer: Typer, path: Path, line: int, column: int) -> list:
        """``[a, b]``; ``column`` is the 1-based column of ``[``."""
        if text[-1] != "]":
            raise _Unsure
        inner = text[1:-1]
        if not inner.strip():
            return []
        item_typer = typer.item()
        values: list[object] = []
        offset = 1
        for part in inner.split(","):
            item = part.strip()
            if not _FLOW_ITEM.match(item):
                raise _Unsure
            if self.track:
                start = offset + (len(part) - len(part.lstrip()))
                self.locations[path + (len(values),)] = (line, column + start)
            values.append(item_typer.scalar(item, True))
            offset += len(part) + 1
        return values
