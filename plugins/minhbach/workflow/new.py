"""``minhbach new``: one new record, derived where it can be, validated before it is kept.

What the software derives (and does not ask for): the id (opaque, or a readable slug for a
school or a named organisation, DESIGN.md "Ids"), a nomination's lookup code and ``de-xuat``
status, and the record's own date (today). The file is created with O_EXCL, so an existing
record is never replaced, then the whole records folder is validated: if the new file has an
error, or makes another record wrong, it is removed again and nothing is left behind.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

from minhbach.checks.context import CheckContext
from minhbach.findings import Finding
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import display_path
from minhbach.records.types import BY_NAME
from minhbach.validation import validate_folder
from minhbach.workflow.ids import derive_id, new_lookup_code
from minhbach.workflow.yaml_out import dump_record

# The record's own date, filled with today when not given.
DATE_FIELDS: dict[str, str] = {
    "nomination": "nominated_on",
    "donation": "received_on",
    "purchase": "on",
    "allocation": "on",
    "handover": "on",
    "followup": "on",
}


class CannotPlace(ValueError):
    """The record cannot be given a file: a per-school record without its school."""


@dataclass
class NewResult:
    type: str
    record_id: str
    path: str  # as shown in messages (records folder as given + path inside it)
    text: str
    written: bool
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


def derived_paths(type_name: str) -> set[tuple[str, ...]]:
    """The fields ``new`` fills by itself (so it does not ask for them)."""
    paths = {("id",)}
    if type_name in DATE_FIELDS:
        paths.add((DATE_FIELDS[type_name],))
    if type_name == "nomination":
        paths |= {("status",), ("lookup_code",)}
    return paths


def derive(
    type_name: str, data: dict, folder: Path, today: dt.date, rng: random.Random | None = None
) -> dict:
    """``data`` with what the software derives filled in (values already given win)."""
    out = dict(data)
    if type_name in DATE_FIELDS:
        out.setdefault(DATE_FIELDS[type_name], today.isoformat())
    if type_name == "nomination":
        out.setdefault("status", "de-xuat")
        if "lookup_code" not in out:
            out["lookup_code"] = new_lookup_code(_lookup_codes(folder), rng)
    if "id" not in out:
        out = {"id": derive_id(type_name, out, _taken_ids(folder, type_name), rng), **out}
    return out


def _taken_ids(folder: Path, type_name: str) -> set[str]:
    record_type = BY_NAME[type_name]
    base = folder / record_type.folder
    pattern = "*/*.yaml" if record_type.per_school else "*.yaml"
    return {p.stem for p in base.glob(pattern)} if base.is_dir() else set()


def _lookup_codes(folder: Path) -> set[str]:
    """Lookup codes already given (read as text: a quick scan, not a full load)."""
    codes: set[str] = set()
    for folder_name in ("nominations", "donors"):
        for path in (
            (folder / folder_name).rglob("*.yaml") if (folder / folder_name).is_dir() else ()
        ):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                if line.startswith("lookup_code:"):
                    codes.add(line.split(":", 1)[1].strip().strip("'\""))
    return codes


def relative_path(type_name: str, data: dict) -> str:
    """Where the record's file goes inside the records folder."""
    record_type = BY_NAME[type_name]
    if record_type.per_school:
        school = data.get("school")
        if not isinstance(school, str) or not school:
            raise CannotPlace(type_name)
        return f"{record_type.folder}/{school}/{data['id']}.yaml"
    return f"{record_type.folder}/{data['id']}.yaml"


def create_record(
    folder: Path,
    type_name: str,
    data: dict,
    context: CheckContext,
    *,
    display_root: str | None = None,
    schemas: SchemaSet | None = None,
    dry_run: bool = False,
) -> NewResult:
    """Write ``data`` (already derived) as a new record and keep it only if it validates."""
    schemas = schemas or SchemaSet.from_folder()
    root = display_root if display_root is not None else str(folder)
    relative = relative_path(type_name, data)
    shown = display_path(root, relative)
    text = dump_record(data, schemas.shapes[type_name])
    before = {
        _key(f)
        for f in validate_folder(folder, context, display_root=root, schemas=schemas).findings.items
    }
    target = folder / relative
    created_dirs = [
        p for p in reversed(target.parents) if p.is_relative_to(folder) and not p.exists()
    ]
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(
        target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644
    )  # FileExistsError: never replace
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    keep = False
    try:
        after = validate_folder(folder, context, display_root=root, schemas=schemas).findings.items
        caused = [
            f
            for f in after
            if f.path == shown
            or shown in f.related
            or (f.severity == "error" and _key(f) not in before)
        ]
        keep = not dry_run and not any(f.severity == "error" for f in caused)
    finally:
        if not keep:
            target.unlink(missing_ok=True)
            for directory in reversed(created_dirs):
                if directory.is_dir() and not any(directory.iterdir()):
                    directory.rmdir()
    return NewResult(type_name, data["id"], shown, text, keep, sorted(caused, key=Finding.sort_key))


def _key(item: Finding) -> tuple:
    return (item.path, item.line, item.column, item.code, item.field)
