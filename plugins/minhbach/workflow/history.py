"""``minhbach history ID``: who changed one record, when, why, and what (masked like ``diff``).

The record's file is found in the working tree (or, if it was deleted, in the history), then
``git log --follow`` lists the commits that touched it, renames included (a nomination moved to
another school's folder keeps its history). Each version is read with the strict loader, so a
version that was invalid is still compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from minhbach.records import yaml_strict
from minhbach.records.schemas import SchemaSet
from minhbach.records.types import BY_FOLDER
from minhbach.workflow.changes import FieldChange, field_changes
from minhbach.workflow.gitrevs import Repo, file_log, find_in_history, open_repo, show_file


class RecordNotFound(LookupError):
    """No record file with that id, now or in the history."""


@dataclass
class Version:
    commit: str
    author: str
    date: str  # dd/mm/yyyy
    message: str
    path: str
    status: str  # added | changed | removed | renamed
    fields: list[FieldChange] = field(default_factory=list)
    data: dict | None = None
    previous: dict | None = None


@dataclass
class History:
    record_id: str
    type: str
    path: str
    versions: list[Version]  # newest first


def locate_record(records: Path, repo: Repo, record_id: str) -> str:
    """The repository path of the record's file (working tree first, then history)."""
    matches = sorted(
        p
        for p in records.rglob(f"{record_id}.yaml")
        if not any(part.startswith(".") for part in p.parts)
    )
    if matches:
        return matches[0].resolve().relative_to(repo.root).as_posix()
    found = find_in_history(repo, f"{record_id}.yaml")
    if found is None:
        raise RecordNotFound(record_id)
    return found


def record_history(records: Path, record_id: str, schemas: SchemaSet | None = None) -> History:
    schemas = schemas or SchemaSet.from_folder()
    repo = open_repo(records)
    path = locate_record(records, repo, record_id)
    inner = path[len(repo.records_prefix) + 1 :] if repo.records_prefix != "." else path
    record_type = BY_FOLDER.get(inner.split("/", 1)[0])
    if record_type is None:
        raise RecordNotFound(record_id)
    shape = schemas.shapes[record_type.name]
    entries = list(
        reversed(file_log(repo, path))
    )  # oldest first, to compare each with the one before
    versions: list[Version] = []
    previous: dict | None = None
    previous_path: str | None = None
    for entry in entries:
        content = show_file(repo, entry["commit"], entry["path"])
        data = yaml_strict.load(content, shape).data if content is not None else None
        if content is None:
            status = "removed"
        elif previous is None:
            status = "added"
        elif previous_path != entry["path"]:
            status = "renamed"
        else:
            status = "changed"
        year, month, day = entry["date"].split("-")
        versions.append(
            Version(
                entry["commit"],
                entry["author"],
                f"{day}/{month}/{year}",
                entry["message"],
                entry["path"],
                status,
                field_changes(previous, data),
                data,
                previous,
            )
        )
        previous, previous_path = data, entry["path"]
    return History(record_id, record_type.name, path, list(reversed(versions)))
