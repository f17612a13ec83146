"""Checks of one record's identity and place: id rule, file name, school folder, duplicates.

Pure functions over loaded records; they return findings and never read files.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from minhbach.findings import Bilingual, Finding, finding
from minhbach.records.store import ID_RULE, Record
from minhbach.records.types import BY_NAME


def identity_findings(record: Record) -> list[Finding]:
    """The file name follows the id rule, ``id`` equals it, ``school`` equals the school folder."""
    found: list[Finding] = []
    if not ID_RULE.fullmatch(record.id):
        found.append(finding(record.path, (1, 1), "ID-FILE-NAME", hint=_file_name_hint(record.id)))
    written_id = record.get("id")
    if isinstance(written_id, str) and written_id != record.id:
        found.append(
            finding(record.path, record.where("id"), "ID-MISMATCH", field="id", stem=record.id)
        )
    if record.folder_school is not None:
        written_school = record.get("school")
        if isinstance(written_school, str) and written_school != record.folder_school:
            found.append(
                finding(
                    record.path,
                    record.where("school"),
                    "RECORD-SCHOOL-MISMATCH",
                    field="school",
                    written=written_school,
                    folder=record.folder_school,
                )
            )
    return found


def _file_name_hint(stem: str) -> Bilingual:
    if stem != stem.lower():
        return Bilingual("Dùng chữ thường.", "Use lower case.")
    if "." in stem:
        return Bilingual("Không dùng dấu chấm trong tên tệp.", "Do not use dots in the file name.")
    if not stem.isascii():
        return Bilingual("Dùng chữ không dấu.", "Use letters without accents.")
    return Bilingual("Đổi tên tệp cho đúng quy tắc.", "Rename the file to follow the rule.")


def collection_findings(records: Iterable[Record], school_ids: set[str]) -> list[Finding]:
    """Across files: ids unique per type, school folders exist, demo and real data not mixed."""
    found: list[Finding] = []
    first: dict[tuple[str, str], Record] = {}
    unknown_folders: dict[str, Record] = {}
    demo = real = 0
    for record in sorted(records, key=lambda r: r.path):
        key = (record.type, record.id)
        if key in first:
            rtype = BY_NAME[record.type]
            found.append(
                finding(
                    record.path,
                    record.where("id"),
                    "ID-DUPLICATE",
                    field="id",
                    related=[first[key].path],
                    id=record.id,
                    type=Bilingual(rtype.label_vi, rtype.label_en),
                    other=first[key].path,
                )
            )
        else:
            first[key] = record
        if record.folder_school is not None and record.folder_school not in school_ids:
            unknown_folders.setdefault(record.folder_school, record)
            close = difflib.get_close_matches(record.folder_school, sorted(school_ids), n=1)
            hint = (
                Bilingual(f" Có phải ý bạn là `{close[0]}`?", f" Did you mean `{close[0]}`?")
                if close
                else ""
            )
            found.append(
                finding(
                    record.path,
                    (1, 1),
                    "RECORD-UNKNOWN-SCHOOL",
                    school=record.folder_school,
                    hint=hint,
                )
            )
        if record.is_demo:
            demo += 1
        else:
            real += 1
    if demo and real:
        anchor = next(r for r in sorted(records, key=lambda r: r.path) if not r.is_demo)
        found.append(
            finding(anchor.path, (1, 1), "DEMO-MIXED", severity="warning", demo=demo, real=real)
        )
    return found
