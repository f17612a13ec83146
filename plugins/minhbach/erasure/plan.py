"""The plan of an erasure under way, kept in the git folder until the erasure is verified.

A rewrite can be interrupted (a closed laptop, a killed process). The plan says which
nominations, on which day, on whose request, and the values to search: after the rewrite and
the pruning, the old versions that held them are gone, and a rerun still has to verify that
nothing is left. It lives in ``.git/minhbach-forget.json``: never committed, never pushed, and
deleted as soon as the verification passes.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from minhbach.erasure.values import Value
from minhbach.workflow.gitrevs import run_git

PLAN_NAME = "minhbach-forget.json"
STARTED, COMMITTED, REWRITTEN = "started", "committed", "rewritten"


@dataclass
class Plan:
    nominations: list[str]
    on: str
    by: str
    basis: str
    request: str | None = None
    ended_before: str | None = None
    erasure_id: str | None = None
    phase: str = STARTED
    head_before: str | None = None  # HEAD's commit just before the rewrite
    values: list[dict] = field(default_factory=list)

    def searched(self) -> list[Value]:
        return [v for v in (Value.from_plan(item) for item in self.values) if v is not None]


def plan_path(root: Path) -> Path:
    git_dir = Path(str(run_git(root, "rev-parse", "--absolute-git-dir")).strip())
    return git_dir / PLAN_NAME


def load_plan(root: Path) -> Plan | None:
    try:
        return Plan(**json.loads(plan_path(root).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


def save_plan(root: Path, plan: Plan) -> None:
    path = plan_path(root)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(plan), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)


def remove_plan(root: Path) -> None:
    plan_path(root).unlink(missing_ok=True)
