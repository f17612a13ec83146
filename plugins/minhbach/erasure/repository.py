"""The repository's state before an erasure, and the commit that writes the tombstones.

An erasure rewrites every commit and then resets the working tree, so it starts only from a
clean tree (or from the tree an interrupted erasure left), with no stash (a stash's older
entries live in a reflog that the erasure expires), no second worktree (its index and HEAD would
keep old objects alive) and a git user to name in the erasure record.
"""

from __future__ import annotations

from pathlib import Path

from minhbach.workflow.gitrevs import GitError, Repo, run_git


class NotReady(Exception):
    """The repository cannot be rewritten now; the message says what to do (exit 2).

    Vietnamese; ``english`` for ``--lang en``.
    """

    def __init__(self, message: str, english: str | None = None) -> None:
        super().__init__(message)
        self.english = english


def dirty_paths(repo: Repo) -> list[str]:
    """Paths with changes not committed (tracked or not, ignored files aside)."""
    out = str(repo.git("status", "--porcelain", "--untracked-files=all", "-z"))
    return [entry[3:] for entry in out.split("\0") if len(entry) > 3]


def check_ready(repo: Repo, allowed_dirty: set[str], head_before: str | None) -> None:
    """Raise NotReady unless the repository can be rewritten.

    ``allowed_dirty``: paths an interrupted erasure wrote (its tombstones); ``head_before``: the
    commit an interrupted rewrite started from; a working tree still equal to it is stale, not
    someone's work, and the erasure resets it.
    """
    dirty = [p for p in dirty_paths(repo) if p not in allowed_dirty]
    if dirty and not (head_before and _same_as(repo, head_before)):
        listed = "\n".join(f"  {p}" for p in dirty[:10])
        more = f"\n  … và {len(dirty) - 10} tệp khác" if len(dirty) > 10 else ""
        more_en = f"\n  … and {len(dirty) - 10} more files" if len(dirty) > 10 else ""
        raise NotReady(
            "Thư mục làm việc còn thay đổi chưa lưu vào git:\n"
            f"{listed}{more}\n"
            "Việc xoá viết lại toàn bộ lịch sử và đặt lại thư mục làm việc, nên có thể làm mất các thay đổi này. "
            "Lưu chúng bằng `git commit` (hoặc bỏ đi bằng `git restore`/xoá tệp), rồi chạy lại lệnh.",
            "The working tree has changes not committed to git:\n"
            f"{listed}{more_en}\n"
            "The erasure rewrites the whole history and resets the working tree, so they could be "
            "lost. Commit them (or drop them with `git restore`/delete the files), then try again.",
        )
    if str(repo.git("stash", "list")).strip():
        raise NotReady(
            "Kho git còn thay đổi cất tạm (`git stash list`). Việc xoá sẽ làm mất chúng và chúng có thể "
            "chứa dữ liệu của học sinh: áp dụng (`git stash pop`) rồi commit, hoặc bỏ (`git stash drop`), rồi chạy lại.",
            "The repository has stashed changes (`git stash list`). The erasure would lose them and "
            "they may hold a student's data: apply them (`git stash pop`) and commit, or drop them "
            "(`git stash drop`), then try again.",
        )
    worktrees = [
        line
        for line in str(repo.git("worktree", "list", "--porcelain")).splitlines()
        if line.startswith("worktree ")
    ]
    if len(worktrees) > 1:
        raise NotReady(
            "Kho git có nhiều thư mục làm việc (`git worktree list`). Gỡ các thư mục phụ "
            "(`git worktree remove ĐƯỜNG-DẪN`) rồi chạy lại từ thư mục chính.",
            "The repository has several working trees (`git worktree list`). Remove the extra ones "
            "(`git worktree remove PATH`), then run again from the main one.",
        )
    git_user(repo)


def _same_as(repo: Repo, commit: str) -> bool:
    try:
        repo.git("diff", "--quiet", commit, "--")
    except GitError:
        return False
    return True


def git_user(repo: Repo) -> str:
    """The name in ``git config user.name``: who carried the erasure out."""
    try:
        name = str(repo.git("config", "user.name")).strip()
    except GitError:
        name = ""
    if not name:
        raise NotReady(
            'Chưa khai báo người dùng git. Chạy `git config user.name "Họ tên"` và '
            '`git config user.email "thu@dien.tu"` rồi chạy lại: biên bản xoá ghi tên người thực hiện.',
            'No git user is set. Run `git config user.name "Full Name"` and '
            '`git config user.email "you@example.org"`, then try again: the erasure record names '
            "who carried it out.",
        )
    return name


def head(repo: Repo) -> str:
    return str(repo.git("rev-parse", "HEAD")).strip()


def refs_count(repo: Repo) -> dict[str, int]:
    """Branches, tags and other refs that the rewrite will change."""
    counts = {"branches": 0, "tags": 0, "other": 0}
    for ref in str(repo.git("for-each-ref", "--format=%(refname)")).splitlines():
        if ref.startswith("refs/heads/"):
            counts["branches"] += 1
        elif ref.startswith("refs/tags/"):
            counts["tags"] += 1
        else:
            counts["other"] += 1
    return counts


def commit_paths(repo: Repo, paths: list[str], message: str) -> bool:
    """Stage ``paths`` (repository-relative) and commit them; False when nothing changed."""
    repo.git("add", "--all", "--", *paths)
    staged = str(repo.git("diff", "--cached", "--name-only", "--", *paths)).strip()
    if not staged:
        return False
    repo.git("commit", "--quiet", "--no-verify", "-m", message, "--", *paths)
    return True


def reset_hard(root: Path) -> None:
    run_git(root, "reset", "--hard", "--quiet")
