"""Files that leave content/ for the public site: photos cleaned, text PDFs, nothing else.

Pelican copies every file of ``STATIC_PATHS`` (``content/images/``) and every file a page links
to with ``{static}`` or ``{attach}``, wherever it is in content/. Its ``static_generator_finalized``
signal gives that exact list before anything is copied; ``vet_static_files`` goes through it:
- a photo (JPEG, PNG, WebP) is written re-encoded (``images.clean_image``), not copied;
- a PDF is copied as it is only when every page has text that pypdf can extract: the leak guard
  then reads that text (and the metadata, notes and earlier revisions, ``guard.pdf``) like a page.
  Re-writing a PDF to drop its metadata would break a digital signature and can change how it
  prints; the guard reads the metadata instead;
- anything else is an error naming the file: an HTML, SVG or JavaScript file would run on the
  site's own origin, and a spreadsheet or a Word file holds data the guard cannot vouch for
  (only the files Windows writes by itself, ``Thumbs.db`` and ``desktop.ini``, are left out
  silently; Pelican already skips hidden files such as ``.DS_Store``).
A refused file is taken off the list, so even a build that goes on never copies it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from minhbach.findings import Bilingual
from minhbach.guard.pdf import PdfError, read_pdf
from minhbach.site.images import ImageError, clean_image, is_image_name
from minhbach.site.reporting import site_finding

log = logging.getLogger(__name__)

PDF_SUFFIX = ".pdf"
# Files Windows Explorer writes beside photos by itself: left out without a word (staff cannot
# stop Explorer, and Thumbs.db holds thumbnails, of deleted photos too).
SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini"})


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: a message code, its severity and parameters."""

    code: str
    severity: str
    params: dict[str, object]


@dataclass(frozen=True)
class Verdict:
    """What to publish for one file: new bytes (a cleaned photo), the file as it is, or nothing."""

    cleaned: bytes | None = None
    as_it_is: bool = False
    problems: tuple[Problem, ...] = ()


def vet(name: str, data: bytes) -> Verdict:
    """The verdict on a file from content/ named ``name`` (its suffix decides) with bytes ``data``."""
    suffix = Path(name).suffix.lower()
    if name.lower() in SYSTEM_FILES:
        return Verdict()
    if is_image_name(suffix):
        try:
            return Verdict(cleaned=clean_image(data, suffix))
        except ImageError as exc:
            return Verdict(
                problems=(Problem("SITE-IMAGE-REFUSED", "error", {"reason": exc.reason}),)
            )
    if suffix == PDF_SUFFIX:
        return _vet_pdf(data)
    shown = suffix or Bilingual("(không có đuôi)", "(no suffix)")
    return Verdict(problems=(Problem("SITE-FILE-REFUSED", "error", {"suffix": shown}),))


def _vet_pdf(data: bytes) -> Verdict:
    try:
        text = read_pdf(data)
    except PdfError as exc:
        return Verdict(problems=(Problem("SITE-PDF-UNREADABLE", "error", {"reason": str(exc)}),))
    blank = text.pages_without_text()
    errors = []
    if not text.pages or blank:
        errors.append(Problem("SITE-PDF-NO-TEXT", "error", {"pages": _page_list(blank)}))
    if text.embedded_files:
        errors.append(Problem("SITE-PDF-EMBEDDED-FILE", "error", {"count": text.embedded_files}))
    if errors:
        return Verdict(problems=tuple(errors))
    pictures = text.pages_with_pictures
    warnings = (
        (Problem("SITE-PDF-PICTURES", "warning", {"pages": _page_list(pictures)}),)
        if pictures
        else ()
    )
    return Verdict(as_it_is=True, problems=warnings)


def _page_list(numbers: list[int] | tuple[int, ...]) -> Bilingual:
    if not numbers:
        return Bilingual("mọi trang (tệp không có trang nào)", "any page (the file has no pages)")
    shown = ", ".join(map(str, numbers[:10])) + (" …" if len(numbers) > 10 else "")
    return Bilingual(f"trang {shown}", f"page {shown}" if len(numbers) == 1 else f"pages {shown}")


def vet_static_files(generator) -> None:
    """Pelican's ``static_generator_finalized``: vet, clean or refuse each file it would copy."""
    kept = []
    for static in generator.staticfiles:
        source = Path(generator.path, static.source_path)
        verdict = vet(source.name, source.read_bytes() if _worth_reading(source) else b"")
        for problem in verdict.problems:
            level = logging.ERROR if problem.severity == "error" else logging.WARNING
            log.log(
                level,
                "%s: %s",
                source,
                problem.code,
                extra=site_finding(problem.code, str(source), **problem.params),
            )
        if verdict.cleaned is not None:
            target = Path(generator.output_path, static.save_as)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(verdict.cleaned)
        elif verdict.as_it_is:
            kept.append(static)
    generator.staticfiles[:] = kept  # the list Pelican copies from (its context holds the same)


def _worth_reading(source: Path) -> bool:
    """Only images and PDFs are read: a refused video need not be loaded into memory."""
    suffix = source.suffix.lower()
    return is_image_name(suffix) or suffix == PDF_SUFFIX
