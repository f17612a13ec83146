"""``minhbach forget`` end to end, on a real git repository with a history touching the child."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from erasure_history import (
    ADDRESS,
    BIRTH,
    CHILD,
    CHILD_FILES,
    GUARDIAN,
    NAME,
    OLD_NAME,
    PHONE,
    STORY,
    make_history,
    unique_values,
)
from helpers import AS_OF, ROOT, run_minhbach
from minhbach import ledger
from minhbach.checks.context import CheckContext
from minhbach.figures import compute_figures
from minhbach.validation import validate_folder


def objects(root: Path) -> bytes:
    """Every object git stores, reachable or not, as ``cat-file --batch-all-objects`` gives them."""
    return subprocess.run(
        ["git", "-C", str(root), "cat-file", "--batch-all-objects", "--batch"],
        capture_output=True,
        check=True,
    ).stdout


def git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True
    ).stdout


def commits_by_date(root: Path) -> dict[str, list[tuple[str, str]]]:
    """Each commit (by its committer date) → its tree without the child's files."""
    found = {}
    for line in git(root, "log", "--all", "--format=%H %ct").splitlines():
        commit, stamp = line.split()
        entries = []
        for entry in git(root, "ls-tree", "-r", commit).splitlines():
            meta, path = entry.split("\t")
            # The news page named the child: it changes (checked apart), nothing else may.
            if Path(path).stem not in CHILD_FILES and path != NEWS and "erasures/" not in path:
                entries.append((path, meta.split()[2]))
        found[stamp] = sorted(entries)
    return found


NEWS = "content/tin-tuc/le-trao.md"


def figures(records: Path):
    valid = validate_folder(records, CheckContext(AS_OF)).valid
    return dataclasses.asdict(compute_figures(valid, ledger.compute(valid)))


def lookup_code(records: Path) -> str:
    text = (records / f"nominations/th-an-phu/{CHILD}.yaml").read_text(encoding="utf-8")
    return next(line.split('"')[1] for line in text.splitlines() if line.startswith("lookup_code"))


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    make_history(tmp_path / "repo")
    return tmp_path / "repo"


def test_forget_removes_every_spelling_from_every_object_and_changes_nothing_else(repo: Path):
    records = repo / "records"
    values = unique_values(lookup_code(records))
    before = objects(repo)
    assert all(v.encode() in before for v in (NAME, OLD_NAME, BIRTH, ADDRESS, STORY))  # the oracle
    # A shared repository the office pushes to: its tracking refs hold the old history too.
    subprocess.run(["git", "clone", "-q", "--bare", str(repo), str(repo.parent / "origin.git")])
    git(repo, "remote", "add", "origin", str(repo.parent / "origin.git"))
    git(repo, "fetch", "-q", "origin")
    trees_before = commits_by_date(repo)
    figures_before = figures(records)
    refs_before = git(repo, "for-each-ref", "--format=%(refname)")

    done = run_minhbach("forget", CHILD, "--request", "DN-05/2026", "--yes", cwd=repo)

    assert done.returncode == 0, done.stderr
    assert "git push --force --all origin" in done.stdout
    assert "clone lại" in done.stdout
    assert "refs/pull" in done.stdout
    stored = objects(repo)
    assert [v for v in values if v.encode("utf-8") in stored] == []
    # Shared with the sibling dx-p2b8n4: kept in its record, gone from the child's files.
    sibling = git(repo, "show", "HEAD:records/nominations/th-an-phu/dx-p2b8n4.yaml")
    assert GUARDIAN in sibling
    assert PHONE in sibling
    child = (records / f"nominations/th-an-phu/{CHILD}.yaml").read_text(encoding="utf-8")
    assert GUARDIAN not in child
    assert "forgotten_on" in child
    assert "DN-05/2026" in child
    assert not list((repo / ".git").glob("minhbach-forget*"))
    # History keeps its shape: every commit, the same trees apart from the child's files.
    trees_after = commits_by_date(repo)
    assert set(trees_before) <= set(trees_after)
    assert len(trees_after) == len(trees_before) + 1  # the commit of the tombstones
    for stamp, entries in trees_before.items():
        assert trees_after[stamp] == entries, stamp
    assert git(repo, "for-each-ref", "--format=%(refname)") == refs_before
    assert git(repo, "show", f"HEAD:{NEWS}").endswith("Em (đã xoá) nhận máy.\n")
    assert figures(records) == figures_before
    assert validate_folder(records, CheckContext(AS_OF)).findings.errors == 0
    erasure = next((records / "erasures").glob("*.yaml")).read_text(encoding="utf-8")
    assert "Cán bộ Thử" in erasure
    assert CHILD in erasure
    assert "yeu-cau" in erasure
    history = run_minhbach("history", CHILD, "--full", cwd=repo)
    assert history.returncode == 0
    assert [v for v in values if v in history.stdout] == []
    # A second run has nothing left to do.
    again = run_minhbach("forget", CHILD, "--yes", cwd=repo)
    assert again.returncode == 0
    assert "từ trước" in again.stdout


def test_the_site_builds_after_forget_and_never_names_the_child(repo: Path, tmp_path: Path):
    from minhbach.build import BuildOptions, build
    from site_records import write_site

    assert run_minhbach("forget", CHILD, "--yes", cwd=repo).returncode == 0
    outcome = build(
        BuildOptions(
            records=repo / "records",
            output=tmp_path / "output",
            settings_file=write_site(tmp_path / "site"),
            as_of=AS_OF,
        )
    )
    assert [f.code for f in outcome.findings if f.severity == "error"] == []
    assert outcome.swapped
    supported = "".join(
        p.read_text(encoding="utf-8") for p in (tmp_path / "output" / "ho-tro").rglob("*.html")
    )
    assert CHILD not in supported
    assert "N.V.B." not in supported
    # The other handed-over child's tablet was bought with the one cash donor's money: naming
    # them would tell whose device it is (DESIGN "Donor linkage"), so both are only counted.
    assert "P.M.Đ." not in supported
    assert "2 học sinh khác đã nhận thiết bị nhưng chỉ được đếm" in supported


def test_a_missing_id_and_a_dirty_tree_are_refused_with_exit_2(repo: Path):
    missing = run_minhbach("forget", "dx-khong-co", "--yes", cwd=repo)
    assert missing.returncode == 2
    assert "dx-khong-co" in missing.stderr
    (repo / "records/schools/th-an-phu.yaml").write_text("id: th-an-phu\n", encoding="utf-8")
    head = git(repo, "rev-parse", "HEAD")
    dirty = run_minhbach("forget", CHILD, "--yes", cwd=repo)
    assert dirty.returncode == 2
    assert "records/schools/th-an-phu.yaml" in dirty.stderr
    assert "git commit" in dirty.stderr
    assert git(repo, "rev-parse", "HEAD") == head


def test_without_yes_and_without_a_keyboard_nothing_changes(repo: Path):
    head = git(repo, "rev-parse", "HEAD")
    asked = run_minhbach("forget", CHILD, cwd=repo, stdin="")
    assert asked.returncode == 2
    assert "--yes" in asked.stderr
    assert "N.V.B." in asked.stdout
    assert "Nguyễn" not in asked.stdout
    declined = run_minhbach("forget", CHILD, cwd=repo, stdin="k\n")
    assert declined.returncode == 0
    assert "huỷ" in declined.stdout
    assert git(repo, "rev-parse", "HEAD") == head


CRASH = """
import os, sys
from minhbach.erasure import forget, rewrite
point = sys.argv[1]
if point == "after-rewrite":
    def crash(*args, **kwargs):
        os._exit(9)
    forget.drop_old_objects = crash
else:
    from minhbach.erasure.scrub import Scrubber
    seen = []
    real = Scrubber.scrub_blob
    def crash(self, data):
        seen.append(1)
        if len(seen) > 3:
            os._exit(9)
        return real(self, data)
    Scrubber.scrub_blob = crash
from minhbach.cli.main import main
sys.exit(main(["forget", sys.argv[2], "--yes"]))
"""


@pytest.mark.parametrize("point", ["inside-rewrite", "after-rewrite"])
def test_an_interrupted_erasure_leaves_a_usable_repository_and_a_rerun_finishes(
    repo: Path, point: str
):
    values = unique_values(lookup_code(repo / "records"))
    killed = subprocess.run(
        [sys.executable, "-c", CRASH, point, CHILD], cwd=repo, capture_output=True, text=True
    )
    assert killed.returncode == 9, killed.stderr
    assert (repo / ".git" / "minhbach-forget.json").exists()
    git(repo, "fsck", "--no-dangling")  # the repository is sound
    git(repo, "log", "--oneline", "-1")
    again = run_minhbach("forget", CHILD, "--yes", cwd=repo)
    assert again.returncode == 0, again.stderr
    assert "gián đoạn" in again.stdout
    stored = objects(repo)
    assert [v for v in values if v.encode("utf-8") in stored] == []
    assert git(repo, "status", "--porcelain") == ""
    assert len(list((repo / "records" / "erasures").glob("*.yaml"))) == 1
    assert not (repo / ".git" / "minhbach-forget.json").exists()
    assert validate_folder(repo / "records", CheckContext(AS_OF)).findings.errors == 0


def test_ended_before_erases_every_closed_case_in_one_rewrite(repo: Path):
    head_count = len(git(repo, "rev-list", "--all").split())
    done = run_minhbach("forget", "--ended-before", "2022-01-01", "--yes", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert "2 học sinh" in done.stdout
    assert "đã nhận thiết bị: 2" in done.stdout
    records = repo / "records"
    texts = {p.stem: p.read_text(encoding="utf-8") for p in records.rglob("dx-*.yaml")}
    # Last events: dx-k7q3m9 followed up 15/11/2021, dx-r5t9c2 handed 28/10/2021: erased;
    # dx-p2b8n4 approved 20/06/2022: kept.
    assert "forgotten_on" in texts["dx-k7q3m9"]
    assert "forgotten_on" in texts["dx-r5t9c2"]
    assert "forgotten_on" not in texts["dx-p2b8n4"]
    assert len(git(repo, "rev-list", "--all").split()) == head_count + 1
    assert "Phạm Minh Đức".encode() not in objects(repo)
    erasure = next((records / "erasures").glob("*.yaml")).read_text(encoding="utf-8")
    assert "het-thoi-han" in erasure
    assert "ended_before: 2022-01-01" in erasure


def test_reports_that_hold_the_child_are_listed_and_deleted(repo: Path, tmp_path: Path):
    from minhbach.reports.lists import write_lists
    from minhbach.settings import load_settings

    reports = repo / "reports"
    (repo / ".gitignore").write_text("reports/\n", encoding="utf-8")
    git(repo, "add", ".gitignore")
    git(repo, "commit", "-qm", "reports/ ngoài git")
    valid = validate_folder(repo / "records", CheckContext(AS_OF)).valid
    write_lists(valid, load_settings(ROOT / "pelicanconf.py"), reports, AS_OF)
    written = sorted(p.relative_to(reports).as_posix() for p in reports.rglob("*.xlsx"))
    done = run_minhbach("forget", CHILD, "--yes", cwd=repo)
    assert done.returncode == 0, done.stderr
    left = sorted(p.relative_to(reports).as_posix() for p in reports.rglob("*.xlsx"))
    gone = set(written) - set(left)
    assert gone == {"danh-sach/th-an-phu.xlsx", "danh-sach-cac-truong.xlsx"}, written
    assert "danh-sach/thcs-hiep-phuoc.xlsx" in left  # the sibling's guardian is not the child
    assert any("th-an-phu.xlsx" in line for line in done.stdout.splitlines() if "báo cáo" in line)
