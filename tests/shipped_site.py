"""The shipped records (records/ at the repository root) built as the office's first site.

``build_shipped(folder)`` runs the real ``minhbach build`` on them; the other helpers pick, from
the YAML records themselves, the pages and the case the browser tests open. The screenshots in
docs/screenshots/ (scripts/screenshots.py) are taken from the same build.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from helpers import ROOT, run_minhbach

AS_OF = "2022-06-30"
RECORDS = ROOT / "records"


def build_shipped(base: Path) -> Path:
    """Build the shipped records into ``base/output`` (reports beside it); return the output."""
    result = run_minhbach(
        "build",
        *("--records", str(RECORDS), "--output", str(base / "output")),
        *("--reports", str(base / "reports"), "--as-of", AS_OF),
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return base / "output"


def read(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8"))


def first_handed_nomination() -> tuple[dict, dict]:
    """The nomination of the first handover (with its private lookup code) and its school."""
    handover = read(next(iter(sorted((RECORDS / "handovers").rglob("*.yaml")))))
    path = RECORDS / "nominations" / handover["school"] / f"{handover['nomination']}.yaml"
    nomination = yaml.load(path.read_text("utf-8"), Loader=yaml.BaseLoader)
    school = read(RECORDS / "schools" / f"{handover['school']}.yaml")
    return nomination, school


@dataclass(frozen=True)
class Pages:
    """One address of every kind of page of the shipped site (DESIGN "Public addresses")."""

    by_kind: dict[str, str]
    lookup_code: str
    school_name: str


def pages() -> Pages:
    donors = [read(p) for p in sorted((RECORDS / "donors").glob("*.yaml"))]
    gave_cash = {
        gift["donor"]
        for gift in map(read, sorted((RECORDS / "donations").glob("*.yaml")))
        if any(item["kind"] == "cash" for item in gift["items"])
    }
    # A named donor that shows its values and gave cash: every step of the story is on its page.
    named = next(
        d for d in donors if d["display"] == "named" and d["show_value"] and d["id"] in gave_cash
    )
    anonymous = next(d for d in donors if d["display"] == "anonymous")
    nomination, school = first_handed_nomination()
    news = sorted((ROOT / "content" / "tin-tuc").glob("*.md"))[0].stem
    return Pages(
        {
            "home": "/",
            "schools": "/truong/",
            "school": f"/truong/{school['id']}/",
            "students": "/ho-tro/",
            "students, page 2": "/ho-tro/trang-2/",
            "donors": "/nha-tai-tro/",
            "donor": f"/nha-tai-tro/{named['id']}/",
            "anonymous donor": f"/nha-tai-tro/{anonymous['id']}/",
            "lookup, a case": "/tra-cuu/#ma=" + nomination["lookup_code"],
            "search": "/tim-kiem/?q=" + school["name"],
            "open data": "/du-lieu/",
            "guide": "/huong-dan/",
            "news post": f"/tin-tuc/{news}/",
            "404": "/404.html",
        },
        nomination["lookup_code"],
        school["name"],
    )
