"""Reading a records folder: every file placed, parsed strictly and typed by its schema.

This is an edge of the system (it reads files); what it returns is plain data: ``Record`` values
and findings about files that could not be read or are in the wrong place.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, TypeVar

from minhbach.findings import Finding, finding
from minhbach.records import yaml_strict
from minhbach.records.fast_path import load_fast, place_of_keys
from minhbach.records.schemas import SchemaSet
from minhbach.records.shapes import Shape
from minhbach.records.types import BY_FOLDER, BY_NAME, RECORD_TYPES, RecordType

ID_RULE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
OFFICE = "office"
ANY_SHAPE = Shape()  # keeps every value as written: enough to find where values are
T = TypeVar("T")


@dataclass(frozen=True, eq=False, slots=True)
class Record:
    """One record: its type, id (the file stem), where it was read from, and its data.

    Slots, not a dict per record: a province holds 270,000 of them (80 MB less).
    """

    type: str
    id: str
    path: str
    data: dict
    # None when not kept in memory (a record the fast path read): ``where`` reads the file again.
    # Only records with a finding need places, and a province's records would not fit otherwise.
    locations: dict[tuple, tuple[int, int]] | None
    folder_school: str | None = None
    source: str | None = None
    # The places read again from ``source`` when a message first needed one (a cache).
    _places_read: dict[tuple, tuple[int, int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def get(self, key: str, default: object = None) -> object:
        return self.data.get(key, default)

    def where(self, *path: str | int) -> tuple[int, int]:
        """Line and column of ``path`` in the file, or of its nearest written ancestor."""
        if self.locations is None and self._places_read is None and self.source:
            place = _place_of_keys(self.source, path)
            if place is not None:
                return place
        locations = self.locations if self.locations is not None else self._read_locations()
        key = tuple(path)
        while key:
            if key in locations:
                return locations[key]
            key = key[:-1]
        return (1, 1)

    def _read_locations(self) -> dict[tuple, tuple[int, int]]:
        cached = self._places_read
        if cached is None:
            cached = locations_of_file(self.source) if self.source else {}
            object.__setattr__(self, "_places_read", cached)  # a cache, not a change of the record
        return cached

    @property
    def is_demo(self) -> bool:
        return self.data.get("demo") is True


@dataclass
class RecordSet:
    """The records that can be checked across files, by type and id."""

    records: list[Record] = field(default_factory=list)
    # (type, id) of files that exist but are invalid: a reference to one is not reported again.
    broken: set[tuple[str, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._derived: dict[str, object] = {}
        self._index: dict[str, dict[str, Record]] = {t.name: {} for t in RECORD_TYPES}
        self._by_type: dict[str, list[Record]] = {t.name: [] for t in RECORD_TYPES}
        for record in self.records:
            self._index[record.type].setdefault(record.id, record)
            self._by_type[record.type].append(record)

    def derived(self, name: str, make: Callable[[RecordSet], T]) -> T:
        """``make(self)``, computed once per record set: several checks read the same ledger."""
        if name not in self._derived:
            self._derived[name] = make(self)
        return self._derived[name]  # type: ignore[return-value]

    def of(self, type_name: str) -> list[Record]:
        """The records of one type, in reading order (a copy: callers may sort it)."""
        return list(self._by_type[type_name])

    def get(self, type_name: str, record_id: str) -> Record | None:
        return self._index[type_name].get(record_id)

    def ids(self, type_name: str) -> dict[str, Record]:
        return self._index[type_name]

    def exists(self, type_name: str, record_id: str) -> bool:
        """True if a record of that type and id exists, valid or not."""
        return record_id in self._index[type_name] or (type_name, record_id) in self.broken


@dataclass
class Loaded:
    """What reading a folder gave: the parsed records and findings about unreadable files."""

    records: list[Record]
    findings: list[Finding]
    files: int
    unparsed: set[tuple[str, str]] = field(default_factory=set)


class RecordFile(NamedTuple):
    """A record file found where its type belongs: path under the folder, type, school folder."""

    relative: str
    type_name: str
    school: str | None

    @property
    def key(self) -> tuple[str, str]:
        """(type, id) as the file names them: a reference to an unreadable file is not re-reported."""
        return (self.type_name, stem(self.relative))


def list_record_files(
    folder: Path, display_root: str | None = None
) -> tuple[list[RecordFile], list[Finding]]:
    """Every record file under ``folder`` in reading order, and findings about misplaced files."""
    root = display_root if display_root is not None else str(folder)
    findings: list[Finding] = []
    files = [
        RecordFile(relative, record_type.name, school)
        for relative, record_type, school in _walk(folder, findings, root)
    ]
    return files, findings


def load_records(
    folder: Path,
    schemas: SchemaSet,
    display_root: str | None = None,
    *,
    fast: bool = True,
    on_file: Callable[[], None] | None = None,
) -> Loaded:
    """Read every record file under ``folder``. ``display_root`` prefixes paths in messages.

    ``fast=False`` reads every file with the strict loader only (tests compare the two paths).
    """
    root = display_root if display_root is not None else str(folder)
    files, findings = list_record_files(folder, root)
    records: list[Record] = []
    unparsed: set[tuple[str, str]] = set()
    for item in files:
        if on_file is not None:
            on_file()
        record, problems = read_record_file(folder, item, schemas, root, fast=fast)
        findings.extend(problems)
        if record is not None:
            records.append(record)
        else:
            unparsed.add(item.key)
    return Loaded(records, findings, len(files), unparsed)


def read_record_file(
    folder: Path | str, item: RecordFile, schemas: SchemaSet, root: str, *, fast: bool = True
) -> tuple[Record | None, list[Finding]]:
    """``load_file`` for a file ``list_record_files`` found under ``folder``."""
    return load_file(
        f"{folder}/{item.relative}",
        item.relative,
        BY_NAME[item.type_name],
        item.school,
        schemas,
        root,
        fast=fast,
        within=folder,
    )


def display_path(root: str, relative: str) -> str:
    return relative if root in ("", ".") else f"{root.rstrip('/')}/{relative}"


def stem(relative: str) -> str:
    return relative.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def load_file(
    path: Path | str,
    relative: str,
    record_type: RecordType,
    school: str | None,
    schemas: SchemaSet,
    root: str,
    *,
    fast: bool = True,
    within: Path | str | None = None,
) -> tuple[Record | None, list[Finding]]:
    """Parse one file; returns the record (None if it could not be parsed) and load findings.

    With ``within`` (the records folder), a file that is a symbolic link to a place outside it
    is not read (see ``read_bytes``).
    """
    shown = display_path(root, relative)
    try:
        data = read_bytes(path, within)
    except LinkOutside:
        return None, [finding(shown, (1, 1), "FILE-SYMLINK-OUTSIDE")]
    except OSError as exc:
        return None, [finding(shown, (1, 1), "FILE-UNREADABLE", reason=exc.strerror or str(exc))]
    shape = schemas.shapes[record_type.name]
    quick = load_fast(data, shape, locations=False) if fast else None
    if quick is not None:
        return Record(
            record_type.name, stem(relative), shown, quick[0], None, school, str(path)
        ), []
    loaded = yaml_strict.load(data, shape)
    problems = [
        Finding(
            shown,
            p.line,
            p.column,
            "error",
            p.code,
            p.field,
            tuple(_with_type(dict(p.params), record_type).items()),
        )
        for p in loaded.problems
    ]
    if loaded.data is None:
        return None, problems
    record = Record(record_type.name, stem(relative), shown, loaded.data, loaded.locations, school)
    return record, problems


class LinkOutside(Exception):
    """A record file is a symbolic link to a file outside the records folder."""


# Opening with O_NOFOLLOW costs nothing and fails on a link, the rare case then checked; where
# the flag does not exist (Windows) each file is asked whether it is a link.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def read_bytes(path: Path | str, within: Path | str | None = None) -> bytes:
    """A whole file, with plain system calls: a province has 270,000 small files to read, and
    Python's buffered file objects cost more than the reading itself.

    With ``within``, a symbolic link is followed only to a file inside that folder: a pull
    request could otherwise add a link to any file of the machine that validates it, and its
    content would be read (and quoted in messages) as a record. Raises ``LinkOutside``.
    """
    descriptor = os.open(path, os.O_RDONLY) if within is None else _open_within(path, within)
    try:
        chunks = [os.read(descriptor, _READ_SIZE)]
        while chunks[-1]:
            chunks.append(os.read(descriptor, _READ_SIZE))
    finally:
        os.close(descriptor)
    return chunks[0] if len(chunks) == 2 else b"".join(chunks)


_READ_SIZE = 1 << 16


def _open_within(path: Path | str, within: Path | str) -> int:
    if _NOFOLLOW:
        try:
            return os.open(path, os.O_RDONLY | _NOFOLLOW)
        except OSError:
            if not os.path.islink(path):
                raise
    elif not os.path.islink(path):
        return os.open(path, os.O_RDONLY)
    if not _points_inside(path, within):
        raise LinkOutside(str(path))
    return os.open(path, os.O_RDONLY)


def _points_inside(path: Path | str, folder: Path | str) -> bool:
    """True when ``path``, every link resolved, is ``folder`` or lies under it."""
    target, root = os.path.realpath(path), os.path.realpath(folder)
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _place_of_keys(source: str, path: tuple[str | int, ...]) -> tuple[int, int] | None:
    """The place of a path of field names in a file the fast path read, without a full parse
    (a province's validation asks for 20,000 places); None: parse the file."""
    if not all(isinstance(part, str) for part in path):
        return None
    try:
        data = read_bytes(source)
    except OSError:
        return None
    return place_of_keys(data, path)  # type: ignore[arg-type]


def locations_of_file(source: str) -> dict[tuple, tuple[int, int]]:
    """Where each value of a record file is written (read again when a message needs it)."""
    try:
        with open(source, "rb") as handle:
            data = handle.read()
    except OSError:
        return {}
    quick = load_fast(data, ANY_SHAPE)
    return quick[1] if quick is not None else yaml_strict.load(data, ANY_SHAPE).locations


def _with_type(params: dict, record_type: RecordType) -> dict:
    params.setdefault("type", record_type.name)
    return params


def _walk(
    folder: Path, findings: list[Finding], root: str
) -> Iterator[tuple[str, RecordType, str | None]]:
    """Yield (relative path, type, school folder) for each record file; report misplaced ones."""
    folders = ", ".join(f"{t.folder}/" for t in RECORD_TYPES)
    for dirpath, dirnames, filenames in os.walk(folder):
        relative_dir = Path(dirpath).relative_to(folder)
        parts = relative_dir.parts
        prefix = "".join(f"{part}/" for part in parts)
        dirnames[:] = _real_folders(folder, dirpath, dirnames, prefix, findings, root)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            relative = prefix + name
            shown = display_path(root, relative)
            if name.endswith(".yml"):
                findings.append(
                    finding(shown, (1, 1), "FILE-EXTENSION", suggested=name[:-4] + ".yaml")
                )
                continue
            if not name.endswith(".yaml"):
                continue
            record_type = BY_FOLDER.get(parts[0]) if parts else None
            if record_type is None:
                findings.append(finding(shown, (1, 1), "RECORD-WRONG-FOLDER", folders=folders))
                continue
            expected_depth = 2 if record_type.per_school else 1
            if len(parts) != expected_depth:
                if record_type.per_school:
                    findings.append(
                        finding(
                            shown,
                            (1, 1),
                            "RECORD-SCHOOL-FOLDER",
                            type=record_type.name,
                            folder=record_type.folder,
                            name=name,
                        )
                    )
                else:
                    findings.append(finding(shown, (1, 1), "RECORD-WRONG-FOLDER", folders=folders))
                continue
            school = parts[1] if record_type.per_school else None
            yield relative, record_type, school


def _real_folders(
    folder: Path, dirpath: str, dirnames: list[str], prefix: str, findings: list[Finding], root: str
) -> list[str]:
    """The folders to walk into, in order. A folder that is a link is not walked (its files, if
    inside the records folder, are read where they really are); one that points outside the
    records folder is reported, not silently skipped."""
    kept = []
    for name in sorted(dirnames):
        if name.startswith("."):
            continue
        full = os.path.join(dirpath, name)
        if not os.path.islink(full):
            kept.append(name)
        elif not _points_inside(full, folder):
            findings.append(
                finding(display_path(root, prefix + name), (1, 1), "FILE-SYMLINK-OUTSIDE")
            )
    return kept


def record_type_named(name: str) -> RecordType | None:
    return BY_NAME.get(name)
