"""Helpers shared by the tests: write small record trees and run the real command.

Import them as ``from helpers import write, run_minhbach`` (tests/ is on the path).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2022, 6, 30)


def write(folder: Path, relative: str, text: str | bytes) -> Path:
    """Write one file (text is dedented) under ``folder`` and return its path."""
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def run_minhbach(
    *args: str, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess:
    """Run the real ``minhbach`` command (as a user would) and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "minhbach.cli.main", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=600,
    )
