"""Decoding: every encoding a page, a search index or a data file may wrap a value in.

Before folding (``minhbach.text.fold``), a file's text is decoded from HTML entities, JSON and
JavaScript escapes and URL percent-encoding. The decoders leave plain letters and digits alone,
so one decoded text stands for all of them.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import unquote

# A tag's name is markup, not text: "<b>Nguyễn</b> <i>Văn</i>" reads "Nguyễn Văn" in a browser.
# Attribute values stay (alt, title, href slugs), and so do comments.
_TAG_NAME = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*")

_JSON_ESCAPE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"  # a surrogate pair
    r"|\\u[0-9a-fA-F]{4}|\\[\\/\"bfnrt]"
)
_JS_HEX_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})")
_MAX_DECODE_ROUNDS = 4


def decode(text: str) -> str:
    """Undo HTML entities, JSON/JS escapes and percent-encoding, nested in any order.

    Tag names go too (after entities, so that an escaped ``&lt;b&gt;`` in a feed goes as well).
    """
    for _ in range(_MAX_DECODE_ROUNDS):
        decoded = _decode_once(text)
        if decoded == text:
            break
        text = decoded
    return _TAG_NAME.sub(" ", text) if "<" in text else text


def _decode_once(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
    if "\\" in text:
        text = _json_document(text) or _JSON_ESCAPE.sub(_json_unescape, text)
        text = _JS_HEX_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    if "%" in text:
        text = unquote(text, errors="replace")
    return text


def _json_document(text: str) -> str | None:
    """A whole JSON file (data downloads, search fragments) unescaped at C speed, or None."""
    start = min((i for i in (text.find("{", 0, 64), text.find("[", 0, 64)) if i >= 0), default=-1)
    if start < 0:
        return None
    try:
        return text[:start] + json.dumps(json.loads(text[start:]), ensure_ascii=False)
    except (ValueError, RecursionError):
        return None


def _json_unescape(match: re.Match[str]) -> str:
    try:
        return json.loads(f'"{match.group(0)}"')
    except ValueError:  # a lone surrogate: keep it as written
        return match.group(0)


def bytes_to_text(data: bytes) -> str:
    """Any file's bytes as text: UTF-16 when it says so, else UTF-8 with odd bytes replaced.

    Binary files (images, fonts, WebAssembly) are read the same way: a name in an image's
    metadata is plain text inside the bytes.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8", errors="replace")
