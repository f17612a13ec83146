"""``minhbach build``: validate, build the public site with Pelican, audit it, check for leaks, swap.

The order makes a failed build harmless: Pelican writes into a new folder next to the output;
only when validation, Pelican (no error logged, every plugin loaded), the disclosure audit
against the previous release and the leak guard have all passed is the new folder renamed into
place and the old one removed. Otherwise the new folder is deleted and the previous site stays
exactly as it was.

The previous release is the open data of the site already in the output folder, or of
``--previous`` (a copy of the live site's /du-lieu/, which the main-branch workflow downloads):
the public views hold back what may not move yet, and the audit refuses what still would single
a child out (DESIGN "Publication safety across releases").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import multiprocessing
import os
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from minhbach import build_cache
from minhbach.audit import Release, ReleaseFormatError, audit, read_release
from minhbach.bulk import give_back_free_memory, heap_frozen
from minhbach.checks.context import CheckContext
from minhbach.findings import Finding, finding
from minhbach.guard import scan_output
from minhbach.lookup import write_lookup_files
from minhbach.public import Hold, MaskingStyleError, publish
from minhbach.records.schemas import DEFAULT_SCHEMA_DIR
from minhbach.reports import ReportPathError, write_build_reports
from minhbach.search import SearchIndexError, index_site
from minhbach.settings import Settings, SettingsError, load_settings
from minhbach.site.reporting import EXTRA_KEY
from minhbach.validation import Validation, validate_folder


@dataclass(frozen=True)
class BuildOptions:
    records: Path
    output: Path = Path("output")
    settings_file: Path = Path("pelicanconf.py")
    as_of: dt.date = field(default_factory=dt.date.today)
    reports: Path | None = None
    display_root: str | None = None
    cache_dir: Path = build_cache.CACHE_DIR
    previous: Path | None = None  # the previous release's /du-lieu/ files (default: the output's)


@dataclass
class BuildOutcome:
    """What a build did: findings by stage, and figures for the summary line."""

    validation: Validation | None = None
    site_findings: list[Finding] = field(default_factory=list)
    audit_findings: list[Finding] = field(default_factory=list)
    guard_findings: list[Finding] = field(default_factory=list)
    holds: tuple[Hold, ...] = ()  # families of figures this release keeps at earlier values
    pages: int = 0
    seconds: float = 0.0
    swapped: bool = False
    unchanged: bool = False  # nothing changed since the last successful build: nothing was done
    reports: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for make bench

    @property
    def findings(self) -> list[Finding]:
        found = list(self.validation.findings.items) if self.validation else []
        return found + self.site_findings + self.audit_findings + self.guard_findings

    @property
    def data_errors(self) -> bool:
        """Validation, content/, audit or leak guard errors: the data is wrong (exit 1)."""
        return any(f.severity == "error" and f.code != "BUILD-PELICAN-ERROR" for f in self.findings)

    @property
    def tool_errors(self) -> bool:
        """Pelican itself failed (exit 3)."""
        return any(
            f.severity == "error" and f.code == "BUILD-PELICAN-ERROR" for f in self.site_findings
        )


class BuildProgress(Protocol):
    """Where a long build is, for a terminal: each stage by name, and its items as they are done."""

    def stage(self, name: str) -> Callable[[], None]:
        """A new stage (``BuildOutcome.timings`` names them); returns the step for one item."""

    def done(self) -> None:
        """The build is over: clear the display."""


def build(options: BuildOptions, progress: BuildProgress | None = None) -> BuildOutcome:
    """Run the whole build; the output folder changes only if everything passed."""
    started = time.perf_counter()
    settings = load_settings(options.settings_file, required=True)
    _check_folders(options)
    outcome = BuildOutcome()
    stages = _Stages(outcome, progress)
    try:
        return _build(options, settings, outcome, stages, started)
    finally:
        if progress is not None:
            progress.done()


def _build(
    options, settings, outcome: BuildOutcome, stages: _Stages, started: float
) -> BuildOutcome:
    cache_key = str(options.output.resolve())
    with stages("fingerprint"):
        inputs_print = build_cache.fingerprint(_inputs(options, settings), options.cache_dir)
    if build_cache.unchanged(
        cache_key, inputs_print, options.output.resolve(), options.cache_dir
    ) and (options.reports is None or options.reports.is_dir()):
        outcome.unchanged = True
        return _done(outcome, started)
    build_cache.forget(cache_key, options.cache_dir)
    context = CheckContext(as_of=options.as_of, waiting_warning_days=settings.WAITING_WARNING_DAYS)
    with stages("validate") as file_read:
        outcome.validation = validate_folder(
            options.records, context, display_root=options.display_root, on_file=file_read
        )
    if not outcome.validation.ok:
        return _done(outcome, started)
    with stages("previous release"):
        previous = _previous_release(options, outcome)
    if outcome.data_errors:
        return _done(outcome, started)
    records = outcome.validation.valid
    output = options.output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    with heap_frozen():
        side = _SideJob(records, settings, options)  # the reports start now, beside the site
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-moi-", dir=output.parent))
        try:
            try:
                with stages("public views"):
                    publication = publish(
                        records, as_of=options.as_of, settings=settings, previous=previous
                    )
            except MaskingStyleError as exc:
                raise SettingsError(f"{options.settings_file}: {exc}") from None
            outcome.holds = publication.holds
            _build_site(
                options, settings, records, publication.site, stages, side, staging, previous
            )
            if not (outcome.data_errors or outcome.tool_errors):
                outcome.pages = sum(1 for _ in staging.rglob("*.html"))
                with stages("swap"):
                    _swap(staging, output)
                outcome.swapped = True
                with stages("remember"):
                    build_cache.remember(cache_key, inputs_print, output, options.cache_dir)
        finally:
            side.close()
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
    return _done(outcome, started)


def _build_site(
    options, settings, records, site, stages: _Stages, side, staging: Path, previous
) -> None:
    """Pelican and the lookup files while ``side`` writes the reports; then search and guard.

    Three big consumers of memory are kept apart at a province's scale: the reports process
    (with its own copies of the records' pages), Pagefind (650 MB for 10,000 pages) and the
    guard's table of every private value. Together they went over 2 GiB; Pagefind and the
    guard wait for the reports. Reports that cannot be written (a missing setting) raise before
    the swap: the old site stays.
    """
    outcome = stages.outcome
    with stages("pelican") as page_written:
        content, from_content = _run_pelican(
            options.settings_file, staging, site, outcome, page_written
        )
    if outcome.data_errors or outcome.tool_errors:
        return
    with stages("disclosure audit"):
        outcome.audit_findings = _audit(previous, staging, options.output)
    if outcome.data_errors:
        return
    # The lookup files are part of what is published: written before the guard reads the site.
    with stages("lookup files") as file_written:
        write_lookup_files(staging, records, settings, on_file=file_written)
    with stages("reports (waiting)"):
        side.wait()
    try:
        with stages("search index"):
            index_site(staging)
    except SearchIndexError as exc:
        outcome.site_findings.append(
            finding(str(options.settings_file), (1, 1), "BUILD-PELICAN-ERROR", detail=str(exc))
        )
        return
    with stages("leak guard") as file_checked:
        outcome.guard_findings = _guard(
            staging,
            options.output,
            records,
            content,
            content_outputs=from_content,
            reports_dir=options.reports,
            public_texts=_public_texts(settings),
            on_file=file_checked,
        )
    give_back_free_memory()  # the guard's table is gone before the swap and the summary
    if outcome.data_errors:
        return
    outcome.reports = side.move_reports()


def _previous_release(options: BuildOptions, outcome: BuildOutcome) -> Release | None:
    """The release the candidate is audited against; None before the first one.

    An explicit ``--previous`` that cannot be read stops the build: auditing against nothing
    would let through exactly what the audit is for. The site already in the output folder, in
    a shape this version does not know (built before publication safety), is only warned about.
    """
    folder = options.previous or options.output / "du-lieu"
    try:
        return read_release(folder)
    except ReleaseFormatError as exc:
        outcome.audit_findings.append(
            finding(
                str(folder),
                (1, 1),
                "DISCLOSURE-PREVIOUS-UNREADABLE",
                severity="error" if options.previous else "warning",
                reason=str(exc),
            )
        )
        return None


def _audit(previous: Release | None, staging: Path, final: Path) -> list[Finding]:
    """The candidate's open data, read back as an outsider reads it, against the previous release."""
    candidate = read_release(staging / "du-lieu")
    if candidate is None:
        return [
            finding(
                str(final / "du-lieu"),
                (1, 1),
                "BUILD-PELICAN-ERROR",
                detail="không có dữ liệu mở /du-lieu/ để kiểm tra công bố",
            )
        ]
    return audit(previous, candidate, folder=str(final / "du-lieu"))


def _inputs(options: BuildOptions, settings: Settings) -> build_cache.Inputs:
    """Every file the build reads, and the facts that change its result."""
    base = options.settings_file.resolve().parent
    return build_cache.Inputs(
        folders=(
            options.records,
            base / str(settings.extra.get("PATH", "content")),
            base / str(settings.extra.get("THEME", "theme")),
            DEFAULT_SCHEMA_DIR,
            build_cache.package_folder(),
            *((options.previous,) if options.previous else ()),
        ),
        files=(options.settings_file, base / "pelicanconf.py"),
        facts=(
            options.as_of.isoformat(),
            str(options.reports.resolve() if options.reports else ""),
            str(options.display_root),
        ),
    )


class _Stages:
    """Each stage timed (``make bench`` prints them) and shown on the progress display."""

    def __init__(self, outcome: BuildOutcome, progress: BuildProgress | None) -> None:
        self.outcome = outcome
        self.progress = progress

    @contextmanager
    def __call__(self, name: str) -> Iterator[Callable[[], None]]:
        step = self.progress.stage(name) if self.progress is not None else _no_step
        started = time.perf_counter()
        try:
            yield step
        finally:
            self.outcome.timings[name] = time.perf_counter() - started


def _no_step() -> None:
    return None


def _done(outcome: BuildOutcome, started: float) -> BuildOutcome:
    outcome.seconds = time.perf_counter() - started
    return outcome


def _check_folders(options: BuildOptions) -> None:
    """Reports hold personal data: never inside the published folder."""
    if options.reports is None:
        return
    output, reports = options.output.resolve(), options.reports.resolve()
    if reports == output or output in reports.parents:
        raise SettingsError(
            f"Thư mục báo cáo {options.reports} nằm trong thư mục xuất {options.output}: báo cáo có dữ liệu "
            "cá nhân, không bao giờ được đăng. Chọn --reports ở ngoài thư mục xuất."
        )


def _run_pelican(
    settings_file: Path,
    staging: Path,
    site: object,
    outcome: BuildOutcome,
    page_written: Callable[[], None],
) -> tuple[Path, list[Path]]:
    """Pelican in-process into ``staging``; every logged warning and error becomes a finding.

    Returns the content folder and the output files written from content/ (pages, news, the
    news index and feed), where the leak guard reports a match as a warning only.
    """
    from pelican import Pelican, signals
    from pelican.log import console
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
    with _collect_logs(shown, outcome.site_findings):
        pelican_settings = read_settings(
            str(settings_file.resolve()),
            override={
                "OUTPUT_PATH": str(staging),
                "MINHBACH_PUBLIC": site,
                "DELETE_OUTPUT_DIRECTORY": False,
            },
        )
        quiet = console.quiet
        console.quiet = True
        try:
            Pelican(pelican_settings).run()
        finally:
            console.quiet = quiet
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
        coded = getattr(record, EXTRA_KEY, None)
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


def _relative(path: str) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return path


def _public_texts(settings: Settings) -> list[str]:
    """What the site prints whatever the records say: the office and programme from the settings."""
    return [
        str(settings.extra.get("SITENAME", "")),
        settings.OFFICE_NAME,
        settings.OFFICE_SHORT_NAME,
        settings.OFFICE_ADDRESS,
        settings.OFFICE_PHONE,
        settings.PARENT_BODY,
        settings.PROGRAM_NAME,
        settings.PLAN_REFERENCE,
        settings.CONTACT_NOTE,
    ]


def _moved(item: Finding, staging: Path, final: Path) -> Finding:
    """Name the file where it will be published, not in the staging folder that is deleted."""
    prefix = str(staging)
    if item.path.startswith(prefix):
        return dataclasses.replace(item, path=str(final) + item.path[len(prefix) :])
    return item


def _guard(staging: Path, final: Path, records, content: Path, **options: object) -> list[Finding]:
    """The leak guard over everything that is about to be published."""
    found = scan_output(staging, records, content, **options)
    return [_moved(item, staging, final) for item in found]


class _SideJob:
    """The internal reports, written by a second process while this one builds the site.

    The reports need only the validated records, and at a province's scale they take as long
    as Pelican, the search index and the lookup files together: on two cores they run side by
    side. The child is forked, so the records are shared, not copied through a pipe. It writes
    into a staging folder next to reports/, moved into place only when the site passed: a
    failed build changes neither output/ nor reports/. Without --reports there is no child.
    """

    def __init__(self, records, settings: Settings, options: BuildOptions) -> None:
        self.final = options.reports
        self.staging: Path | None = None
        self.process = None
        self.paths: list[str] | None = None
        if self.final is None:
            return
        self.final.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".bao-cao-moi-", dir=self.final.parent))
        context = multiprocessing.get_context("fork")
        self.receiver, sender = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_side_child, args=(sender, records, settings, options, self.staging)
        )
        self.process.start()
        sender.close()

    def wait(self) -> None:
        """Wait until the reports are written; raise what the child raised."""
        if self.process is None or self.paths is not None:
            return
        try:
            kind, value = self.receiver.recv()
        except EOFError:
            kind, value = "error", "tiến trình phụ (báo cáo) dừng bất thường"
        if kind == "settings":
            raise SettingsError(value)
        if kind == "error":
            raise RuntimeError(f"tiến trình phụ thất bại: {value}")
        self.paths = value
        self.process.join()

    def move_reports(self) -> list[Path]:
        """Move the written reports into reports/."""
        self.wait()
        if self.staging is None or self.paths is None:
            return []
        written = []
        for path in map(Path, self.paths):
            target = self.final / path.relative_to(self.staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
            written.append(target)
        return written

    def close(self) -> None:
        if self.process is None:
            return
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.receiver.close()
        shutil.rmtree(self.staging, ignore_errors=True)


def _side_child(sender, records, settings, options, reports_staging: Path) -> None:
    try:
        paths = write_build_reports(
            records,
            settings,
            reports_staging,
            options.as_of,
            output_dir=options.output,
            after_each=give_back_free_memory,
        )
        sender.send(("reports", [str(p) for p in paths]))
    except (ReportPathError, SettingsError) as exc:
        sender.send(("settings", str(exc)))
    except BaseException:  # the parent must hear of any failure, or it would wait for nothing
        sender.send(("error", traceback.format_exc(limit=5)))
    finally:
        sender.close()


def _swap(staging: Path, output: Path) -> None:
    """Put ``staging`` where ``output`` is: two renames in the same folder, the old one removed last."""
    if not output.exists():
        os.rename(staging, output)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{output.name}-cu-", dir=output.parent))
    old.rmdir()
    os.rename(output, old)
    try:
        os.rename(staging, output)
    except OSError:
        os.rename(old, output)
        raise
    shutil.rmtree(old, ignore_errors=True)
