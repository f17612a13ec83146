"""Every word a reader can get out of a PDF: what the guard searches and the site checks.

A PDF keeps its text in compressed streams, so a byte search finds nothing; pypdf extracts it.
"Every word" is more than the pages as they show:
- the document information (title, author, subject, keywords) and the XMP metadata;
- annotations (sticky notes, comments), form field values and bookmark titles;
- every earlier revision: an editor that "deletes" a list of names and saves incrementally
  appends the new version and leaves the old one in the file. The bytes up to each ``%%EOF`` are
  that revision, and each is read like the whole file. (The first part of a linearised file also
  ends in ``%%EOF`` but is no whole document: a part that cannot be read alone is no revision.)

Not read: files embedded in the PDF, and pictures (a scanned page has no text at all). The site
refuses a PDF with embedded files or a page without text, and warns about pages with pictures.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

MAX_REVISIONS = 50  # each revision is read in full: a file saved a thousand times is refused
_MAX_FORM_DEPTH = 5
_HEADER = b"%PDF-"
_EOF = b"%%EOF"


class PdfError(ValueError):
    """A PDF that cannot be read (damaged, or locked by a password)."""


@dataclass(frozen=True)
class PdfText:
    """What a reader of the PDF can see or extract, page by page and elsewhere."""

    pages: tuple[str, ...]  # the text of each page of the last revision
    pages_with_pictures: tuple[int, ...]  # page numbers, from 1
    embedded_files: int
    elsewhere: tuple[str, ...]  # metadata, notes, fields, bookmarks, earlier revisions

    def everything(self) -> str:
        """All the text, one part per line: what the leak guard searches."""
        return "\n".join((*self.pages, *self.elsewhere))

    def pages_without_text(self) -> list[int]:
        """Page numbers (from 1) with no letter or digit: scanned pages, or blank ones."""
        return [n for n, text in enumerate(self.pages, 1) if not any(c.isalnum() for c in text)]


def looks_like_pdf(data: bytes, name: str = "") -> bool:
    """A PDF by its first bytes, or a file named .pdf whose header is where readers look for it."""
    return data.startswith(_HEADER) or (name.lower().endswith(".pdf") and _HEADER in data[:1024])


def read_pdf(data: bytes) -> PdfText:
    """The text of ``data`` and of its earlier revisions; raises PdfError when it cannot be read."""
    with _quiet():
        last = _read(data)
        earlier: list[str] = []
        ends = _revision_ends(data)
        if len(ends) > MAX_REVISIONS:
            raise PdfError(f"{len(ends)} revisions, more than {MAX_REVISIONS}")
        for end in ends[:-1]:
            try:
                revision = _read(data[:end])
            except PdfError:
                continue  # the first part of a linearised file, or "%%EOF" inside a stream
            earlier.append(revision.everything())
    return PdfText(
        pages=last.pages,
        pages_with_pictures=last.pages_with_pictures,
        embedded_files=last.embedded_files,
        elsewhere=(*last.elsewhere, *earlier),
    )


def _revision_ends(data: bytes) -> list[int]:
    ends = []
    start = data.find(_EOF)
    while start >= 0:
        ends.append(start + len(_EOF))
        start = data.find(_EOF, start + 1)
    return ends


def _read(data: bytes) -> PdfText:
    # pypdf raises many kinds of errors on a damaged file (its own, KeyError, TypeError,
    # RecursionError...): any of them means the file cannot be vouched for, which refuses it.
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfError("locked by a password")
        pages, pictures, notes = [], [], []
        attached = sum(1 for _ in reader.attachment_list)
        for number, page in enumerate(reader.pages, 1):
            pages.append(page.extract_text() or "")
            if _has_pictures(page.get("/Resources"), 0):
                pictures.append(number)
            for annotation in page.get("/Annots") or ():
                annotation = annotation.get_object()
                attached += annotation.get("/Subtype") == "/FileAttachment"
                notes += [
                    str(annotation[key])
                    for key in ("/Contents", "/T", "/Subj", "/RC")
                    if key in annotation
                ]
        elsewhere = [*notes, *_metadata(reader), *_fields(reader), *_outline(reader.outline)]
    except PdfError:
        raise
    except Exception as exc:
        raise PdfError(f"{type(exc).__name__}: {exc}") from exc
    return PdfText(tuple(pages), tuple(pictures), attached, tuple(elsewhere))


def _has_pictures(resources: object, depth: int) -> bool:
    """Whether a page's resources draw an image, directly or inside a form (nested drawing)."""
    if depth > _MAX_FORM_DEPTH or resources is None:
        return False
    resources = resources.get_object()
    xobjects = resources.get("/XObject") if isinstance(resources, DictionaryObject) else None
    for xobject in (xobjects.get_object() if xobjects is not None else {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Image":
            return True
        if xobject.get("/Subtype") == "/Form" and _has_pictures(
            xobject.get("/Resources"), depth + 1
        ):
            return True
    return False


def _metadata(reader: PdfReader) -> list[str]:
    found = [str(value) for value in (reader.metadata or {}).values()]
    xmp = reader.trailer["/Root"].get_object().get("/Metadata")
    if xmp is not None:
        found.append(xmp.get_object().get_data().decode("utf-8", "replace"))
    return found


def _fields(reader: PdfReader) -> list[str]:
    fields = reader.get_fields() or {}
    return [str(field["/V"]) for field in fields.values() if field.get("/V") is not None]


def _outline(items: list) -> Iterator[str]:
    for item in items:
        if isinstance(item, list):
            yield from _outline(item)
        else:
            yield str(item.title or "")


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf logs every oddity it works around; staff cannot act on them, so they are not shown."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
