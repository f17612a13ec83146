"""The order of the stages (drawn in ``minhbach.build``'s docstring), and nothing else."""

from __future__ import annotations

import time
from pathlib import Path

from minhbach import shortcuts
from minhbach.build import cache
from minhbach.build.disclosure import audit_staged, previous_release
from minhbach.build.guard_stage import guard, public_texts
from minhbach.build.lock import output_locked
from minhbach.build.options import BuildOptions, check_folders, site_folders
from minhbach.build.outcome import BuildOutcome, BuildProgress, Stages
from minhbach.build.pelican_run import run_pelican
from minhbach.build.search import SearchIndexError, index_site
from minhbach.build.side import SideJob
from minhbach.build.staging import StagingArea
from minhbach.build.swap import recover, swap
from minhbach.checks.context import CheckContext
from minhbach.findings import finding
from minhbach.lookup import write_lookup_files
from minhbach.placeholders import is_published, refuse_placeholders
from minhbach.public import MaskingStyleError, build_lookup_view, publish
from minhbach.settings import SettingsError, load_settings
from minhbach.validation import validate_folder


def build(options: BuildOptions, progress: BuildProgress | None = None) -> BuildOutcome:
    """Run the whole build; the output folder changes only if everything passed.

    One build at a time per output folder (``lock.BuildBusyError`` otherwise). Under the lock,
    before anything else: a swap a killed build left half-done is undone, and whatever a
    killed build left in the staging area is removed.
    """
    started = time.perf_counter()
    settings = load_settings(options.settings_file, required=True)
    check_folders(options, settings)
    outcome = BuildOutcome()
    stages = Stages(outcome, progress)
    area = StagingArea.of(options.output, options.reports)
    try:
        with output_locked(options.output, area.lock_file):
            outcome.recovered = recover(area.output, area.old, area.journal)
            area.remove(strict=True)
            return _build(options, settings, outcome, stages, started, area)
    finally:
        if progress is not None:
            progress.done()


def _build(
    options, settings, outcome: BuildOutcome, stages: Stages, started: float, area: StagingArea
) -> BuildOutcome:
    cache_key = str(options.output.resolve())
    with stages("fingerprint"):
        inputs_print = cache.fingerprint(cache.build_inputs(options, settings), options.cache_dir)
    if cache.unchanged(cache_key, inputs_print, options.output.resolve(), options.cache_dir):
        outcome.unchanged = True
        return _done(outcome, started)
    cache.forget(cache_key, options.cache_dir)
    context = CheckContext(as_of=options.as_of, waiting_warning_days=settings.WAITING_WARNING_DAYS)
    with stages("validate") as file_read:
        outcome.validation = validate_folder(
            options.records, context, display_root=options.display_root, on_file=file_read
        )
    if not outcome.validation.ok:
        return _done(outcome, started)
    if is_published(settings):  # publishconf.py: the demo's values must not go live
        content = site_folders(options, settings)["PATH"]
        refuse_placeholders(
            settings, options.settings_file, outcome.validation.valid.records, "build", content
        )
    with stages("previous release"):
        previous = previous_release(options, outcome)
    if outcome.data_errors:
        return _done(outcome, started)
    records = outcome.validation.valid
    output = area.output
    with shortcuts.heap_frozen():
        side = None
        staging = area.site
        try:
            area.create()  # the staging folders exist before anything writes into them
            side = SideJob(records, options, area.reports)  # the reports start now, beside the site
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
                    swap(staging, output, area.old, area.journal)
                outcome.swapped = True
                with stages("remember"):
                    cache.remember(
                        cache_key, inputs_print, output, options.cache_dir, outcome.reports
                    )
        finally:
            if side is not None:
                side.close()
            recover(output, area.old, area.journal)  # a Ctrl+C between the swap's two renames
            area.remove()
    return _done(outcome, started)


def _build_site(
    options, settings, records, site, stages: Stages, side, staging: Path, previous
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
        content, from_content = run_pelican(
            options.settings_file, staging, site, outcome.site_findings, page_written
        )
    if outcome.data_errors or outcome.tool_errors:
        return
    with stages("disclosure audit"):
        outcome.audit_findings += audit_staged(previous, staging, options.output)
    if outcome.data_errors:
        return
    # The lookup files are part of what is published: written before the guard reads the site.
    with stages("lookup files") as file_written:
        write_lookup_files(staging, build_lookup_view(records), settings, on_file=file_written)
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
        outcome.guard_findings = guard(
            staging,
            options.output,
            records,
            content,
            content_outputs=from_content,
            reports_dir=options.reports,
            public_texts=public_texts(settings),
            on_file=file_checked,
        )
    shortcuts.give_back_free_memory()  # the guard's table is gone before the swap and the summary
    if outcome.data_errors:
        return
    outcome.reports = side.move_reports()


def _done(outcome: BuildOutcome, started: float) -> BuildOutcome:
    outcome.seconds = time.perf_counter() - started
    return outcome
