"""Writing report files: atomically, deterministically, never inside the public output folder.

Reports hold personal data: a report written under ``output/`` would be deployed with the site,
so every path is checked first. A file is written to a temporary name beside it and moved into
place (``os.replace``), so a reader never sees half a file and a failed run leaves the old one.
Office files are zip archives whose entries carry a timestamp: they are rewritten with one fixed
date so that the same records and ``--as-of`` give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_OUTPUT = Path("output")


class ReportPathError(ValueError):
    """A report path lies inside the public output folder (bad usage: exit 2)."""


def inside(path: Path, folder: Path) -> bool:
    """True when ``path`` is ``folder`` or lies under it (symlinks and ``..`` resolved)."""
    target, root = Path(path).resolve(), Path(folder).resolve()
    return target == root or root in target.parents


def refuse_inside_output(path: Path, output_dir: Path = DEFAULT_OUTPUT) -> None:
    """Raise ReportPathError when ``path`` would put a report into the public site."""
    if inside(path, output_dir):
        raise ReportPathError(
            f"Không ghi báo cáo vào {path}: đường dẫn này nằm trong thư mục trang công khai "
            f"{output_dir}/ (sẽ bị đăng lên mạng). Chọn thư mục khác, ví dụ reports/."
        )


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then replace.

    An ``OSError`` (a full disk, a read-only folder) names ``path``, not the temporary file, nor
    nothing at all as a write that fails half-way would; the temporary file is removed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(path)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OSError(error.errno, error.strerror, str(path)) from error
        raise
    return path


def fixed_zip(blob: bytes, day: dt.date) -> bytes:
    """The same zip archive with every entry dated ``day`` (00:00) and in the same order."""
    stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(blob)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            # Copied in pieces: a province's list sheet is tens of megabytes unpacked.
            with source.open(entry) as reading, target.open(info, "w") as writing:
                shutil.copyfileobj(reading, writing, 1 << 20)
    return out.getvalue()


def content_hash(*parts: object) -> str:
    """A stable hash of plain data (dicts, lists, strings, numbers): what a file is made from."""
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Manifest:
    """Hashes of the inputs of files written before, so that unchanged files are not rewritten.

    Kept as ``.manifest.json`` in the folder it describes; paths in it are relative to that folder.
    """

    NAME = ".manifest.json"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / self.NAME
        try:
            self.hashes: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))["files"]
        except (OSError, ValueError, KeyError, TypeError):
            self.hashes = {}
        self._seen: set[str] = set()

    def is_current(self, relative: str, digest: str) -> bool:
        """True when the file exists and was made from the same inputs."""
        self._seen.add(relative)
        return self.hashes.get(relative) == digest and (self.folder / relative).is_file()

    def record(self, relative: str, digest: str) -> None:
        self._seen.add(relative)
        self.hashes[relative] = digest

    def stale(self) -> list[str]:
        """Files written before whose record is gone (seen in no call this run)."""
        return sorted(set(self.hashes) - self._seen)

    def forget(self, relatives: Iterable[str]) -> None:
        for relative in relatives:
            self.hashes.pop(relative, None)

    def save(self) -> None:
        text = json.dumps(
            {"version": 1, "files": dict(sorted(self.hashes.items()))}, ensure_ascii=False, indent=1
        )
        write_atomic(self.path, (text + "\n").encode("utf-8"))


@dataclass
class Incremental:
    """What an incremental run did: files (re)written, files left as they were, files removed."""

    written: list[Path] = field(default_factory=list)
    unchanged: int = 0
    removed: list[Path] = field(default_factory=list)


def write_changed(
    folder: Path,
    documents: Iterable[tuple[str, str, Callable[[], bytes]]],
    *,
    in_scope: Callable[[str], bool],
) -> Incremental:
    """Write each ``(relative path, input hash, render)`` whose inputs changed since the last run.

    ``render`` is called only for new or changed files (rendering is the slow part). Files this
    folder's manifest lists, that are ``in_scope`` of this run and whose record is gone, are
    removed: a receipt of a deleted handover must not linger.
    """
    manifest = Manifest(folder)
    result = Incremental()
    for relative, digest, render in documents:
        if manifest.is_current(relative, digest):
            result.unchanged += 1
            continue
        result.written.append(write_atomic(folder / relative, render()))
        manifest.record(relative, digest)
    gone = [relative for relative in manifest.stale() if in_scope(relative)]
    for relative in gone:
        (folder / relative).unlink(missing_ok=True)
        result.removed.append(folder / relative)
    manifest.forget(gone)
    manifest.save()
    return result
