"""The progress line: drawn in a terminal, silent in CI and when standard error is a file."""

from __future__ import annotations

import io

import pytest

from minhbach.cli.progress import Progress, StageProgress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_count_then_a_cleared_line(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    stream = _Terminal()
    progress = Progress("Đã đọc", total=12000, stream=stream)
    for _ in range(1500):
        progress.step()
    progress.done()
    assert "\rĐã đọc: 1/12.000" in stream.getvalue()  # the first step is drawn at once
    assert stream.getvalue().endswith("\r\033[K")
    assert progress.count == 1500


def test_each_stage_is_named_and_the_last_one_cleared(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    stream = _Terminal()
    stages = StageProgress({"pelican": "Đã ghi (trang)"}, stream=stream)
    stages.stage("validate")()
    step = stages.stage("pelican")
    step()
    stages.done()
    shown = stream.getvalue()
    assert "validate…" in shown  # a stage without a label shows its own name
    assert "Đã ghi (trang)…" in shown
    assert shown.index("validate") < shown.index("Đã ghi (trang)")
    assert shown.endswith("\r\033[K")


@pytest.mark.parametrize(("ci", "stream"), [("true", _Terminal()), (None, io.StringIO())])
def test_silent_in_ci_and_when_not_a_terminal(monkeypatch, ci, stream):
    if ci:
        monkeypatch.setenv("CI", ci)
    else:
        monkeypatch.delenv("CI", raising=False)
    stages = StageProgress({}, stream=stream)
    stages.stage("validate")()
    stages.done()
    assert stream.getvalue() == ""
