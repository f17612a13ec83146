"""Rewriting every branch, tag and remote-tracking ref with git-filter-repo, then dropping the past.

git-filter-repo runs in this process as a library (it is one Python module on PyPI, and runs
wherever git and Python do, Windows included). It is given:

* ``replacements``: the object id of each version of a child's file → its reduced bytes;
* a ``Scrubber`` for every other blob, file name and commit or tag message.

Options, and why: ``--partial`` keeps the ``origin`` remote and its tracking refs where they are
(filter-repo would otherwise turn them into local branches and remove the remote, which the
office needs to push back); ``--prune-empty never`` and ``--prune-degenerate never`` keep every
commit, even one whose only change was to the child's address, so that history keeps its shape
and commits map one to one; ``--replace-refs delete-no-add`` leaves no ``refs/replace/`` behind.
Partial mode expires nothing: ``drop_old_objects`` expires every reflog and prunes afterwards.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from pathlib import Path

from minhbach.erasure.scrub import Scrubber
from minhbach.workflow.gitrevs import GitError, run_git

FILTER_REPO_OPTIONS = [
    "--force",
    "--partial",
    "--quiet",
    "--prune-empty",
    "never",
    "--prune-degenerate",
    "never",
    "--replace-refs",
    "delete-no-add",
]


class RewriteError(Exception):
    """git-filter-repo stopped (its message says why); the old history is still in place."""


def rewrite_history(root: Path, replacements: dict[str, bytes], scrubber: Scrubber) -> None:
    """Rewrite every ref of the repository at ``root``; the working tree follows (reset --hard)."""
    import git_filter_repo as filter_repo  # imported here: only ``forget`` needs it

    by_id = {key.encode("ascii"): value for key, value in replacements.items()}

    def on_blob(blob, _metadata) -> None:
        new = by_id.get(blob.original_id)
        if new is None:
            new = scrubber.scrub_blob(blob.data)
        if new is not None:
            blob.data = new

    def on_message(message: bytes) -> bytes:
        new = scrubber.scrub_text(message.decode("utf-8", errors="replace"))
        return message if new is None else new.encode("utf-8")

    def on_filename(name: bytes) -> bytes:
        new = scrubber.scrub_text(name.decode("utf-8", errors="replace"))
        return name if new is None else new.encode("utf-8")

    forget_filter_repo_state(root)
    args = filter_repo.FilteringOptions.parse_args(FILTER_REPO_OPTIONS, error_on_empty=False)
    previous = Path.cwd()
    chatter = io.StringIO()
    try:
        os.chdir(root)  # filter-repo works on the repository in the current folder
        with contextlib.redirect_stdout(chatter):
            filter_repo.RepoFilter(
                args,
                blob_callback=on_blob,
                message_callback=on_message,
                filename_callback=on_filename,
            ).run()
    except SystemExit as exc:
        raise RewriteError(f"{exc} {chatter.getvalue().strip()}".strip()) from None
    finally:
        os.chdir(previous)
    forget_filter_repo_state(root)


def forget_filter_repo_state(root: Path) -> None:
    """Remove filter-repo's notes (old and new commit ids): each run stands alone, and a second
    run a day later would otherwise stop to ask whether it continues the first."""
    git_dir = Path(str(run_git(root, "rev-parse", "--absolute-git-dir")).strip())
    shutil.rmtree(git_dir / "filter-repo", ignore_errors=True)


def drop_old_objects(root: Path) -> None:
    """Expire every reflog and prune: the old versions leave the object store."""
    git_dir = Path(str(run_git(root, "rev-parse", "--absolute-git-dir")).strip())
    for name in ("ORIG_HEAD", "FETCH_HEAD"):  # old commit ids git keeps beside the refs
        (git_dir / name).unlink(missing_ok=True)
    run_git(root, "reflog", "expire", "--expire=now", "--expire-unreachable=now", "--all")
    try:
        run_git(root, "gc", "--prune=now", "--quiet")
    except GitError:
        # gc refuses when another gc seems to run (a stale lock): prune by hand then.
        run_git(root, "repack", "-a", "-d", "-q")
        run_git(root, "prune", "--expire=now")
