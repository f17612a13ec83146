"""The side process: the internal reports, written while this process builds the site."""

from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from minhbach import shortcuts
from minhbach.build.pause import pause_if_asked
from minhbach.bulk import end_with_parent, start_method
from minhbach.records.store import RecordSet
from minhbach.reports import ReportPathError, write_build_reports
from minhbach.settings import SettingsError, load_settings

if TYPE_CHECKING:
    from minhbach.build.options import BuildOptions

_STOP_WAIT = 5.0  # seconds a stopped reports process gets to end before it is killed


class SideJob:
    """The internal reports, written by a second process while this one builds the site.

    The reports need only the validated records, and at a province's scale they take as long
    as Pelican, the search index and the lookup files together: on two cores they run side by
    side. Where fork exists (Linux) the child is forked, so the records are shared, not copied;
    elsewhere (Windows, macOS, or ``MINHBACH_NO_FORK``) it is spawned and receives them through
    a pipe (``minhbach.bulk.start_method``). It writes into ``staging`` (the build's staging
    area, which exists before the child starts); the reports are moved into reports/ only when
    the site passed: a failed build changes neither output/ nor reports/.

    The child never outlives the build: ``close`` (in the build's ``finally``) stops and reaps
    it, and if the build itself is killed the child ends on its own (``end_with_parent``).
    Without --reports there is no child.
    """

    def __init__(self, records: RecordSet, options: BuildOptions, staging: Path | None) -> None:
        self.final = options.reports
        self.staging = staging
        self.process = None
        self.paths: list[str] | None = None
        if self.final is None or staging is None:
            return
        self.final.mkdir(parents=True, exist_ok=True)
        method = start_method()
        if method != "fork":  # sent through a pipe: the records alone, not what checks cached
            records = RecordSet(records=records.records, broken=records.broken)
        context = multiprocessing.get_context(method)
        self.receiver, sender = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_side_child,
            args=(sender, records, options, staging),
            name="minhbach-bao-cao",
        )
        self.process.start()
        sender.close()

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

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
        """Move the written reports into reports/ (the same filesystem: each move is a rename)."""
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
        """Stop the child if it still runs, and reap it (the staging area is the build's)."""
        if self.process is None:
            return
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(_STOP_WAIT)
            if self.process.is_alive():
                self.process.kill()
        self.process.join()
        self.receiver.close()


def _side_child(sender, records: RecordSet, options: BuildOptions, reports_staging: Path) -> None:
    # The build decides when the reports stop: a Ctrl+C meant for it is not this process's to
    # act on, a SIGTERM ends it at once (the build's own handler is not inherited by a spawned
    # child, and must not run in a forked one), and it ends with the build.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    end_with_parent(multiprocessing.parent_process().sentinel)
    try:
        # Read again here: a settings file may hold values a pipe cannot carry (a spawned child).
        settings = load_settings(options.settings_file, required=True)
        paths = write_build_reports(
            records,
            settings,
            reports_staging,
            options.as_of,
            output_dir=options.output,
            after_each=_after_each_report,
        )
        sender.send(("reports", [str(p) for p in paths]))
    except (ReportPathError, SettingsError) as exc:
        sender.send(("settings", str(exc)))
    except BaseException:  # the parent must hear of any failure, or it would wait for nothing
        sender.send(("error", traceback.format_exc(limit=5)))
    finally:
        sender.close()


def _after_each_report() -> None:
    shortcuts.give_back_free_memory()
    pause_if_asked("reports")
