"""The last stage: the staged site takes the place of the published one, or nothing changes."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def swap(staging: Path, output: Path) -> None:
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
