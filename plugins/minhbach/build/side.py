"""The side process: the internal reports, written while this process builds the site."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from minhbach import shortcuts
from minhbach.reports import ReportPathError, write_build_reports
from minhbach.settings import Settings, SettingsError

if TYPE_CHECKING:
    from minhbach.build.options import BuildOptions


class SideJob:
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
            after_each=shortcuts.give_back_free_memory,
        )
        sender.send(("reports", [str(p) for p in paths]))
    except (ReportPathError, SettingsError) as exc:
        sender.send(("settings", str(exc)))
    except BaseException:  # the parent must hear of any failure, or it would wait for nothing
        sender.send(("error", traceback.format_exc(limit=5)))
    finally:
        sender.close()
