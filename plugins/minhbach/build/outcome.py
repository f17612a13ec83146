"""What a build did (``BuildOutcome``), and each stage timed and shown while it runs."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from minhbach.build.pause import pause_if_asked
from minhbach.findings import Finding
from minhbach.public import Hold
from minhbach.validation import Validation


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
    recovered: bool = (
        False  # a killed build's half-done swap was undone first: the old site is back
    )
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


class Stages:
    """Each stage timed (``make bench`` prints them) and shown on the progress display."""

    def __init__(self, outcome: BuildOutcome, progress: BuildProgress | None) -> None:
        self.outcome = outcome
        self.progress = progress

    @contextmanager
    def __call__(self, name: str) -> Iterator[Callable[[], None]]:
        step = self.progress.stage(name) if self.progress is not None else _no_step
        pause_if_asked(name)
        started = time.perf_counter()
        try:
            yield step
        finally:
            self.outcome.timings[name] = time.perf_counter() - started


def _no_step() -> None:
    return None
