"""Writing the demo tree, and the guard that never lets it overwrite real records."""

from __future__ import annotations

import os
import re
from pathlib import Path

from minhbach.cli.common import UsageError

_DEMO_LINE = re.compile(r"^demo:[ \t]*true[ \t]*(#.*)?$", re.MULTILINE)


def _files(folder: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        found += [Path(dirpath) / name for name in sorted(filenames)]
    return found


def check_target(out: Path) -> list[Path]:
    """The previous demo files in ``out`` (to replace); refuse if ``out`` holds anything else.

    A file that is not YAML, or a YAML file without ``demo: true``, may be the office's real
    work: the demo stops (exit 2) and names it rather than guess.
    """
    if out.exists() and not out.is_dir():
        raise UsageError(f"`{out}` là một tệp, không phải thư mục. Chọn một thư mục cho --out.")
    previous = []
    for path in _files(out) if out.is_dir() else []:
        if path.name.startswith(".") and path.suffix not in (".yaml", ".yml"):
            continue  # .gitkeep and the like
        text = (
            path.read_text(encoding="utf-8", errors="replace")
            if path.suffix in (".yaml", ".yml")
            else ""
        )
        if not _DEMO_LINE.search(text):
            raise UsageError(
                f"Thư mục `{out}` đã có dữ liệu không phải dữ liệu minh họa ({path}: không có `demo: true`). "
                "Lệnh demo không ghi đè hồ sơ thật: chọn một thư mục trống cho --out."
            )
        previous.append(path)
    return previous


def replace_tree(out: Path, previous: list[Path], files: list[tuple[str, str]]) -> None:
    """Remove the previous demo (so no stale file survives), then write ``files`` under ``out``."""
    for path in previous:
        path.unlink()
    for dirpath, _, _ in sorted(os.walk(out), key=lambda entry: len(entry[0]), reverse=True):
        if Path(dirpath) != out and not any(Path(dirpath).iterdir()):
            Path(dirpath).rmdir()
    made: set[Path] = set()
    for relative, text in files:
        path = out / relative
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
