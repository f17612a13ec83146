"""An office's checkout in a test folder: the repository's settings, content, theme and CODEOWNERS,
with the shipped demo records, a small demo, or none, as a clone of the repository has them."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from helpers import ROOT, write

# What `minhbach init` must be given where no terminal can ask (the demo's placeholders).
OFFICE = {
    "SITEURL": "https://minhbach.pgdnhabe.edu.vn",
    "SIGNER_NAME": "Nguyễn Thị Hoa",
    "OFFICE_PHONE": "028 3873 9999",
}
INIT_SETS = [word for name, value in OFFICE.items() for word in ("--set", f"{name}={value}")]

SMALL_DEMO = {
    "schools/th-an-phu.yaml": """
        id: th-an-phu
        name: Trường Tiểu học An Phú
        level: tieu-hoc
        commune: phuoc-kien
        demo: true
        """,
    "donors/nt-k7q3m9x2.yaml": """
        id: nt-k7q3m9x2
        name: Công ty Minh Họa
        kind: doanh-nghiep
        display: named
        show_value: true
        demo: true
        """,
}


def copy_checkout(target: Path, records: str = "small", *, theme: bool = False) -> Path:
    """``records``: "shipped" (the demo in the repository), "small" (two demo records) or
    "none" (no records folder, as after ``git rm -r records``)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("pelicanconf.py", "publishconf.py"):
        shutil.copy(ROOT / name, target / name)
    shutil.copytree(ROOT / "content", target / "content")
    (target / ".github").mkdir()
    shutil.copy(ROOT / ".github" / "CODEOWNERS", target / ".github" / "CODEOWNERS")
    if theme:
        shutil.copytree(ROOT / "theme", target / "theme")
    if records == "shipped":
        shutil.copytree(ROOT / "records", target / "records")
    elif records == "small":
        for relative, text in SMALL_DEMO.items():
            write(target / "records", relative, text)
    return target


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and a hash of its bytes: what "nothing changed" compares."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
