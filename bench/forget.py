"""The erasure benchmark (issue 18): ``minhbach forget`` on 10,000 students and 1,000 commits.

Builds a git repository from ``minhbach demo --students N``: the record files are committed in
batches over most of the commits, and the remaining commits edit one child (a nomination with a
handover and a follow-up: class, address, notes) between them, with a branch and a tag. Then it
erases that child and prints the time of each phase. Asserts nothing.

Usage: python bench/forget.py [--students 10000] [--commits 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True
    ).stdout


def build_repository(root: Path, students: int, commits: int) -> str:
    """The repository at ``root``; returns the id of the child to erase."""
    root.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.name", "Cán bộ Đo")
    git(root, "config", "user.email", "do@example.org")
    git(root, "config", "gc.auto", "0")
    subprocess.run(
        [
            str(BIN / "minhbach"),
            "demo",
            "--out",
            str(root / "records"),
            "--students",
            str(students),
        ],
        check=True,
        capture_output=True,
    )
    files = sorted(p.relative_to(root).as_posix() for p in (root / "records").rglob("*.yaml"))
    handed = {
        re.search(r"^nomination: *\"?([a-z0-9-]+)", p.read_text(encoding="utf-8"), re.M).group(1)
        for p in (root / "records" / "followups").rglob("*.yaml")
    }
    child_path = next(
        p for p in sorted((root / "records" / "nominations").rglob("*.yaml")) if p.stem in handed
    )
    child = child_path.stem
    original = child_path.read_text(encoding="utf-8")
    edits = commits // 10
    batches = commits - 2
    # Every file is read, removed, and written back in its batch's commit.
    contents = {relative: (root / relative).read_bytes() for relative in files}
    for relative in files:
        (root / relative).unlink()
    size = -(-len(files) // batches)
    rng = random.Random(18)
    edit_at = set(rng.sample(range(batches // 2, batches), edits))
    for number in range(batches):
        for relative in files[number * size : (number + 1) * size]:
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(contents[relative])
        if number in edit_at and child_path.exists():
            child_path.write_text(original + f"note: Lần sửa {number}\n", encoding="utf-8")
        git(root, "add", "-A")
        git(root, "commit", "-q", "--allow-empty", "-m", f"Đợt {number}")
        if number == batches // 2:
            git(root, "tag", "dot-giua")
    child_path.write_text(original, encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Hồ sơ cuối")
    git(root, "checkout", "-q", "-b", "sua")
    child_path.write_text(original + "note: Trên nhánh sửa\n", encoding="utf-8")
    git(root, "commit", "-qam", "Sửa trên nhánh")
    git(root, "checkout", "-q", "main")
    return child


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=10_000)
    parser.add_argument("--commits", type=int, default=1_000)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = (args.keep or Path(scratch)) / "repo"
        started = time.perf_counter()
        child = build_repository(root, args.students, args.commits)
        built = time.perf_counter() - started
        count = git(root, "rev-list", "--all", "--count").strip()
        objects = git(root, "count-objects", "-v")
        print(f"repository: {args.students} students, {count} commits, built in {built:.1f} s")
        print("  " + objects.replace("\n", "; "))
        from minhbach.erasure import forget

        phases: list[tuple[str, float]] = []
        clock = time.perf_counter()
        preview = forget.prepare(
            root / "records",
            [child],
            on=dt.date.today(),
            request="DN-01/2026",
            reports_dir=root / "reports",
        )
        phases.append(("prepare (records, history scan, values)", time.perf_counter() - clock))
        print(
            f"erasing {child}: {len(preview.history.versions)} versions, {len(preview.values)} values"
        )
        outcome = forget.carry_out(preview)
        phases += list(outcome.seconds.items())
        total = sum(seconds for _, seconds in phases)
        for name, seconds in phases:
            print(f"  {name:<45} {seconds:8.2f} s")
        print(f"  {'total':<45} {total:8.2f} s  ({outcome.objects_checked} objects verified)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
