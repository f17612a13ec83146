"""The leak guard's run: private values of the records against every file of output/.

Pure apart from reading output/ (and content/, when given): it returns findings and never
prints. A match is an error unless staff wrote the page (content/) or the value is also public in
another record (a guardian who is also a named donor): then it is a warning naming both
(DESIGN.md, "Decisions: The leak guard"). Except: a child's or guardian's name, phone, address or
code in a page or file staff wrote is an error, ``LEAK-CONTENT-CHILD`` (DESIGN "Files staff
attach"; ``values.IDENTIFYING``). Findings never quote the value.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from minhbach.findings import Bilingual, Finding, finding
from minhbach.guard import files
from minhbach.guard.decode import decode
from minhbach.guard.matcher import Matcher
from minhbach.guard.values import IDENTIFYING, Owner, PrivateValues, collect, vocabulary
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import RecordSet
from minhbach.records.types import BY_NAME
from minhbach.text.fold import fold_letters, tokens

log = logging.getLogger(__name__)

# A lookup file's name is a SHA-256 digest in hex: 64 random characters in which a phone number
# turns up by chance (it did, at 100,000 students). It names nothing, so it is not searched.
_DIGEST = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")
MAX_RELATED = 10  # a value shared by many records names the first few; the count says the rest
ERRORS = frozenset({"LEAK-PRIVATE-VALUE", "LEAK-CONTENT-CHILD"})  # the rest are warnings


@dataclass
class _Catalog:
    """The searchable private values, their matcher, and what makes a match only a warning."""

    values: PrivateValues
    matcher: Matcher
    public: Matcher  # the public values and the site's own words, to tell coincidences apart
    in_content: dict[int, str] = field(default_factory=dict)


def scan_output(
    output_dir: Path,
    records: RecordSet,
    content_dir: Path | None = None,
    *,
    content_outputs: Iterable[Path] = (),
    reports_dir: Path | None = None,
    public_texts: Iterable[str] = (),
    schemas: SchemaSet | None = None,
    on_file: Callable[[], None] | None = None,
) -> list[Finding]:
    """Every private value of ``records`` found in ``output_dir``, and every forbidden file.

    ``content_outputs``: output files written from content/ (absolute, or relative to
    ``output_dir``); a match there is a warning. ``content_dir``: the Markdown sources; a value
    staff wrote there is a warning wherever it appears. ``reports_dir``: an output file named like
    an internal report is refused. ``public_texts``: texts the site prints whatever the records
    say (the office's name, address and phone from the settings); a private value inside one of
    them, or inside an enum label of the schemas, is not searched.

    Raises FileNotFoundError when ``output_dir`` is not a folder: nothing checked is not "no leak".
    """
    if not Path(output_dir).is_dir():
        raise FileNotFoundError(f"leak guard: {output_dir} is not a folder")
    if schemas is None:
        schemas = SchemaSet.from_folder()
    catalog = _catalog(records, schemas, public_texts)
    if content_dir is not None:
        catalog.in_content = _content_sources(content_dir, catalog.matcher)
    from_content = _relative_set(output_dir, content_outputs)
    refused_names = files.report_names(reports_dir)
    findings: list[Finding] = []
    # A warning is given once per value, at the first file that holds it, with a count of the
    # others (a school's phone in every footer is one warning, not a hundred); so is a child's
    # name staff wrote (one page gives the news list, the feed and the search index too).
    # Other errors are given per file: each names a template or a generator to fix.
    # (value, code) -> [file, line, how many more files, whether the file came from content/]
    grouped: dict[tuple[int, str], list] = {}
    scanned = 0
    for output_file in files.walk(output_dir):
        if on_file is not None:
            on_file()
        shown = str(Path(output_dir) / output_file.relative)
        reason = files.forbidden(output_file, refused_names)
        if reason is not None:
            findings.append(finding(shown, (1, 1), "LEAK-FORBIDDEN-FILE", reason=reason))
            continue
        scanned += 1
        is_content = output_file.relative in from_content
        matches, unreadable = _scan_file(output_file, shown, catalog)
        findings.extend(unreadable)
        for where, line, index, beside_public in matches:
            code = _code(catalog, index, is_content, beside_public)
            if code == "LEAK-PRIVATE-VALUE":
                findings.append(_leak(code, where, line, catalog, index))
                continue
            kept = grouped.get((index, code))
            if kept is None:
                grouped[index, code] = [where, line, 0, is_content]
                continue
            kept[2] += 1
            if is_content and not kept[3]:  # name the page staff wrote, not the search index
                kept[:2], kept[3] = [where, line], True
    for (index, code), (where, line, more, _) in grouped.items():
        findings.append(_leak(code, where, line, catalog, index, more_files=more))
    log.info("leak guard: %d files read, %d private values searched", scanned, len(catalog.values))
    return findings


def _catalog(records: RecordSet, schemas: SchemaSet, public_texts: Iterable[str]) -> _Catalog:
    matcher = Matcher()
    values, public = collect(records, schemas, matcher)
    vocabulary_hits: set[int] = set()
    for text in vocabulary(schemas, public_texts):
        vocabulary_hits.update(matcher.find(fold_letters(text)))
    public_words = Matcher()
    for number, text in enumerate(vocabulary(schemas, public_texts)):
        public_words.add(number, tuple(tokens(text)))
    for number, (text, path, field_path) in enumerate(public):
        source = (path, field_path)
        public_words.add(-1 - number, tuple(tokens(text)))
        for index in matcher.find(fold_letters(text)):
            also = values.public_in.setdefault(index, [])
            if source not in also:
                also.append(source)
    matcher.ignore(vocabulary_hits)  # the site's own words identify nobody
    return _Catalog(values, matcher, public_words)


def _content_sources(content_dir: Path, matcher: Matcher) -> dict[int, str]:
    """Which private values staff wrote in content/, and the first file that holds each.

    A photo is left out: the site publishes its pixels only (``site/images.py``), so what its
    metadata says is not on the site, and would name the photo instead of the page that is.
    """
    found: dict[int, str] = {}
    for source in files.walk(content_dir):
        try:
            data = source.path.read_bytes()
            if data.startswith(files.PHOTO_MAGIC):
                continue
            for text in files.texts(str(Path(content_dir) / source.relative), data):
                for index in matcher.find(fold_letters(decode(text.text))):
                    found.setdefault(index, text.shown)
        except (OSError, ValueError):
            log.warning("leak guard: cannot read %s", source.path)
    return found


def _relative_set(output_dir: Path, paths: Iterable[Path]) -> set[str]:
    """Paths relative to ``output_dir``, from absolute paths or paths relative to it (or to here)."""
    root = Path(output_dir).resolve()
    relative: set[str] = set()
    for path in map(Path, paths):
        candidates = [path] if path.is_absolute() else [root / path, path]
        inside = [c.resolve() for c in candidates if c.resolve().is_relative_to(root)]
        chosen = next((c for c in inside if c.exists()), inside[0] if inside else None)
        if chosen is not None:
            relative.add(chosen.relative_to(root).as_posix())
    return relative


def _scan_file(
    output_file: files.OutputFile, shown: str, catalog: _Catalog
) -> tuple[list[tuple[str, int, int]], list[Finding]]:
    """(where, line, value) once per value and file or archive member, at its first line.

    The file's own path is searched too: a slug in an address is as public as the page.
    """
    find = catalog.matcher.find
    next_to_public: dict[tuple[str, int], int] = {}
    lines: dict[str, dict[int, int]] = {
        shown: dict.fromkeys(find(fold_letters(decode(_DIGEST.sub(" ", output_file.relative)))), 1)
    }
    try:
        for text in files.texts(shown, output_file.path.read_bytes()):
            found = lines.setdefault(text.shown, {})
            member = text.shown[len(shown) :]  # "!/name.csv" inside an archive, else ""
            for index in find(fold_letters(decode(member))) if member else ():
                found.setdefault(index, 1)
            folded = fold_letters(decode(text.text))
            hits, beside = catalog.matcher.find_beside(folded, catalog.public)
            for index, offset in hits.items():
                found.setdefault(index, folded.count("\n", 0, offset) + 1)
            for index, offset in beside.items():
                if index not in found:
                    next_to_public.setdefault(
                        (text.shown, index), folded.count("\n", 0, offset) + 1
                    )
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        return [], [finding(shown, (1, 1), "LEAK-UNREADABLE-FILE", reason=reason)]
    matches = [
        (where, line, index, False)
        for where, found in lines.items()
        for index, line in sorted(found.items())
    ]
    matches += [
        (where, line, index, True)
        for (where, index), line in sorted(next_to_public.items())
        if index not in lines.get(where, {})
    ]
    return matches, []


def _code(catalog: _Catalog, index: int, in_content_page: bool, beside_public: bool) -> str:
    """The finding's code for value ``index`` found in a file (a page from content/ or not)."""
    also_public = index in catalog.values.public_in
    if in_content_page or index in catalog.in_content:  # staff wrote it
        if beside_public or also_public or _identifying(catalog, index) is None:
            return "LEAK-CONTENT-PAGE"
        return "LEAK-CONTENT-CHILD"
    if also_public:
        return "LEAK-ALSO-PUBLIC"
    return "LEAK-NEXT-TO-PUBLIC" if beside_public else "LEAK-PRIVATE-VALUE"


def _identifying(catalog: _Catalog, index: int) -> tuple[Owner, tuple[str, str]] | None:
    """The record and label of the value when it names, locates or reaches a child or guardian."""
    for owner in catalog.values.owners(index):
        label = IDENTIFYING.get((owner.type, owner.field))
        if label is not None:
            return owner, label
    return None


def _leak(
    code: str, shown: str, line: int, catalog: _Catalog, index: int, more_files: int = 0
) -> Finding:
    """The finding for one value in one file: names its records and fields, never the value."""
    owners = catalog.values.owners(index)
    public_in = catalog.values.public_in.get(index, [])
    identifying = _identifying(catalog, index) if code == "LEAK-CONTENT-CHILD" else None
    owner = identifying[0] if identifying else owners[0]
    record_type = BY_NAME[owner.type]
    related = [o.path for o in owners[:MAX_RELATED]]
    others = len(owners) - 1
    params: dict[str, object] = {
        "record": owner.path,
        "type": Bilingual(record_type.label_vi, record_type.label_en),
        "others": Bilingual(
            f" (và {others} hồ sơ khác có cùng giá trị)" if others else "",
            f" (and {others} other records with the same value)" if others else "",
        ),
        "more_files": Bilingual(
            f" Giá trị này còn có ở {more_files} tệp khác." if more_files else "",
            f" The value is in {more_files} more files." if more_files else "",
        ),
    }
    if code in ("LEAK-CONTENT-PAGE", "LEAK-CONTENT-CHILD"):
        source = catalog.in_content.get(index)
        params["content"] = source or Bilingual(
            "trang viết trong content/", "a page written in content/"
        )
        related += [source] if source else []
    elif code == "LEAK-ALSO-PUBLIC":
        params["public"], params["public_field"] = public_in[0]
        related += [path for path, _ in public_in[:MAX_RELATED]]
    if code == "LEAK-CONTENT-CHILD":
        params["what"] = Bilingual(*identifying[1])
        params["page"] = shown
    if code == "LEAK-NEXT-TO-PUBLIC":
        params["page"] = shown
    severity = "error" if code in ERRORS else "warning"
    return finding(
        shown,
        (line, 1),
        code,
        severity=severity,
        field=owner.field,
        related=list(dict.fromkeys(related)),
        **params,
    )
