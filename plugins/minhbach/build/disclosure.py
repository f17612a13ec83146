"""The release stages: the previous release read, and the candidate audited against it.

The previous release is the open data of the site already in the output folder, or of
``--previous`` (a copy of the live site's /du-lieu/, which the main-branch workflow downloads).
The public views hold back what may not move yet; the audit, reading the staged /du-lieu/ as an
outsider would, refuses what still would single a child out (DESIGN "Publication safety across
releases").
"""

from __future__ import annotations

from pathlib import Path

from minhbach.audit import Release, ReleaseFormatError, audit, read_release
from minhbach.build.options import BuildOptions
from minhbach.build.outcome import BuildOutcome
from minhbach.findings import Finding, finding


def previous_release(options: BuildOptions, outcome: BuildOutcome) -> Release | None:
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


def audit_staged(previous: Release | None, staging: Path, final: Path) -> list[Finding]:
    """The staged open data, read back as an outsider reads it, against the previous release."""
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
