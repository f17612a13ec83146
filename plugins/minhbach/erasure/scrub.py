"""A child's values out of any text, file, zip or commit message; and what is left of them.

``Scrubber`` is what the history rewrite calls for every blob and message (``scrub_blob``,
``scrub_text``) and what the verification calls for every object (``leaks``). A record that
holds a value as its own field (a sibling's guardian) keeps it, in both.
"""

from __future__ import annotations

from collections.abc import Collection

from minhbach.erasure.redact import find_spans, is_zip, replace_spans, rewrite_zip, texts_of
from minhbach.erasure.values import Value, held_as_own, matcher_of
from minhbach.guard.decode import decode
from minhbach.records import yaml_strict
from minhbach.records.store import ANY_SHAPE
from minhbach.text.fold import fold_letters


class Scrubber:
    """Search and replace for a fixed list of values (one erasure)."""

    def __init__(self, values: list[Value], forgotten: Collection[str] = ()) -> None:
        self.values = values
        self.forgotten = frozenset(forgotten)
        self._matcher = matcher_of(values)

    def scrub_text(self, text: str) -> str | None:
        """``text`` with every value replaced by ``redact.MARK``; None when nothing changes."""
        hits = set(self._matcher.find(fold_letters(text)))
        if not hits:
            return None
        hits -= held_as_own(_record_data(text.encode("utf-8")), self.values, hits, self.forgotten)
        if not hits:
            return None
        spans = find_spans(text, self.values, hits)
        return replace_spans(text, spans) if spans else None

    def scrub_blob(self, data: bytes) -> bytes | None:
        """A file's new bytes (text, or a zip's text members), or None when nothing changes."""
        if is_zip(data):
            return rewrite_zip(data, self.scrub_text)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return None  # binary: the verification reads it and says so if a value is inside
        new = self.scrub_text(text)
        return None if new is None else new.encode("utf-8")

    def leaks(self, data: bytes) -> set[int]:
        """The values still in ``data`` in any spelling the leak guard knows (HTML entities,
        JSON escapes and percent-encoding included), except those a record holds as its own."""
        hits: set[int] = set()
        for text in texts_of(data):
            hits.update(self._matcher.find(fold_letters(decode(text))))
        if hits:
            hits -= held_as_own(_record_data(data), self.values, hits, self.forgotten)
        return hits


def _record_data(data: bytes) -> object:
    """The blob read as a record file (values as written), or None when it is not one."""
    if not data.lstrip()[:1].isalpha():
        return None
    return yaml_strict.load(data, ANY_SHAPE).data
