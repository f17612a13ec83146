"""Replacing several files together: all of them, or none.

``minhbach approve`` changes dozens of nominations for one decision and ``minhbach init`` writes
both settings files: a half-done change would leave a decision recorded for some of its students
only, or a site address without its key. Every new text is first written beside its file (a
full disk or a read-only folder fails here, before anything changed); then each is renamed over
its file (``os.replace``, atomic on Windows too). Should a rename still fail, the files already
replaced get their old bytes back.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path


def replace_files(changes: Mapping[Path, str | bytes]) -> None:
    """Write every ``path: content`` of ``changes``, or leave every file as it was.

    New files get ordinary permissions (read for all, write for the owner); a replaced file keeps
    its own. An ``OSError`` names the file it concerns.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, content in changes.items():
            staged.append((_stage(path, content), path))
        _swap(staged)
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


def _stage(path: Path, content: str | bytes) -> Path:
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(path)) from error
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644
        os.chmod(temporary, mode)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OSError(error.errno, error.strerror, str(path)) from error
    return temporary


def _swap(staged: list[tuple[Path, Path]]) -> None:
    before = {path: path.read_bytes() if path.exists() else None for _, path in staged}
    done: list[Path] = []
    try:
        for temporary, path in staged:
            os.replace(temporary, path)
            done.append(path)
    except OSError as error:
        for path in done:
            with contextlib.suppress(OSError):  # put back what can be; the error says the rest
                old = before[path]
                if old is None:
                    path.unlink()
                else:
                    path.write_bytes(old)
        raise OSError(error.errno, error.strerror, error.filename) from error
