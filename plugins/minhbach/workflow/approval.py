"""``minhbach approve``: one decision of the office (quyết định duyệt) on many nominations at once.

The office decides by a document that covers a school's whole list, or part of it: the decision
is recorded on each nomination it covers (``status`` and ``decision``), all of them or none.
Choosing the nominations (``select``) and changing a file's text (``decided_text``) are pure;
``record_decision`` checks the changed records with the real validator, together with every
other record, and writes them only when the change makes nothing wrong.

A file's text is changed where it must be (the ``status`` line, the ``decision`` block), so
comments and the order of the rest stay as the school wrote them; the result is read back and
must equal the intended record, or the record is written whole instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from minhbach.checks import run_checks
from minhbach.checks.context import CheckContext
from minhbach.findings import Finding, finding
from minhbach.records import yaml_strict
from minhbach.records.schemas import SchemaSet
from minhbach.records.shapes import Shape
from minhbach.records.store import Loaded, Record
from minhbach.workflow.transaction import replace_files
from minhbach.workflow.yaml_out import dump_record

PROPOSED, APPROVED, REJECTED = "de-xuat", "da-duyet", "khong-duyet"
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


@dataclass(frozen=True)
class Decision:
    """One decision: approve (``da-duyet``) or reject (``khong-duyet``, with its reason)."""

    status: str
    document: str
    date: str  # YYYY-MM-DD
    by: str
    reason: str | None = None

    def as_data(self) -> dict:
        data = {"date": self.date, "by": self.by, "document": self.document}
        if self.reason is not None:
            data["reason"] = self.reason
        return data


@dataclass
class Selection:
    """The nominations a decision will change, those already carrying it, and what is wrong."""

    targets: list[Record] = field(default_factory=list)
    unchanged: list[Record] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)


def proposed_of_school(
    nominations: Iterable[Record], school: str, decision: Decision
) -> list[Record]:
    """Every nomination of ``school`` still waiting for a decision, or already carrying this one
    (so that running the same command again says so), by id."""
    return sorted(
        (
            n
            for n in nominations
            if n.data.get("school") == school
            and (n.data["status"] == PROPOSED or carries(n, decision))
        ),
        key=lambda n: n.id,
    )


def select(
    nominations: Mapping[str, Record],
    wanted: Iterable[tuple[str, str, tuple[int, int]]],
    decision: Decision,
    school: str | None = None,
) -> Selection:
    """Judge each wanted id, given as (id, where it was named, (line, column) there).

    A nomination still proposed is a target; one that already carries this very decision is
    left as it is (the same command can run twice); anything else is a problem that stops the
    whole decision: an unknown id, another school's nomination, one decided otherwise.
    """
    selection = Selection()
    seen: set[str] = set()
    for record_id, source, place in wanted:
        if record_id in seen:
            continue
        seen.add(record_id)
        record = nominations.get(record_id)
        if record is None:
            selection.problems.append(finding(source, place, "APPROVE-UNKNOWN-ID", id=record_id))
        elif school is not None and record.data.get("school") != school:
            selection.problems.append(
                finding(
                    source,
                    place,
                    "APPROVE-OTHER-SCHOOL",
                    related=[record.path],
                    id=record_id,
                    school=school,
                    other=record.data.get("school"),
                )
            )
        elif record.data["status"] == PROPOSED:
            selection.targets.append(record)
        elif carries(record, decision):
            selection.unchanged.append(record)
        else:
            selection.problems.append(_already_decided(record, source, place))
    return selection


def carries(record: Record, decision: Decision) -> bool:
    """True when ``record`` already has exactly this decision."""
    if record.data.get("status") != decision.status:
        return False
    given = record.data.get("decision") or {}
    return {k: str(v) for k, v in given.items()} == decision.as_data()


def _already_decided(record: Record, source: str, place: tuple[int, int]) -> Finding:
    given = record.data.get("decision") or {}
    return finding(
        source,
        place,
        "APPROVE-ALREADY-DECIDED",
        related=[record.path],
        id=record.id,
        file=record.path,
        status=record.data["status"],
        document=given.get("document", "—"),
    )


def decided_data(data: Mapping, decision: Decision) -> dict:
    """The record's data once the decision is on it (the decision right after the status)."""
    out: dict = {}
    for key, value in data.items():
        if key == "decision":
            continue
        out[key] = decision.status if key == "status" else value
        if key == "status":
            out["decision"] = decision.as_data()
    return out


def decided_text(text: str, shape: Shape, decision: Decision) -> str:
    """``text`` with the decision recorded: the status line changed, the decision block put
    under it (an older one removed). Falls back to writing the whole record when the file is
    written in a way a line edit cannot safely change."""
    loaded = yaml_strict.load(text.encode("utf-8"), shape)
    if loaded.data is None or loaded.problems:
        raise ValueError("the file cannot be read as a record")
    wanted = decided_data(loaded.data, decision)
    edited = _edit_lines(text, decision)
    if edited is not None:
        again = yaml_strict.load(edited.encode("utf-8"), shape)
        if not again.problems and again.data == wanted:
            return edited
    return dump_record(wanted, shape)


def _edit_lines(text: str, decision: Decision) -> str | None:
    """The status line replaced and the decision block (if any) dropped, then the new block
    put under the status line; None when the file has no top-level ``status:`` line."""
    kept: list[str] = []
    status_at = None
    inside_decision = False
    for line in text.splitlines(keepends=True):
        if inside_decision and (line[:1].isspace() or not line.strip()):
            continue  # a line of the old decision block (indented), or a blank line in it
        inside_decision = False
        key = _TOP_KEY.match(line)
        if key and key[1] == "decision":
            inside_decision = True
            continue
        if key and key[1] == "status":
            status_at = len(kept)
            line = f"status: {decision.status}\n"
        kept.append(line if line.endswith("\n") else line + "\n")
    if status_at is None:
        return None
    kept.insert(status_at + 1, dump_record({"decision": decision.as_data()}))
    return "".join(kept)


@dataclass
class DecisionResult:
    """What recording a decision found and did: the problems it would cause, the new texts."""

    findings: list[Finding] = field(default_factory=list)
    changes: dict[Path, str] = field(default_factory=dict)
    written: bool = False

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


def record_decision(
    folder: Path,
    loaded: Loaded,
    targets: list[Record],
    decision: Decision,
    context: CheckContext,
    *,
    schemas: SchemaSet,
    display_root: str,
    dry_run: bool = False,
) -> DecisionResult:
    """Put ``decision`` on every target and write them all, or none when any check fails.

    ``loaded`` is the folder as read (``load_records``). The changed records are checked with
    every other record (the same rules as ``validate``):
    what the change makes wrong (a decision dated before its nomination, a date in the future,
    a document number the schema refuses) is returned and nothing is written.
    """
    shape = schemas.shapes["nomination"]
    by_path = {record.path: record for record in loaded.records}
    result = DecisionResult()
    changed: dict[str, Record] = {}
    unreadable: list[Finding] = []
    for target in targets:
        path = _file_of(folder, display_root, target.path)
        try:
            text = decided_text(path.read_text(encoding="utf-8"), shape, decision)
        except ValueError:  # a file with a reading problem is fixed by hand first
            unreadable.append(finding(target.path, (1, 1), "APPROVE-RECORD-UNREADABLE"))
            continue
        again = yaml_strict.load(text.encode("utf-8"), shape)
        changed[target.path] = Record(
            "nomination",
            target.id,
            target.path,
            again.data or {},
            again.locations,
            target.folder_school,
        )
        result.changes[path] = text
    before = run_checks(loaded.records, loaded.findings, schemas, context, unparsed=loaded.unparsed)
    after_records = [changed.get(path, record) for path, record in by_path.items()]
    after = run_checks(after_records, loaded.findings, schemas, context, unparsed=loaded.unparsed)
    known = {_key(item) for item in before.findings}
    caused = [
        item
        for item in after.findings
        if item.path in changed
        or any(r in changed for r in item.related)
        or (item.severity == "error" and _key(item) not in known)
    ]
    result.findings = sorted(unreadable + caused, key=Finding.sort_key)
    if not result.errors and not dry_run and result.changes:
        replace_files(result.changes)
        result.written = True
    return result


def _file_of(folder: Path, display_root: str, shown: str) -> Path:
    """The file behind a path as messages show it (the records folder as given + inside it)."""
    prefix = display_root.rstrip("/") + "/"
    relative = shown[len(prefix) :] if shown.startswith(prefix) else shown
    return folder / relative


def _key(item: Finding) -> tuple:
    return (item.path, item.line, item.column, item.code, item.field)
