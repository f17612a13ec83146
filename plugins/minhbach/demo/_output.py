"""Writing the demo tree, and the guard that never lets it overwrite real records.

Creating, reading or deleting some 27,000 small files (a 10,000-student demo) is bound by the
file system, not by Python: a few threads halve the time on a busy disk. Which thread touches
which file changes no byte and no decision.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

_THREADS = 4
_DEMO_LINE = re.compile(r"^demo:[ \t]*true[ \t]*(#.*)?$", re.MULTILINE)


class DemoError(Exception):
    """The demo cannot be written as asked (a bad count, a folder holding real work).

    The message says what to do, in Vietnamese (``english`` for ``--lang en``); ``minhbach
    demo`` reports it as bad usage (exit 2).
    """

    def __init__(self, message: str, english: str | None = None) -> None:
        super().__init__(message)
        self.english = english


def _files(folder: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        found += [Path(dirpath) / name for name in sorted(filenames)]
    return found


def _is_demo(path: Path) -> bool:
    if path.suffix not in (".yaml", ".yml"):
        return False
    return bool(_DEMO_LINE.search(path.read_text(encoding="utf-8", errors="replace")))


def check_target(out: Path) -> list[Path]:
    """The previous demo files in ``out`` (to replace); refuse if ``out`` holds anything else.

    A file that is not YAML, or a YAML file without ``demo: true``, may be the office's real
    work: the demo stops (exit 2) and names the first such file rather than guess.
    """
    if out.exists() and not out.is_dir():
        raise DemoError(
            f"`{out}` là một tệp, không phải thư mục. Chọn một thư mục cho --out.",
            f"`{out}` is a file, not a folder. Choose a folder for --out.",
        )
    if not out.is_dir():
        return []
    # .gitkeep and the like are neither records nor work to protect
    previous = [
        p for p in _files(out) if not (p.name.startswith(".") and p.suffix not in (".yaml", ".yml"))
    ]
    with ThreadPoolExecutor(_THREADS) as pool:
        verdicts = list(pool.map(_is_demo, previous))
    for path, is_demo in zip(previous, verdicts, strict=True):
        if not is_demo:
            raise DemoError(
                f"Thư mục `{out}` đã có dữ liệu không phải dữ liệu minh họa ({path}: không có "
                "`demo: true`). Lệnh demo không ghi đè hồ sơ thật: chọn một thư mục trống cho --out.",
                f"The folder `{out}` holds data that is not demo data ({path}: no `demo: true`). "
                "The demo never overwrites real records: choose an empty folder for --out.",
            )
    return previous


def replace_tree(out: Path, previous: list[Path], files: list[tuple[str, str]]) -> None:
    """Remove the previous demo (so no stale file survives), then write ``files`` under ``out``."""
    with ThreadPoolExecutor(_THREADS) as pool:
        list(pool.map(Path.unlink, previous))
    for dirpath, _, _ in sorted(os.walk(out), key=lambda entry: len(entry[0]), reverse=True):
        if Path(dirpath) != out and not any(Path(dirpath).iterdir()):
            Path(dirpath).rmdir()
    for folder in sorted({(out / relative).parent for relative, _ in files}):
        folder.mkdir(parents=True, exist_ok=True)
    parts = [files[start::_THREADS] for start in range(_THREADS)]
    with ThreadPoolExecutor(_THREADS) as pool:
        list(pool.map(lambda part: _write_all(out, part), parts))


def _write_all(out: Path, files: list[tuple[str, str]]) -> None:
    for relative, text in files:
        with open(out / relative, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
