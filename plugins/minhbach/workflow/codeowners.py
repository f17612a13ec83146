"""``.github/CODEOWNERS`` from the schools in the records: each school's folders to its reviewers.

A pull request that touches a school's nominations, handovers or follow-ups asks that school's
team for review; everything else (donations, allocations, schemas, code) asks the office. GitHub
takes the last matching line, so the office's catch-all comes first. Regenerate after adding a
school: ``python -m minhbach.workflow.codeowners > .github/CODEOWNERS``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from minhbach.records.types import RECORD_TYPES

ORGANISATION = "phong-gddt-nha-be"
OFFICE_TEAM = "van-phong"


def render_codeowners(school_ids: Iterable[str], organisation: str = ORGANISATION) -> str:
    office = f"@{organisation}/{OFFICE_TEAM}"
    lines = [
        "# Người duyệt pull request (tạo bằng: python -m minhbach.workflow.codeowners > .github/CODEOWNERS).",
        "# Thư mục của mỗi trường do nhóm của trường đó duyệt; mọi thứ khác do Văn phòng Phòng GD&ĐT duyệt.",
        "# Tên nhóm là nhóm (team) GitHub của tổ chức; sửa ORGANISATION nếu tổ chức mang tên khác.",
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


if __name__ == "__main__":
    sys.stdout.write(
        render_codeowners(school_ids(Path(sys.argv[1] if len(sys.argv) > 1 else "records")))
    )
