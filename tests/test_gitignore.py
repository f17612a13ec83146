"""What git must never take from a checkout: spreadsheets and reports that hold children's data."""

from __future__ import annotations

import subprocess

import pytest

from helpers import ROOT


def ignored(path: str) -> bool:
    done = subprocess.run(
        ["git", "-C", str(ROOT), "check-ignore", "-q", "--no-index", path], check=False
    )
    assert done.returncode in (0, 1), done
    return done.returncode == 0


@pytest.mark.parametrize(
    "path",
    ["mau.xlsx", "danh-sach-truong.xls", "ds.csv", "ds.ods", "bao-cao.docx", "reports/a.xlsx"],
)
def test_a_spreadsheet_written_at_the_root_is_ignored(path: str) -> None:
    """Issue 16: `.gitignore` did not cover spreadsheets written at the root."""
    assert ignored(path)


@pytest.mark.parametrize("path", ["content/pages/ke-hoach.pdf", "records/schools/th-a.yaml"])
def test_what_belongs_in_git_is_not(path: str) -> None:
    assert not ignored(path)
