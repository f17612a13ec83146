"""Pelican in-process into the staging folder; what it and the plugins log becomes findings."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from minhbach.findings import Finding, finding
from minhbach.private_api import pelican_quiet
from minhbach.site.reporting import EXTRA_KEY


def run_pelican(
    settings_file: Path,
    staging: Path,
    site: object,
    into: list[Finding],
    page_written: Callable[[], None],
) -> tuple[Path, list[Path]]:
    """Pelican in-process into ``staging``; every logged warning and error goes ``into`` findings.

    Returns the content folder and the output files written from content/ (pages, news, the
    news index and feed), where the leak guard reports a match as a warning only.
    """
    from pelican import Pelican, signals
    from pelican.settings import read_settings

    from_content: list[Path] = []

    def written(path, context=None, **_: object) -> None:
        page_written()
        news_index = context is not None and context.get("output_file") == context.get(
            "INDEX_SAVE_AS"
        )
        if context and ("article" in context or "page" in context or news_index):
            from_content.append(Path(path))

    def feed(path, **_: object) -> None:
        from_content.append(Path(path))

    signals.content_written.connect(written)
    signals.feed_written.connect(feed)
    shown = str(settings_file)
    with _collect_logs(shown, into):
        pelican_settings = read_settings(
            str(settings_file.resolve()),
            override={
                "OUTPUT_PATH": str(staging),
                "MINHBACH_PUBLIC": site,
                "DELETE_OUTPUT_DIRECTORY": False,
            },
        )
        try:
            with pelican_quiet():
                Pelican(pelican_settings).run()
        finally:
            signals.content_written.disconnect(written)
            signals.feed_written.disconnect(feed)
    return Path(pelican_settings["PATH"]), from_content


class _Collector(logging.Handler):
    def __init__(self, shown: str, into: list[Finding]) -> None:
        super().__init__(logging.WARNING)
        self.shown = shown
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        severity = "error" if record.levelno >= logging.ERROR else "warning"
        coded = getattr(record, EXTRA_KEY, None) or _missing_metadata(record)
        if coded is not None:
            code, path, params = coded
            self.into.append(finding(_relative(path), (1, 1), code, severity=severity, **params))
            return
        detail = (
            record.getMessage().strip().splitlines()[0]
            if record.getMessage().strip()
            else record.name
        )
        if record.exc_info and record.exc_info[1] is not None:
            detail = f"{detail} ({type(record.exc_info[1]).__name__}: {record.exc_info[1]})"
        code = "BUILD-PELICAN-ERROR" if severity == "error" else "BUILD-PELICAN-WARNING"
        self.into.append(finding(self.shown, (1, 1), code, severity=severity, detail=detail))


@contextmanager
def _collect_logs(shown: str, into: list[Finding]) -> Iterator[None]:
    """Count what Pelican and the plugins log; Pelican only logs a plugin that fails to import."""
    handler = _Collector(shown, into)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)


# Pelican's words when a page or a news post lacks a line it needs (``Date:`` for news).
_MISSING_METADATA = "Skipping %s: could not find information about '%s'"
_EXAMPLES = {"date": "Date: 2021-11-05", "title": "Title: Lễ trao thiết bị tại trường"}


def _missing_metadata(record: logging.LogRecord) -> tuple[str, str, dict] | None:
    """Pelican skipping a file for a missing line, as a finding at that file saying what to add
    (Pelican's own message is English and names no line to write)."""
    if record.msg != _MISSING_METADATA or not isinstance(record.args, tuple):
        return None
    content, name = record.args
    example = _EXAMPLES.get(str(name), f"{str(name).capitalize()}: …")
    return (
        "CONTENT-MISSING-METADATA",
        str(content),
        {
            "line": f"{str(name).capitalize()}:",
            "example": example,
        },
    )


def _relative(path: str) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return path
