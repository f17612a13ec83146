"""An erasure from start to finish: prepare (read only), then carry out phase by phase.

``prepare`` reads the records, the history and the reports and says what will go; nothing is
changed, so the command can show it and ask. ``carry_out`` then:

1. writes the tombstones and the erasure record, and commits them;
2. rewrites every branch and tag (``rewrite``), the working tree following;
3. expires the reflogs and prunes the old objects;
4. verifies that no object holds a value (``verify``);
5. deletes the reports that hold a child.

A plan in the git folder (``plan``) records how far it got: a rerun of the same command after an
interruption picks up where it stopped, and every phase is idempotent (reducing a tombstone
gives the same tombstone; rewriting a clean history changes nothing).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from minhbach.erasure import plan as plans
from minhbach.erasure import repository, tombstone
from minhbach.erasure.history import ChildHistory, scan
from minhbach.erasure.reports import files_holding, own_values
from minhbach.erasure.rewrite import drop_old_objects, rewrite_history
from minhbach.erasure.scrub import Scrubber
from minhbach.erasure.values import Value, erased_values
from minhbach.erasure.verify import Leak, find_leaks
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import Record, RecordSet, load_records
from minhbach.reports.writer import write_atomic
from minhbach.workflow.gitrevs import Repo, open_repo
from minhbach.workflow.ids import new_opaque_id
from minhbach.workflow.yaml_out import dump_record

BY_REQUEST, RETENTION = "yeu-cau", "het-thoi-han"


class UnknownNominations(LookupError):
    """Ids that name no nomination, now or in the history (exit 2)."""


class VerificationFailed(Exception):
    """Objects still hold values after the rewrite: the plan stays, the command exits 1."""

    def __init__(self, leaks: list[Leak], values: list[Value]) -> None:
        super().__init__(f"{len(leaks)} objects still hold erased values")
        self.leaks = leaks
        self.values = values


@dataclass
class Preview:
    """What an erasure will do; nothing has been changed yet."""

    repo: Repo
    records_dir: Path
    nominations: list[str]
    current: list[Record]  # the children's files in the working tree (tombstones included)
    history: ChildHistory
    values: list[Value]
    reports: list[Path]
    plan: plans.Plan
    resumed: bool
    refs: dict[str, int]

    @property
    def nothing_left(self) -> bool:
        """Every file already reduced, no value anywhere, no erasure half done."""
        reduced = all(tombstone.is_forgotten(r.data) for r in self.current)
        old = any(not tombstone.is_forgotten(v.data) for v in self.history.versions)
        return reduced and not old and not self.values and not self.resumed


@dataclass
class Outcome:
    erasure_path: str | None
    seconds: dict[str, float] = field(default_factory=dict)
    objects_checked: int = 0
    reports_deleted: list[Path] = field(default_factory=list)


def prepare(
    records_dir: Path,
    nominations: list[str] | None,
    *,
    on: dt.date,
    request: str | None = None,
    ended_before: dt.date | None = None,
    reports_dir: Path | None = None,
    schemas: SchemaSet | None = None,
) -> Preview:
    """Everything ``carry_out`` needs. Raises GitError, NotReady, UnknownNominations."""
    from minhbach.erasure.retention import closed_before

    schemas = schemas or SchemaSet.from_folder()
    repo = open_repo(records_dir)
    loaded = load_records(records_dir, schemas)
    records = RecordSet(loaded.records)
    previous = plans.load_plan(repo.root)
    if nominations is None:
        assert ended_before is not None
        nominations = closed_before(records, ended_before)
        if previous is not None and previous.ended_before == ended_before.isoformat():
            nominations = sorted(set(nominations) | set(previous.nominations))
    resumed = previous is not None and set(nominations) <= set(previous.nominations)
    if previous is not None and not resumed:
        named = ", ".join(previous.nominations[:5]) + (
            " …" if len(previous.nominations) > 5 else ""
        )
        raise repository.NotReady(
            f"Một lần xoá trước chưa xong (đề xuất {named}). Chạy lại đúng lệnh đó để hoàn tất trước.",
            f"An earlier erasure did not finish (nominations {named}). Run that same command "
            "again to complete it first.",
        )
    plan = (
        previous
        if resumed and previous is not None
        else _new_plan(repo, nominations, on, request, ended_before)
    )
    nominations = plan.nominations
    current = _current_files(records, set(nominations))
    allowed = {_relative(repo, records_dir, r) for r in current}
    if plan.erasure_id:
        allowed.add(_relative_path(repo, records_dir, f"erasures/{plan.erasure_id}.yaml"))
    repository.check_ready(repo, allowed if resumed else set(), plan.head_before)
    history = scan(repo, nominations, schemas)
    found = {r.id for r in current if r.type == "nomination"} | history.ids_found()
    unknown = [n for n in nominations if n not in found]
    if unknown and not resumed:
        raise UnknownNominations(unknown)
    versions = [(v.type, v.data) for v in history.versions if v.data is not None]
    versions += [(r.type, r.data) for r in current]
    values = _union(plan.searched(), erased_values(versions, schemas))
    plan.values = [value.as_plan() for value in values]
    reports = []
    if reports_dir is not None:
        reports = files_holding(reports_dir, own_values(values, records, nominations))
    return Preview(
        repo,
        records_dir,
        nominations,
        current,
        history,
        values,
        reports,
        plan,
        resumed,
        repository.refs_count(repo),
    )


def carry_out(
    preview: Preview,
    *,
    delete_reports: bool = True,
    on_phase: Callable[[str], None] = lambda _name: None,
    schemas: SchemaSet | None = None,
) -> Outcome:
    """Run (or finish) the erasure. Raises RewriteError, VerificationFailed, GitError."""
    schemas = schemas or SchemaSet.from_folder()
    repo, plan = preview.repo, preview.plan
    outcome = Outcome(None)
    clock = time.perf_counter()

    def phase(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        on_phase(name)
        outcome.seconds[name] = 0.0
        clock = now

    def done(name: str) -> None:
        outcome.seconds[name] = time.perf_counter() - clock

    plans.save_plan(repo.root, plan)
    phase("tombstones")
    if plan.phase == plans.STARTED:
        outcome.erasure_path = _write_tombstones(preview, schemas)
        plan.phase = plans.COMMITTED
        plans.save_plan(repo.root, plan)
    done("tombstones")

    phase("rewrite")
    if plan.phase == plans.COMMITTED:
        if plan.head_before is not None and repository.dirty_paths(repo):
            repository.reset_hard(repo.root)
        plan.head_before = repository.head(repo)
        plans.save_plan(repo.root, plan)
        scrubber = Scrubber(preview.values, preview.nominations)
        rewrite_history(repo.root, _replacements(preview, schemas), scrubber)
        plan.phase = plans.REWRITTEN
        plans.save_plan(repo.root, plan)
    done("rewrite")

    phase("prune")
    if repository.dirty_paths(repo):
        repository.reset_hard(repo.root)
    drop_old_objects(repo.root)
    done("prune")

    phase("verify")
    leaks, outcome.objects_checked = find_leaks(
        repo.root, Scrubber(preview.values, preview.nominations)
    )
    done("verify")
    if leaks:
        raise VerificationFailed(leaks, preview.values)

    phase("reports")
    if delete_reports:
        for path in preview.reports:
            path.unlink(missing_ok=True)
            outcome.reports_deleted.append(path)
    plans.remove_plan(repo.root)
    done("reports")
    if outcome.erasure_path is None and plan.erasure_id:
        outcome.erasure_path = str(preview.records_dir / "erasures" / f"{plan.erasure_id}.yaml")
    return outcome


def _new_plan(
    repo: Repo,
    nominations: list[str],
    on: dt.date,
    request: str | None,
    ended_before: dt.date | None,
) -> plans.Plan:
    return plans.Plan(
        nominations=sorted(set(nominations)),
        on=on.isoformat(),
        by="",
        basis=RETENTION if ended_before is not None else BY_REQUEST,
        request=request,
        ended_before=ended_before.isoformat() if ended_before else None,
    )


def _current_files(records: RecordSet, nominations: set[str]) -> list[Record]:
    found = [r for r in records.of("nomination") if r.id in nominations]
    for type_name in ("handover", "followup"):
        found += [r for r in records.of(type_name) if r.data.get("nomination") in nominations]
    return found


def _write_tombstones(preview: Preview, schemas: SchemaSet) -> str:
    """Reduce the children's files, write the erasure record, commit both; its path."""
    repo, plan = preview.repo, preview.plan
    plan.by = plan.by or repository.git_user(repo)
    paths = []
    for record in preview.current:
        reduced = tombstone.reduce(record.type, record.data, plan.on, plan.request)
        text = dump_record(reduced, schemas.shapes[record.type])
        write_atomic(Path(record.source or record.path), text.encode("utf-8"))
        paths.append(_relative(repo, preview.records_dir, record))
    erasures = preview.records_dir / "erasures"
    if plan.erasure_id is None:
        taken = {p.stem for p in erasures.glob("*.yaml")} if erasures.is_dir() else set()
        plan.erasure_id = new_opaque_id("erasure", taken)
        plans.save_plan(repo.root, plan)
    erasure_file = erasures / f"{plan.erasure_id}.yaml"
    write_atomic(
        erasure_file, dump_record(_erasure_record(plan), schemas.shapes["erasure"]).encode()
    )
    paths.append(_relative_path(repo, preview.records_dir, f"erasures/{plan.erasure_id}.yaml"))
    what = "yêu cầu của gia đình" if plan.basis == BY_REQUEST else "hết thời hạn lưu trữ"
    if plan.request:
        what += f", văn bản {plan.request}"
    message = (
        f"Xoá dữ liệu cá nhân của {len(plan.nominations)} học sinh ({what})\n\n"
        f"minhbach forget; biên bản: {paths[-1]}. Hồ sơ chỉ còn những gì sổ sách thiết bị cần."
    )
    repository.commit_paths(repo, paths, message)
    return str(erasure_file)


def _erasure_record(plan: plans.Plan) -> dict:
    record = {"id": plan.erasure_id, "on": plan.on, "by": plan.by, "basis": plan.basis}
    if plan.request:
        record["request"] = plan.request
    if plan.ended_before:
        record["ended_before"] = plan.ended_before
    record["nominations"] = list(plan.nominations)
    return record


def _replacements(preview: Preview, schemas: SchemaSet) -> dict[str, bytes]:
    """Each old version of a child's file → its reduced bytes (unreadable ones: a bare stub)."""
    plan = preview.plan
    out = {}
    for version in preview.history.versions:
        if version.data is not None:
            reduced = tombstone.reduce(version.type, version.data, plan.on, plan.request)
        else:
            reduced = {"id": version.path.rsplit("/", 1)[-1][: -len(".yaml")]}
            reduced[tombstone.FORGOTTEN] = plan.on
        new = dump_record(reduced, schemas.shapes[version.type]).encode("utf-8")
        if new != version.content:
            out[version.blob] = new
    return out


def _union(first: list[Value], second: list[Value]) -> list[Value]:
    found: dict[tuple, Value] = {}
    for value in [*first, *second]:
        found.setdefault(value.key, value)
    return list(found.values())


def _relative(repo: Repo, records_dir: Path, record: Record) -> str:
    source = Path(record.source) if record.source else None
    if source is None:
        shown = Path(record.path)
        source = shown if shown.is_absolute() else Path.cwd() / shown
    return source.resolve().relative_to(repo.root).as_posix()


def _relative_path(repo: Repo, records_dir: Path, inner: str) -> str:
    return (records_dir.resolve() / inner).relative_to(repo.root).as_posix()


__all__ = [
    "BY_REQUEST",
    "RETENTION",
    "Outcome",
    "Preview",
    "UnknownNominations",
    "VerificationFailed",
    "carry_out",
    "prepare",
]
