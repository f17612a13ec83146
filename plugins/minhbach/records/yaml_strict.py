"""Strict YAML: one document, a mapping at the top, no anchors, aliases or tags, no duplicate keys.

libyaml (PyYAML's C parser) composes the node tree; we build values ourselves so that nothing is
guessed YAML-1.1 style: a ``Typer`` (driven by the record's schema) decides what a plain scalar
means from its text as written. Every value keeps its 1-based line and column in ``locations``,
keyed by the path into the record (``("items", 0, "serial")``).

Problems are returned as ``LoadProblem`` values, never raised, so that one bad file never stops
the others from being read.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from sys import intern
from typing import Protocol

import yaml

try:  # libyaml is required for speed; PyYAML's pure-Python parser is the slow fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml ships in PyYAML's wheels
    from yaml import SafeLoader as _Loader

MAX_FILE_BYTES = 1024 * 1024
# Collections inside collections, the top mapping counted: a real record needs four or five
# (record → items → item → serials). A hostile file nested hundreds deep must fail alone, with
# its own message, and never recurse the loader into a RecursionError (issue 15).
MAX_DEPTH = 64
_BOM = b"\xef\xbb\xbf"
# Characters whose presence in the raw text means anchors, aliases or tags may be used; only
# then do we pay for an event-level scan (values such as "A & B" merely trigger the scan).
_SUSPICIOUS = ("&", "*", "!")

Path = tuple[str | int, ...]
Where = tuple[int, int]


@dataclass(frozen=True)
class LoadProblem:
    """A reason a file cannot be read as a record, at a place in it."""

    code: str
    line: int
    column: int
    field: str | None = None
    params: tuple[tuple[str, object], ...] = ()


class ScalarRejected(Exception):
    """Raised by a Typer when a plain value cannot stand where it is written."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class Typer(Protocol):
    """Decides the Python value of a scalar at a place in the record (see ``shapes``)."""

    # Field name -> (one shared copy of the name, its typer): what ``child`` gives, looked up once.
    fields: Mapping[str, tuple[str, Typer]]

    def child(self, key: str) -> Typer: ...

    def item(self) -> Typer: ...

    def scalar(self, text: str, plain: bool) -> object: ...


@dataclass
class Loaded:
    """A file read as far as it could be: its data (or None) and the problems found."""

    data: dict | None
    locations: dict[Path, Where]
    problems: list[LoadProblem]


def field_name(path: Path) -> str:
    """``("items", 0, "serial")`` → ``items[0].serial``: the dotted form people read."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def load(data: bytes, typer: Typer) -> Loaded:
    """Parse ``data`` (a whole file) into a record mapping, strictly."""
    text, problem = _decode(data)
    if problem is not None:
        return Loaded(None, {}, [problem])
    if any(mark in text for mark in _SUSPICIOUS):
        problem = _scan_events(text)
        if problem is not None:
            return Loaded(None, {}, [problem])
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        return Loaded(None, {}, [_syntax_problem(exc, text)])
    except RecursionError:  # PyYAML's pure-Python composer (no libyaml) recurses per level
        return Loaded(None, {}, [_too_deep((1, 1))])
    if root is None:
        return Loaded(None, {}, [LoadProblem("YAML-EMPTY", 1, 1)])
    if not isinstance(root, yaml.MappingNode):
        found = "một danh sách" if isinstance(root, yaml.SequenceNode) else "một giá trị đơn"
        return Loaded(
            None, {}, [LoadProblem("YAML-NOT-MAPPING", *_where(root), params=(("found", found),))]
        )
    builder = _Builder()
    try:
        value = builder.build(root, typer, ())
    except _TooDeep as deep:
        return Loaded(None, {}, [_too_deep(deep.where)])
    return Loaded(value, builder.locations, builder.problems)


class _TooDeep(Exception):
    def __init__(self, where: Where) -> None:
        super().__init__(where)
        self.where = where


def _too_deep(where: Where) -> LoadProblem:
    return LoadProblem("YAML-TOO-DEEP", *where, params=(("limit", MAX_DEPTH),))


def _decode(data: bytes) -> tuple[str, LoadProblem | None]:
    if len(data) > MAX_FILE_BYTES:
        params = (("size_kb", len(data) // 1024), ("limit_kb", MAX_FILE_BYTES // 1024))
        return "", LoadProblem("FILE-TOO-LARGE", 1, 1, params=params)
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        return "", LoadProblem("FILE-UTF16", 1, 1)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return "", LoadProblem("FILE-NOT-UTF8", line, column, params=(("line_no", line),))


def _scan_events(text: str) -> LoadProblem | None:
    """Reject the first anchor, alias or tag; stops at once, so a billion-laughs file is cheap."""
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                return LoadProblem("YAML-ALIAS", *_where(event), params=(("name", event.anchor),))
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                return LoadProblem("YAML-ANCHOR", *_where(event), params=(("name", anchor),))
            tag = getattr(event, "tag", None)
            if tag is not None and not isinstance(event, yaml.DocumentStartEvent):
                return LoadProblem("YAML-TAG", *_where(event), params=(("tag", _short_tag(tag)),))
    except yaml.YAMLError:
        return None  # the composer reports the syntax error with its own position
    return None


def _short_tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


def _where(node_or_event) -> Where:
    mark = node_or_event.start_mark
    return (mark.line + 1, mark.column + 1)


def _syntax_problem(exc: yaml.YAMLError, text: str) -> LoadProblem:
    if isinstance(exc, yaml.reader.ReaderError):  # a control character libyaml will not read
        position = _first_control_char(text)
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        return LoadProblem(
            "YAML-CHARACTER", line, column, params=(("codepoint", f"U+{ord(text[position]):04X}"),)
        )
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = str(getattr(exc, "problem", "") or exc)
    context = str(getattr(exc, "context", "") or "")
    if "expected a single document" in context:
        return LoadProblem("YAML-MULTIPLE-DOCUMENTS", line, column)
    if "maximum nesting depth" in problem:  # libyaml's own limit (1000 levels)
        return _too_deep((line, column))
    if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
        return LoadProblem("YAML-TAB", line, column)
    return LoadProblem("YAML-SYNTAX", line, column, params=(("problem", _translate(problem)),))


def _first_control_char(text: str) -> int:
    for index, char in enumerate(text):
        if unicodedata.category(char) in ("Cc", "Cs") and char not in "\n\r\t":
            return index
    return 0


_PROBLEMS_VI = {
    "mapping values are not allowed": "có dấu hai chấm ở chỗ không được phép (giá trị có dấu `:` cần đặt trong dấu nháy)",
    "could not find expected ':'": "thiếu dấu hai chấm sau tên trường",
    "found unexpected end of stream": "tệp kết thúc giữa chừng (thiếu dấu nháy đóng?)",
    "did not find expected key": "thụt lề không khớp với các dòng trên",
    "did not find expected '-' indicator": "thụt lề của danh sách không khớp",
    "found character that cannot start any token": "có ký tự không được đứng đầu giá trị (đặt giá trị trong dấu nháy)",
}


def _translate(problem: str) -> str:
    for english, vietnamese in _PROBLEMS_VI.items():
        if english in problem:
            return vietnamese
    return problem


_INVISIBLE_CATEGORIES = {"Cf", "Co", "Cs"}


def _invisible_char(text: str) -> tuple[int, str] | None:
    for index, char in enumerate(text):
        category = unicodedata.category(char)
        if category in _INVISIBLE_CATEGORIES or (category == "Cc" and char not in "\n\t"):
            return index + 1, f"U+{ord(char):04X}"
    return None


class _Builder:
    """Turns a composed node tree into plain values, recording locations and problems."""

    def __init__(self) -> None:
        self.locations: dict[Path, Where] = {(): (1, 1)}
        self.problems: list[LoadProblem] = []
        self._seen: set[int] = set()

    def build(self, node: yaml.Node, typer: Typer, path: Path) -> object:
        # A node met twice is an alias that slipped past the text scan: refuse, never expand.
        if id(node) in self._seen:
            self._problem("YAML-ALIAS", node, path, name="?")
            return None
        self._seen.add(id(node))
        if len(path) >= MAX_DEPTH and isinstance(node, yaml.CollectionNode):
            raise _TooDeep(_where(node))  # ``path`` has one part per enclosing collection
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, typer, path)
        if isinstance(node, yaml.SequenceNode):
            return [
                self._item(child, typer.item(), path + (i,)) for i, child in enumerate(node.value)
            ]
        return self._scalar(node, typer, path)

    def _item(self, node: yaml.Node, typer: Typer, path: Path) -> object:
        self.locations[path] = _where(node)
        return self.build(node, typer, path)

    def _mapping(self, node: yaml.MappingNode, typer: Typer, path: Path) -> dict:
        result: dict[str, object] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.style:
                self._problem("YAML-KEY-NOT-TEXT", key_node, path)
                continue
            key = intern(unicodedata.normalize("NFC", key_node.value))
            where = _where(key_node)
            if key in first_line:
                self.problems.append(
                    LoadProblem(
                        "YAML-DUPLICATE-KEY",
                        *where,
                        field=field_name(path + (key,)),
                        params=(
                            ("key", field_name(path + (key,))),
                            ("first_line", first_line[key]),
                        ),
                    )
                )
                continue
            first_line[key] = where[0]
            invisible = _invisible_char(key_node.value)
            if invisible is not None:
                self._invisible(where, path + (key,), invisible)
            self.locations[path + (key,)] = where
            result[key] = self.build(value_node, typer.child(key), path + (key,))
        return result

    def _scalar(self, node: yaml.ScalarNode, typer: Typer, path: Path) -> object:
        text = node.value
        invisible = _invisible_char(text)
        if invisible is not None:
            self._invisible(_where(node), path, invisible)
        try:
            return typer.scalar(text, not node.style)
        except ScalarRejected as rejected:
            self._problem(rejected.code, node, path, **rejected.params)
            return text

    def _invisible(self, where: Where, path: Path, found: tuple[int, str]) -> None:
        position, codepoint = found
        self.problems.append(
            LoadProblem(
                "TEXT-INVISIBLE-CHAR",
                *where,
                field=field_name(path),
                params=(
                    ("field", field_name(path)),
                    ("codepoint", codepoint),
                    ("position", position),
                ),
            )
        )

    def _problem(self, code: str, node: yaml.Node, path: Path, **params: object) -> None:
        params.setdefault("field", field_name(path))
        self.problems.append(
            LoadProblem(
                code, *_where(node), field=field_name(path) or None, params=tuple(params.items())
            )
        )
