"""Shared fixtures; the helpers themselves live in helpers.py (also re-exported here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import AS_OF, ROOT, run_minhbach, write

__all__ = ["AS_OF", "ROOT", "run_minhbach", "write"]


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """An empty records folder."""
    folder = tmp_path / "records"
    folder.mkdir()
    return folder
