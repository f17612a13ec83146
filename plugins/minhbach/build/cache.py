"""The build fingerprint: a second build with nothing changed is skipped in seconds.

A build's result depends on the records, the content pages, the theme, the schemas, the settings
file, the code, the ``--as-of`` day and the folders it writes to. Their fingerprint is a hash of
every input file's *content*; to avoid reading a province's 300,000 record files again, a file
whose size and modification time are unchanged keeps the content hash recorded last time (the
same trade-off as git's index). Any added, removed or changed file gives a new fingerprint and a
full build: the cache is never trusted further than the inputs it has seen.

What the last build wrote must still be there as it wrote it: the output folder (names and
sizes of every file) and each report (size and modification time): a deleted or edited site,
an emptied reports/ or one report removed gives a full build that writes them again.

The state lives in ``.minhbach/build-cache/`` next to the project, never in output/.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from minhbach.build.options import CACHE_DIR, BuildOptions, site_folders
from minhbach.records.schemas import schema_files

if TYPE_CHECKING:
    from minhbach.settings import Settings

_PACKAGE = Path(__file__).resolve().parents[1]  # the whole minhbach package: the code is an input


@dataclass(frozen=True)
class Inputs:
    """Everything a build reads, and the facts that change its result without a file changing."""

    folders: tuple[Path, ...]
    files: tuple[Path, ...]
    facts: tuple[str, ...]


def build_inputs(options: BuildOptions, settings: Settings) -> Inputs:
    """Every file the build reads, and the facts that change its result."""
    return Inputs(
        folders=(
            options.records,
            *site_folders(options, settings).values(),
            Path(str(schema_files())),
            package_folder(),
            *((options.previous,) if options.previous else ()),
        ),
        files=(options.settings_file, options.settings_file.resolve().parent / "pelicanconf.py"),
        facts=(
            options.as_of.isoformat(),
            str(options.reports.resolve() if options.reports else ""),
            str(options.display_root),
        ),
    )


def fingerprint(inputs: Inputs, cache_dir: Path = CACHE_DIR) -> str:
    """A hash of the content of every input file (sizes and times only pick what to re-read)."""
    index_path = cache_dir / "file-hashes.json"
    try:
        known: dict[str, list] = json.loads(index_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    fresh: dict[str, list] = {}
    total = hashlib.sha256()
    for fact in inputs.facts:
        total.update(f"fact\0{fact}\0".encode())
    for path in _files(inputs):
        try:
            stat = os.stat(path)
        except OSError:  # a broken link: it is not an input, but its name still counts
            total.update(f"missing\0{path}\0".encode())
            continue
        seen = known.get(path)
        if seen is not None and seen[0] == stat.st_size and seen[1] == stat.st_mtime_ns:
            entry = seen
        else:
            with open(path, "rb") as handle:
                entry = [stat.st_size, stat.st_mtime_ns, hashlib.sha256(handle.read()).hexdigest()]
        fresh[path] = entry
        total.update(f"file\0{path}\0{entry[2]}\0".encode())
    if fresh != known:  # a province's index is tens of megabytes: write it only when it changed
        _write_json(index_path, fresh)
    return total.hexdigest()


def _files(inputs: Inputs) -> list[str]:
    """Absolute paths of every input file, in a stable order (no per-file path resolution)."""
    found: list[str] = [str(path.resolve()) for path in inputs.files if path.is_file()]
    for folder in inputs.folders:
        root = str(Path(folder).resolve())
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            found.extend(
                os.path.join(dirpath, name)
                for name in sorted(filenames)
                if not name.endswith(".pyc")
            )
    return found


def output_signature(output: Path) -> str:
    """Names and sizes of what is in the output folder now, to notice a deleted or edited site."""
    digest = hashlib.sha256()
    root = str(output)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        relative = os.path.relpath(dirpath, root)
        with os.scandir(dirpath) as entries:
            sizes = {e.name: e.stat().st_size for e in entries if e.is_file(follow_symlinks=False)}
        for name in sorted(filenames):
            digest.update(f"{relative}/{name}\0{sizes.get(name, -1)}\0".encode())
    return digest.hexdigest()


def reports_signature(reports: list[Path]) -> list[list]:
    """Each report the build wrote (by its absolute path), with its size and modification time."""
    signature = []
    for path in map(os.path.abspath, reports):
        try:
            stat = os.stat(path)
        except OSError:
            signature.append([path, -1, -1])
        else:
            signature.append([path, stat.st_size, stat.st_mtime_ns])
    return signature


def unchanged(key: str, print_: str, output: Path, cache_dir: Path = CACHE_DIR) -> bool:
    """True if the last successful build for ``key`` had this fingerprint and what it wrote
    (the output folder, the reports) is still there as it wrote it."""
    try:
        state = json.loads((cache_dir / "builds.json").read_text(encoding="utf-8")).get(key)
    except (OSError, ValueError):
        return False
    if state is None or state.get("fingerprint") != print_ or not output.is_dir():
        return False
    reports = state.get("reports", [])
    return state.get("output") == output_signature(output) and reports == reports_signature(
        [Path(path) for path, _, _ in reports]
    )


def remember(
    key: str, print_: str, output: Path, cache_dir: Path = CACHE_DIR, reports: Sequence[Path] = ()
) -> None:
    """Record a successful build (called after the new site and the reports are in place)."""
    path = cache_dir / "builds.json"
    try:
        builds = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        builds = {}
    builds[key] = {
        "fingerprint": print_,
        "output": output_signature(output),
        "reports": reports_signature(list(reports)),
    }
    _write_json(path, builds)


def forget(key: str, cache_dir: Path = CACHE_DIR) -> None:
    """A failed build: the next one must run in full."""
    path = cache_dir / "builds.json"
    try:
        builds = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if builds.pop(key, None) is not None:
        _write_json(path, builds)


def package_folder() -> Path:
    return _PACKAGE


def _write_json(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(value), encoding="utf-8")
    os.replace(temporary, path)
