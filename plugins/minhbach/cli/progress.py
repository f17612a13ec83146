"""A progress line for long work in a terminal ("Đã đọc 12.000/100.000 tệp"), silent elsewhere.

Silent when standard error is not a terminal or when CI is set, so logs stay one problem per
line. Redraws at most ten times a second: printing is never what makes a run slow.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TextIO

from minhbach.formats import number


class Progress:
    """Call ``step()`` per unit of work; ``done()`` clears the line."""

    def __init__(self, label: str, total: int | None = None, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() and not os.environ.get("CI")
        self.label = label
        self.total = total
        self.count = 0
        self._last = 0.0

    def show(self) -> None:
        """Draw the label now, before the first step (a stage that counts nothing)."""
        if self.enabled:
            self.stream.write(f"\r\033[K{self.label}…")
            self.stream.flush()

    def step(self, amount: int = 1) -> None:
        self.count += amount
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= 0.1:
            self._last = now
            total = f"/{number(self.total)}" if self.total else ""
            self.stream.write(f"\r{self.label}: {number(self.count)}{total}")
            self.stream.flush()

    def done(self) -> None:
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()


class StageProgress:
    """One progress line per stage of a long command ("Kiểm tra rò rỉ: 4.200 tệp").

    ``labels`` names each stage for the reader, with what its items are; a stage without a
    label is shown by its own name. Silent where ``Progress`` is.
    """

    def __init__(self, labels: dict[str, str], stream: TextIO | None = None) -> None:
        self.labels = labels
        self.stream = stream
        self.current: Progress | None = None

    def stage(self, name: str) -> Callable[[], None]:
        self.done()
        self.current = Progress(self.labels.get(name, name), stream=self.stream)
        self.current.show()
        return self.current.step

    def done(self) -> None:
        if self.current is not None:
            self.current.done()
            self.current = None
