"""``.github/CODEOWNERS`` from the schools in the records: each school's folders to its reviewers.

A pull request that touches a school's nominations, handovers or follow-ups asks that school's
team for review; everything else (donations, allocations, schemas, code) asks the office. GitHub
takes the last matching line, so the office's catch-all comes first. The teams belong to the
GitHub organisation named by the ``GITHUB_ORGANISATION`` setting. ``minhbach init`` writes the
file, and ``minhbach new school`` writes it again with the new school (also by hand:
``python -m minhbach.workflow.codeowners > .github/CODEOWNERS``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from minhbach.records.types import RECORD_TYPES
from minhbach.workflow.transaction import replace_files

ORGANISATION = "phong-gddt-nha-be"
OFFICE_TEAM = "van-phong"
CODEOWNERS = Path(".github") / "CODEOWNERS"


def render_codeowners(school_ids: Iterable[str], organisation: str = ORGANISATION) -> str:
    office = f"@{organisation}/{OFFICE_TEAM}"
    lines = [
        "# Người duyệt pull request (do minhbach init và minhbach new school viết lại; không sửa tay).",
        "# Thư mục của mỗi trường do nhóm của trường đó duyệt; mọi thứ khác do Văn phòng Phòng GD&ĐT duyệt.",
        "# Tên nhóm là nhóm (team) GitHub của tổ chức GITHUB_ORGANISATION (cài đặt trong pelicanconf.py).",
        f"* {office}",
    ]
    per_school = [t.folder for t in RECORD_TYPES if t.per_school]
    for school in sorted(school_ids):
        team = f"@{organisation}/{school}"
        lines.append(f"/records/schools/{school}.yaml {team} {office}")
        lines += [f"/records/{folder}/{school}/ {team} {office}" for folder in per_school]
    return "\n".join(lines) + "\n"


def school_ids(records: Path) -> list[str]:
    return sorted(p.stem for p in (records / "schools").glob("*.yaml"))


def codeowners_change(
    root: Path, records: Path, organisation: str, schools: Iterable[str] | None = None
) -> dict[Path, str]:
    """The new CODEOWNERS of the checkout at ``root`` (for ``schools``, default those in the
    records), when its records are ``root/records`` (the paths in the file are written from
    there) and the file would change; else nothing."""
    target = root / CODEOWNERS
    if records.resolve() != (root / "records").resolve() or not target.parent.is_dir():
        return {}
    text = render_codeowners(school_ids(records) if schools is None else schools, organisation)
    current = target.read_text(encoding="utf-8") if target.is_file() else None
    return {} if current == text else {target: text}


def update_codeowners(root: Path, records: Path, organisation: str) -> Path | None:
    """Write ``codeowners_change``; the file written, or None when nothing changed."""
    change = codeowners_change(root, records, organisation)
    replace_files(change)
    return next(iter(change), None)


if __name__ == "__main__":
    from minhbach.settings import load_settings

    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "records")
    sys.stdout.write(render_codeowners(school_ids(folder), load_settings().GITHUB_ORGANISATION))
