"""Several files replaced together: every one, or none when a write fails half-way."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from minhbach.workflow import transaction
from minhbach.workflow.transaction import replace_files


def test_all_files_are_written_with_their_permissions(tmp_path: Path) -> None:
    old = tmp_path / "a.yaml"
    old.write_text("cũ\n", encoding="utf-8")
    old.chmod(0o640)
    replace_files({old: "mới\n", tmp_path / "moi" / "b.yaml": b"b\n"})
    assert old.read_text(encoding="utf-8") == "mới\n"
    assert old.stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "moi" / "b.yaml").read_bytes() == b"b\n"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.yaml", "b.yaml", "moi"]


def test_a_failure_half_way_puts_every_file_back(tmp_path: Path, monkeypatch) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text("a cũ\n", encoding="utf-8")
    second.write_text("b cũ\n", encoding="utf-8")
    new = tmp_path / "c.yaml"
    real_replace, calls = os.replace, []

    def failing(source, target):
        calls.append(target)
        if len(calls) == 3:
            raise OSError(28, "No space left on device", str(target))
        real_replace(source, target)

    monkeypatch.setattr(transaction.os, "replace", failing)
    with pytest.raises(OSError, match="No space left"):
        replace_files({new: "c\n", first: "a mới\n", second: "b mới\n"})
    assert first.read_text(encoding="utf-8") == "a cũ\n"
    assert second.read_text(encoding="utf-8") == "b cũ\n"
    assert not new.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "b.yaml"]  # no temporary left
