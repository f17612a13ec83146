"""``minhbach diff BASE [HEAD]``: what a change does to the records, for the people who approve it.

Both sides are read with the real loader and checked with the real checks; the ledger and the
figures are computed on each, so the summary shows records added, changed (field by field) and
removed, what that does to the balances (per source and kind, per school), and which errors and
warnings are new. A side that does not validate is still compared: the reviewer is told which
side is invalid and sees the change anyway (DESIGN.md, "Exit codes": diff exits 0 when it could
show the change). This module computes; ``diff_render`` writes text, Markdown or JSON.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from minhbach.checks import run_checks
from minhbach.checks.context import CheckContext
from minhbach.figures import Figures, compute_figures
from minhbach.findings import Finding, Findings
from minhbach.ledger import Ledger, compute
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import Record, display_path, list_record_files, load_records
from minhbach.workflow.changes import FieldChange, field_changes
from minhbach.workflow.gitrevs import Repo, export_records, open_repo, resolve

SCHOOL_COUNTS = ("nominated", "approved", "rejected", "handed_over", "waiting")
POSITION_COUNTS = ("received", "allocated", "handed", "spent", "left")


@dataclass
class Side:
    """One revision's records, checked: what was read, what was found, the ledger and figures."""

    label: str
    commit: str | None
    records: dict[tuple[str, str], Record]
    unreadable: dict[tuple[str, str], str]  # (type, id) of a file that does not parse → its path
    findings: Findings
    ledger: Ledger
    figures: Figures
    files: int

    @property
    def valid(self) -> bool:
        return self.findings.errors == 0


@dataclass
class RecordChange:
    type: str
    id: str
    school: str | None
    status: str  # added | changed | removed
    old_path: str | None
    new_path: str | None
    fields: list[FieldChange] = field(default_factory=list)
    old: dict | None = None
    new: dict | None = None
    unreadable: bool = False


@dataclass
class DiffResult:
    base: Side
    head: Side
    changes: list[RecordChange]
    balances: dict[tuple[str, str], dict[str, int]]  # (source, kind) → changed counts
    schools: dict[str, dict[str, int]]  # school → changed counts
    new_findings: list[Finding]
    fixed: int  # problems of BASE that HEAD no longer has


def load_side(
    folder: Path,
    label: str,
    commit: str | None,
    context: CheckContext,
    schemas: SchemaSet,
    root: str,
) -> Side:
    loaded = load_records(folder, schemas, root)
    checked = run_checks(
        loaded.records, loaded.findings, schemas, context, unparsed=loaded.unparsed
    )
    ledger = compute(checked.valid)
    files, _ = list_record_files(folder, root)
    paths = {item.key: display_path(root, item.relative) for item in files}
    return Side(
        label,
        commit,
        {(r.type, r.id): r for r in loaded.records},
        {key: paths.get(key, f"{key[0]}/{key[1]}") for key in loaded.unparsed},
        Findings(checked.findings),
        ledger,
        compute_figures(checked.valid, ledger),
        loaded.files,
    )


def diff_revisions(
    records: Path,
    base: str,
    head: str | None,
    context: CheckContext,
    *,
    display_root: str | None = None,
    schemas: SchemaSet | None = None,
) -> DiffResult:
    """Compare the records folder ``records`` at ``base`` with ``head`` (None: the working tree)."""
    schemas = schemas or SchemaSet.from_folder()
    root = display_root if display_root is not None else str(records)
    repo: Repo = open_repo(records)
    base_commit = resolve(repo, base)
    with tempfile.TemporaryDirectory(prefix="minhbach-diff-") as scratch:
        base_folder = Path(scratch) / "base"
        base_folder.mkdir()
        export_records(repo, base_commit, base_folder)
        base_side = load_side(base_folder, base, base_commit, context, schemas, root)
        if head is None:
            head_side = load_side(records, "", None, context, schemas, root)  # the working tree
        else:
            head_commit = resolve(repo, head)
            head_folder = Path(scratch) / "head"
            head_folder.mkdir()
            export_records(repo, head_commit, head_folder)
            head_side = load_side(head_folder, head, head_commit, context, schemas, root)
    return compare(base_side, head_side)


def compare(base: Side, head: Side) -> DiffResult:
    """The differences between two checked sides (pure)."""
    changes = _record_changes(base, head)
    base_keys = {_key(f) for f in base.findings.items}
    head_keys = {_key(f) for f in head.findings.items}
    new_findings = sorted(
        (f for f in head.findings.items if _key(f) not in base_keys), key=Finding.sort_key
    )
    return DiffResult(
        base,
        head,
        changes,
        _balance_deltas(base.ledger, head.ledger),
        _school_deltas(base.figures, head.figures),
        new_findings,
        len(base_keys - head_keys),
    )


def _key(item: Finding) -> tuple:
    # Lines move when a file is edited; a problem is the same if its file, code and field are.
    return (item.path, item.code, item.field, item.severity)


def _record_changes(base: Side, head: Side) -> list[RecordChange]:
    changes = []
    for key in sorted({*base.records, *head.records, *base.unreadable, *head.unreadable}):
        old, new = base.records.get(key), head.records.get(key)
        in_base = old is not None or key in base.unreadable
        in_head = new is not None or key in head.unreadable
        status = "added" if not in_base else "removed" if not in_head else "changed"
        unreadable = (in_base and old is None) or (in_head and new is None)
        if unreadable:
            if key in base.unreadable and key in head.unreadable:
                continue  # unreadable on both sides: the findings say so
            fields: list[FieldChange] = []
        else:
            fields = field_changes(old.data if old else None, new.data if new else None)
            if status == "changed" and not fields and old.path == new.path:
                continue
        changes.append(
            RecordChange(
                key[0],
                key[1],
                _school(new) or _school(old),
                status,
                old.path if old else base.unreadable.get(key),
                new.path if new else head.unreadable.get(key),
                fields,
                old.data if old else None,
                new.data if new else None,
                unreadable,
            )
        )
    return changes


def _school(record: Record | None) -> str | None:
    if record is None:
        return None
    school = record.data.get("school") or record.data.get("to") or record.folder_school
    return school if isinstance(school, str) else None


def _balance_deltas(base: Ledger, head: Ledger) -> dict[tuple[str, str], dict[str, int]]:
    out = {}
    for key in sorted(set(base.positions) | set(head.positions)):
        old, new = base.positions.get(key), head.positions.get(key)
        delta = {}
        for name in POSITION_COUNTS:
            change = (getattr(new, name) if new else 0) - (getattr(old, name) if old else 0)
            if change:
                delta[name] = change
        if delta:
            out[key] = delta
    return out


def _school_deltas(base: Figures, head: Figures) -> dict[str, dict[str, int]]:
    out = {}
    for school in sorted(set(base.schools) | set(head.schools)):
        old, new = base.schools.get(school), head.schools.get(school)
        delta: dict[str, int] = {}
        for name in SCHOOL_COUNTS:
            change = (getattr(new, name) if new else 0) - (getattr(old, name) if old else 0)
            if change:
                delta[name] = change
        for group in ("devices_received", "devices_handed", "devices_left"):
            before = getattr(old, group) if old else {}
            after = getattr(new, group) if new else {}
            for kind in sorted(set(before) | set(after)):
                change = after.get(kind, 0) - before.get(kind, 0)
                if change:
                    delta[f"{group}.{kind}"] = change
        if delta:
            out[school] = delta
    return out
