"""The children's files in every commit of every branch, tag, stash and reflog, read with git.

``git rev-list --objects --all --reflog`` names each blob once, with a path it was seen at.
A nomination's versions are the blobs at ``nominations/<school>/<id>.yaml`` (any school
folder: a renamed folder keeps the file's name); a handover's or follow-up's are the blobs under
``handovers/`` or ``followups/`` whose ``nomination`` names one of the children. Each version is
read with the strict loader, so an invalid old version is still reduced.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from minhbach.erasure.tombstone import TYPES
from minhbach.records import yaml_strict
from minhbach.records.schemas import SchemaSet
from minhbach.workflow.gitrevs import Repo, read_blobs

_FOLDERS = {"nominations": "nomination", "handovers": "handover", "followups": "followup"}
_NOMINATION_LINE = re.compile(rb"^nomination:[ \t]*['\"]?([a-z0-9][a-z0-9-]*)", re.MULTILINE)


@dataclass(frozen=True)
class Version:
    """One blob that was a child's file: the object id, type, a path it had, content, data."""

    blob: str
    type: str
    path: str
    nomination: str
    content: bytes
    data: dict | None  # None when the version could not be read as YAML


@dataclass
class ChildHistory:
    """Every version of the children's files that the repository holds."""

    versions: list[Version] = field(default_factory=list)

    def of(self, nomination_id: str) -> list[Version]:
        return [v for v in self.versions if v.nomination == nomination_id]

    def ids_found(self) -> set[str]:
        return {v.nomination for v in self.versions if v.type == "nomination"}


def scan(repo: Repo, nominations: Collection[str], schemas: SchemaSet) -> ChildHistory:
    """Every version of the files of ``nominations`` in the repository's history."""
    wanted = set(nominations)
    listing = str(repo.git("rev-list", "--objects", "--all", "--reflog"))
    own: list[tuple[str, str, str, str]] = []  # blob, type, path, nomination
    related: list[tuple[str, str, str]] = []
    for line in listing.splitlines():
        blob, _, path = line.partition(" ")
        parts = path.split("/")
        if len(parts) < 3 or not parts[-1].endswith(".yaml"):
            continue
        # The type's folder anywhere above the file: a folder moved into another one still counts.
        type_name = next((_FOLDERS[p] for p in reversed(parts[:-1]) if p in _FOLDERS), None)
        if type_name == "nomination":
            stem = parts[-1][: -len(".yaml")]
            if stem in wanted:
                own.append((blob, type_name, path, stem))
        elif type_name is not None:
            related.append((blob, type_name, path))
    contents = read_blobs(repo, [blob for blob, *_ in own] + [blob for blob, *_ in related])
    history = ChildHistory()
    for (blob, type_name, path, stem), content in zip(own, contents, strict=False):
        history.versions.append(_version(blob, type_name, path, stem, content, schemas))
    for (blob, type_name, path), content in zip(related, contents[len(own) :], strict=True):
        match = _NOMINATION_LINE.search(content)
        if match and match.group(1).decode() in wanted:
            stem = match.group(1).decode()
            history.versions.append(_version(blob, type_name, path, stem, content, schemas))
    return history


def _version(
    blob: str, type_name: str, path: str, nomination: str, content: bytes, schemas: SchemaSet
) -> Version:
    assert type_name in TYPES
    data = yaml_strict.load(content, schemas.shapes[type_name]).data
    return Version(blob, type_name, path, nomination, content, data)
