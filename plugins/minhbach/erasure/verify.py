"""After the rewrite: no object in the repository, reachable or not, still holds a value.

``git cat-file --batch-all-objects --batch`` reads every object git stores (loose or packed,
reachable or not): blobs, trees (file names), commits and tags (messages). Each is searched like
the leak guard searches the site (entities, escapes, every spelling), zips member by member. A
record holding a value as its own field (a sibling's shared guardian) is not a leak. Branch and
tag names are searched too: a ref named after a child would be pushed with the rest.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from minhbach.erasure.scrub import Scrubber
from minhbach.workflow.gitrevs import GitError, git_failure, run_git


@dataclass(frozen=True)
class Leak:
    """An object (or a ref, ``kind == "ref"``) that still holds values (indexes into the list)."""

    name: str
    kind: str
    values: tuple[int, ...]


def find_leaks(root: Path, scrubber: Scrubber) -> tuple[list[Leak], int]:
    """The objects and refs that still hold a value, and how many objects were read."""
    leaks = []
    count = 0
    for object_id, kind, data in all_objects(root):
        count += 1
        found = scrubber.leaks(data)
        if found:
            leaks.append(Leak(object_id, kind, tuple(sorted(found))))
    refs = str(run_git(root, "for-each-ref", "--format=%(refname)"))
    for ref in refs.splitlines():
        found = scrubber.leaks(ref.encode("utf-8"))
        if found:
            leaks.append(Leak(ref, "ref", tuple(sorted(found))))
    return leaks, count


def all_objects(root: Path) -> Iterator[tuple[str, str, bytes]]:
    """(id, type, content) of every object stored in the repository at ``root``."""
    try:
        process = subprocess.Popen(
            ["git", "-C", str(root), "cat-file", "--batch-all-objects", "--batch"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    except FileNotFoundError:
        raise GitError(
            "Không tìm thấy chương trình git. Cài git (https://git-scm.com) rồi chạy lại.",
            "The git program was not found. Install git (https://git-scm.com), then try again.",
        ) from None
    assert process.stdout is not None
    stream = process.stdout
    try:
        while True:
            header = stream.readline()
            if not header:
                break
            object_id, kind, size = header.split()
            data = stream.read(int(size))
            stream.read(1)  # the newline after each object
            yield object_id.decode("ascii"), kind.decode("ascii"), data
    finally:
        stream.close()
        error = process.stderr.read() if process.stderr else b""
        if process.wait() != 0:
            said = error.decode("utf-8", errors="replace")
            raise git_failure(Path("."), ("cat-file", "--batch"), said)
