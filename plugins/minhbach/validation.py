"""Validation of a records folder: read every file, run every check, return the findings.

The one place that joins loading (I/O) to the pure checks, so that ``validate``, ``build`` and
``diff`` all judge records the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from minhbach.checks import CheckResult, run_checks
from minhbach.checks.context import CheckContext
from minhbach.findings import Findings
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import RecordSet, load_records


@dataclass
class Validation:
    findings: Findings
    valid: RecordSet
    files: int

    @property
    def ok(self) -> bool:
        return self.findings.errors == 0


def validate_folder(
    folder: Path,
    context: CheckContext,
    *,
    display_root: str | None = None,
    schemas: SchemaSet | None = None,
    on_file: Callable[[], None] | None = None,
) -> Validation:
    """Validate every record under ``folder``; paths in findings start with ``display_root``."""
    schemas = schemas or SchemaSet.from_folder()
    loaded = load_records(folder, schemas, display_root, on_file=on_file)
    result: CheckResult = run_checks(
        loaded.records, loaded.findings, schemas, context, unparsed=loaded.unparsed
    )
    return Validation(Findings(result.findings), result.valid, loaded.files)
