"""Internal reports: the UBND report (.docx), ceremony lists and reconciliation (.xlsx), receipts
and lookup-code slips (.docx). They hold personal data: written under reports/, never output/.

Public surface: ``write_build_reports`` (what ``minhbach build`` writes), the ``write_*`` function
of each report, and ``ReportPathError`` (a path inside the public output folder: exit 2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from minhbach.reports.writer import DEFAULT_OUTPUT, ReportPathError, refuse_inside_output

if TYPE_CHECKING:  # the heavy modules (python-docx, openpyxl) load only when a report is written
    from minhbach.records.store import RecordSet
    from minhbach.settings import Settings

__all__ = ["ReportPathError", "write_build_reports"]


def write_build_reports(
    records: RecordSet,
    settings: Settings,
    reports_dir: Path,
    as_of: dt.date,
    *,
    output_dir: Path = DEFAULT_OUTPUT,
    after_each: Callable[[], None] = lambda: None,
) -> list[Path]:
    """The reports ``minhbach build`` writes: UBND report, lists, reconciliation (not receipts or slips).

    Raises ReportPathError when ``reports_dir`` lies inside ``output_dir`` (checked before writing
    anything) and SettingsError naming a missing setting. Same records and ``as_of``, same bytes.
    ``after_each`` runs after each report (the build gives freed memory back there).
    """
    from minhbach.reports import lists, reconcile, ubnd

    refuse_inside_output(reports_dir, output_dir)
    written = [
        ubnd.write_ubnd(
            records, settings, ubnd.default_path(reports_dir, as_of), as_of, output_dir=output_dir
        )
    ]
    after_each()
    written += lists.write_lists(records, settings, reports_dir, as_of, output_dir=output_dir)
    after_each()
    path, _ = reconcile.write_reconciliation(
        records, settings, reconcile.default_path(reports_dir, as_of), as_of, output_dir=output_dir
    )
    after_each()
    return [*written, path]
