"""Issue 16: staff laptops run Windows, where ``fork`` does not exist. ``MINHBACH_NO_FORK`` makes
the tool take the path it takes there (validation in one process, the reports process spawned),
and on a demo big enough for validation to use two cores (4,000 files and more) both paths give
the same findings, the same site and the same reports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import AS_OF
from minhbach.bulk import DEFAULT_MINIMUM
from minhbach.cli.main import main
from site_records import write_site

COMMAND = (sys.executable, "-m", "minhbach.cli.main")
WAYS = {"fork": {"MINHBACH_NO_FORK": ""}, "no-fork": {"MINHBACH_NO_FORK": "1"}}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("khong-fork")
    assert main(["demo", "--out", str(root / "records"), "--students", "1500", "--seed", "3"]) == 0
    assert len(list((root / "records").rglob("*.yaml"))) >= DEFAULT_MINIMUM  # two cores
    write_site(root)
    return root


def run(root: Path, way: str, *words: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*COMMAND, *words, "--records", str(root / "records"), "--as-of", AS_OF.isoformat()],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, **WAYS[way]},
        timeout=900,
    )


def files(folder: Path) -> dict[str, bytes]:
    """Every file by its path, but Pagefind's index (named and hashed differently on every run,
    even of the same site by the same path)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.relative_to(folder).parts[0] != "pagefind"
    }


def test_validate_finds_the_same_without_fork(project: Path) -> None:
    done = {way: run(project, way, "validate") for way in WAYS}
    assert done["fork"].returncode == done["no-fork"].returncode == 0
    assert done["fork"].stdout == done["no-fork"].stdout != ""  # the demo has its warnings
    assert done["fork"].stderr == done["no-fork"].stderr


def test_build_makes_the_same_site_and_reports_without_fork(project: Path) -> None:
    for way in WAYS:
        done = run(
            project,
            way,
            "build",
            "--output",
            f"trang-{way}",
            "--reports",
            f"bao-cao-{way}",
            "--settings",
            "siteconf.py",
            "--cache-dir",
            f"bo-nho-{way}",
        )
        assert done.returncode == 0, done.stderr
    assert files(project / "trang-fork") == files(project / "trang-no-fork")
    assert (project / "trang-no-fork" / "pagefind" / "pagefind-entry.json").is_file()
    reports = files(project / "bao-cao-fork")
    assert len(reports) > 3
    assert reports == files(project / "bao-cao-no-fork")
