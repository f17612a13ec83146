"""``pip install .`` (not editable): the wheel carries the code and the schemas, and works anywhere.

The wheel is built from a copy of the files a clean clone has, installed into a fresh virtual
environment, and run from folders that hold no part of the repository. Its dependencies are
borrowed from the test environment (a ``.pth`` line) so that the test needs no download of
Pelican and the rest; the package itself is the installed wheel, which the test checks.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from helpers import ROOT

PACKAGE = ROOT / "plugins" / "minhbach"


def test_every_package_folder_is_listed_in_pyproject() -> None:
    """The package list is written out (a mapped schema/ rules out ``packages.find``)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(config["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(PACKAGE.parent).parts)
        for init in PACKAGE.rglob("__init__.py")
    }
    assert listed == on_disk | {"minhbach.schema"}
    assert config["setuptools"]["package-dir"]["minhbach.schema"] == "schema"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with the wheel of this checkout installed; its ``bin`` folder."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(ROOT / "plugins", source / "plugins", ignore=ignore)
    shutil.copytree(ROOT / "schema", source / "schema", ignore=ignore)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    _run([*pip, "wheel", "--no-deps", "--quiet", "--wheel-dir", str(tmp / "dist"), str(source)])
    (wheel,) = (tmp / "dist").glob("minhbach-*.whl")
    fresh = tmp / "fresh"
    _run([sys.executable, "-m", "venv", "--without-pip", str(fresh)])
    bin_dir = fresh / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    _run([*pip, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)])
    site = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    borrowed = sysconfig.get_paths()["purelib"]  # Pelican and the rest, not minhbach (see below)
    Path(site.stdout.strip(), "borrowed-dependencies.pth").write_text(borrowed + "\n")
    return bin_dir


def test_the_installed_package_is_the_wheel_with_its_schemas(installed: Path) -> None:
    where = _run(
        [
            str(installed / "python"),
            "-c",
            "import json, minhbach.records.schemas as s; print(s.__file__); "
            "print(json.dumps(sorted(p.name for p in s.schema_files().iterdir() if p.name.endswith('.json'))))",
        ],
        cwd=installed.parent,
    ).stdout.splitlines()
    assert Path(where[0]).is_relative_to(installed.parent)
    shipped = sorted(p.name for p in (ROOT / "schema").glob("*.json"))
    assert json.loads(where[1]) == shipped


def test_installed_command_validates_a_demo_from_another_folder(
    installed: Path, tmp_path: Path
) -> None:
    minhbach = str(installed / "minhbach")
    _run([minhbach, "demo", "--out", "demo", "--students", "12"], cwd=tmp_path)
    done = _run([minhbach, "validate", "--records", "demo", "--format", "json"], cwd=tmp_path)
    assert '"severity": "error"' not in done.stdout
    assert "0 lỗi" in done.stderr


def test_installed_command_builds_from_an_office_checkout(installed: Path, tmp_path: Path) -> None:
    """What a checkout needs besides the package: its settings, content/ and theme/."""
    minhbach = str(installed / "minhbach")
    _run([minhbach, "demo", "--out", "records", "--students", "12"], cwd=tmp_path)
    shutil.copy(ROOT / "pelicanconf.py", tmp_path / "pelicanconf.py")
    missing = subprocess.run(
        [minhbach, "build", "--as-of", "2022-06-30"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 2, missing.stderr
    assert "content (PATH trong pelicanconf.py)" in missing.stderr
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copytree(ROOT / "theme", tmp_path / "theme")
    _run([minhbach, "build", "--as-of", "2022-06-30"], cwd=tmp_path)
    assert (tmp_path / "output" / "truong" / "index.html").is_file()
    assert (tmp_path / "output" / "pagefind" / "pagefind.js").is_file()
    assert list((tmp_path / "reports").glob("bao-cao-ubnd-*.docx"))


def _run(command: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


def test_the_lock_holds_every_pinned_dependency_at_its_pinned_version_with_hashes() -> None:
    """requirements.lock is written from pyproject.toml (`make lock`): a pin changed in one and
    not the other fails here, offline."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    locked = _locked(ROOT / "requirements.lock")
    for pin in pins:
        name, version = pin.split("==")
        name = name.split("[")[0].lower().replace("_", "-")
        assert locked.get(name, (None,))[0] == version, f"{pin}: chạy `make lock`"
    assert all(hashes for _, hashes in locked.values())


def _locked(path: Path) -> dict[str, tuple[str, int]]:
    """{name: (version, number of hashes)} of a hashed requirements file."""
    found: dict[str, tuple[str, int]] = {}
    name = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and "==" in line:
            name, rest = line.split("==", 1)
            name = name.lower().replace("_", "-")
            found[name] = (rest.split()[0], 0)
        elif line.strip().startswith("--hash=sha256:") and name:
            found[name] = (found[name][0], found[name][1] + 1)
    return found
