"""Reading records as they were at a git revision (``git ls-tree`` and ``git cat-file``).

The only module of the workflow that runs git. A revision's records folder is copied into a
temporary folder so that the real loader and checks read it exactly as they read the working
tree. ``git cat-file --batch`` reads all files in one process, which matters at thousands of
records.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


class GitError(Exception):
    """git failed: not a repository, an unknown revision… (the message says which).

    The message is Vietnamese, ``english`` its English; git's own words (English, whatever the
    user's language) are kept only as the detail at the end, never as the whole message.
    """

    def __init__(self, message: str, english: str | None = None) -> None:
        super().__init__(message)
        self.english = english or message

    def text(self, lang: str) -> str:
        return self.english if lang == "en" else str(self)


@dataclass(frozen=True)
class Repo:
    root: Path
    records_prefix: str  # the records folder relative to the repository root ("records")

    def git(self, *args: str, binary: bool = False) -> str | bytes:
        return run_git(self.root, *args, binary=binary)


def run_git(cwd: Path, *args: str, binary: bool = False, stdin: bytes | None = None) -> str | bytes:
    try:
        done = subprocess.run(
            ["git", "-C", str(cwd), *args], capture_output=True, input=stdin, check=False
        )
    except FileNotFoundError:
        raise GitError(
            "Không tìm thấy chương trình git. Cài git (https://git-scm.com) rồi chạy lại.",
            "The git program was not found. Install git (https://git-scm.com), then try again.",
        ) from None
    if done.returncode != 0:
        raise git_failure(cwd, args, done.stderr.decode("utf-8", errors="replace"))
    return done.stdout if binary else done.stdout.decode("utf-8", errors="replace")


def git_failure(cwd: Path, args: tuple[str, ...], said: str) -> GitError:
    """What to tell the user when git refused: the cause in their words, git's as detail."""
    detail = said.strip().splitlines()[-1] if said.strip() else ""
    if "not a git repository" in said:
        return GitError(
            f"Thư mục {cwd} không nằm trong một kho git: lệnh này đọc lịch sử hồ sơ từ git. "
            "Chạy lệnh trong bản sao (clone) của kho hồ sơ.",
            f"The folder {cwd} is not inside a git repository: this command reads the records' "
            "history from git. Run it in a clone of the records repository.",
        )
    if "dubious ownership" in said:
        return GitError(
            f"git từ chối đọc kho ở {cwd} vì thư mục thuộc người dùng khác. Chạy "
            "`git config --global --add safe.directory` với đường dẫn kho (xem chi tiết của git: "
            f"{detail}).",
            f"git refuses to read the repository at {cwd}, owned by another user. Run "
            f"`git config --global --add safe.directory` with its path (git said: {detail}).",
        )
    command = " ".join(("git", *args[:2]))
    return GitError(
        f"Lệnh `{command}` không chạy được (git báo: {detail or 'không rõ lý do'}). Kiểm tra kho "
        "git (chạy `git status`) rồi thử lại.",
        f"`{command}` failed (git said: {detail or 'no reason given'}). Check the repository "
        "(run `git status`) and try again.",
    )


def open_repo(records: Path) -> Repo:
    """The repository that holds the records folder ``records``."""
    folder = records.resolve()
    probe = folder if folder.is_dir() else folder.parent
    while not probe.exists():
        probe = probe.parent
    root = Path(str(run_git(probe, "rev-parse", "--show-toplevel")).strip())
    return Repo(root, folder.relative_to(root).as_posix() if folder != root else ".")


def resolve(repo: Repo, revision: str) -> str:
    """The commit id of ``revision``; GitError if git does not know it."""
    try:
        return str(repo.git("rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")).strip()
    except GitError:
        raise GitError(
            f"Không tìm thấy phiên bản `{revision}` trong kho git (thử `git fetch` hoặc kiểm tra "
            "tên nhánh).",
            f"Revision `{revision}` is not in the git repository (try `git fetch`, or check the "
            "branch name).",
        ) from None


def export_records(repo: Repo, commit: str, destination: Path) -> int:
    """Write the records folder as it was at ``commit`` into ``destination``; returns the file count."""
    prefix = "" if repo.records_prefix == "." else repo.records_prefix + "/"
    listing = repo.git(
        "ls-tree", "-r", "-z", "--full-tree", commit, "--", prefix or ".", binary=True
    )
    entries = []
    for raw in bytes(listing).split(b"\0"):
        if not raw:
            continue
        meta, _, name = raw.partition(b"\t")
        mode, kind, blob = meta.decode().split()
        if kind == "blob" and not mode.startswith("12"):  # files, not symlinks
            entries.append((blob, name.decode("utf-8")))
    if not entries:
        return 0
    contents = read_blobs(repo, [b for b, _ in entries])
    for (_, name), content in zip(entries, contents, strict=True):
        target = destination / name[len(prefix) :]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return len(entries)


def read_blobs(repo: Repo, ids: list[str]) -> list[bytes]:
    """The contents of the objects ``ids``, in order, from one ``git cat-file --batch``."""
    if not ids:
        return []
    batch = run_git(
        repo.root, "cat-file", "--batch", binary=True, stdin="\n".join(ids).encode() + b"\n"
    )
    data = bytes(batch)
    contents = []
    position = 0
    for _ in ids:
        header_end = data.index(b"\n", position)
        size = int(data[position:header_end].split()[2])
        contents.append(data[header_end + 1 : header_end + 1 + size])
        position = header_end + 1 + size + 1
    return contents


def file_log(repo: Repo, path: str) -> list[dict]:
    """Commits that touched ``path`` (following renames), newest first: id, author, date, message, path."""
    sep = "\x1f"
    out = str(
        repo.git(
            "log",
            "--follow",
            "--name-only",
            f"--format=%x1e%H{sep}%an{sep}%ad{sep}%s",
            "--date=short",
            "--",
            path,
        )
    )
    commits = []
    for block in out.split("\x1e"):
        if not block.strip():
            continue
        head, _, names = block.partition("\n")
        commit, author, date, message = head.split(sep, 3)
        names_list = [n for n in names.splitlines() if n.strip()]
        commits.append(
            {
                "commit": commit,
                "author": author,
                "date": date,
                "message": message,
                "path": names_list[-1] if names_list else path,
            }
        )
    return commits


def show_file(repo: Repo, commit: str, path: str) -> bytes | None:
    """The file at ``path`` in ``commit``, or None if it did not exist there (a deletion)."""
    try:
        return bytes(repo.git("show", f"{commit}:{path}", binary=True))
    except GitError:
        return None


def find_in_history(repo: Repo, file_name: str) -> str | None:
    """The last path of a file called ``file_name`` under the records folder in any commit."""
    out = str(repo.git("log", "--all", "--format=", "--name-only", "--", repo.records_prefix))
    for line in out.splitlines():
        if line.rsplit("/", 1)[-1] == file_name:
            return line
    return None
