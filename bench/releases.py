"""A simulated school year of weekly releases (issue 14): what publishes, what is held, the cost.

For each size and seed, a demo is generated whole and replayed Friday by Friday
(``demo.timeline``): each week's release is made as the build makes it (``public.publish``,
against the previous week's open data) and attacked as an outsider would (``audit.audit``).
Prints, per run: weeks, weeks in which a child could be named for the first time, weeks that
named new children, weeks holding back each family of figures and why, the audit's findings
(there must be none), and the seconds per week of the rounds (publish minus the fresh
projection) and of the audit. Then one real ``minhbach build`` of the whole demo, audited
against the release of the week before, with the seconds of each stage. Asserts nothing.

Usage: python bench/releases.py [--sizes 300,3000] [--seeds 1,2,3] [--no-build]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from minhbach.audit import audit
from minhbach.build import BuildOptions, build
from minhbach.demo import build_demo
from minhbach.demo._yaml import to_yaml
from minhbach.demo.timeline import records_on, weeks
from minhbach.public import build_public_site, publish
from minhbach.public.documents import dumps, json_views
from minhbach.public.rounds import as_release
from minhbach.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def year(students: int, seed: int) -> dict:
    tree = build_demo(students, seed)
    settings = Settings()
    previous, named = None, set()
    row: dict = {"weeks": 0, "could": 0, "named": 0, "holds": Counter(), "findings": 0}
    rounds, audits = [], []
    for day in weeks(tree):
        records = records_on(tree, day)
        started = time.perf_counter()
        fresh = build_public_site(records, as_of=day, settings=settings)
        projected = time.perf_counter()
        publication = publish(records, as_of=day, settings=settings, previous=previous)
        published = time.perf_counter()
        candidate = as_release(publication.site)
        audited = time.perf_counter()
        row["findings"] += len(audit(previous, candidate))
        audits.append(time.perf_counter() - audited)
        rounds.append((published - projected) - (projected - started))
        now = {s.nomination for s in publication.site.students}
        row["weeks"] += 1
        row["could"] += bool({s.nomination for s in fresh.students} - named)
        row["named"] += bool(now - named)
        row["holds"].update(f"{h.figure}/{h.reason}" for h in publication.holds)
        previous, named = candidate, named | now
    row["rounds"] = (statistics.mean(rounds), max(rounds))
    row["audit"] = (statistics.mean(audits), max(audits))
    return row


def real_build(students: int, seed: int) -> dict[str, float]:
    """One cold ``minhbach build`` of the last week, with the week before as the previous release."""
    tree = build_demo(students, seed)
    days = list(weeks(tree))
    with tempfile.TemporaryDirectory() as tmp:
        records = Path(tmp) / "records"
        for record in records_on(tree, days[-1]).records:
            path = records / record.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(to_yaml(record.data), encoding="utf-8")
        before = publish(
            records_on(tree, days[-2]), as_of=days[-2], settings=Settings(), previous=None
        )
        previous = Path(tmp) / "previous"
        previous.mkdir()
        for stem, document in json_views(before.site).items():
            (previous / f"{stem}.json").write_text(dumps(document), encoding="utf-8")
        outcome = build(
            BuildOptions(
                records=records,
                output=Path(tmp) / "output",
                settings_file=ROOT / "pelicanconf.py",
                as_of=days[-1],
                previous=previous,
                cache_dir=Path(tmp) / "cache",
            )
        )
        assert outcome.swapped, [f.message() for f in outcome.findings if f.severity == "error"]
        return outcome.timings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="300,3000")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args(argv)
    print(
        "students | seed | weeks | could name | named new | share | findings | rounds s/week "
        "(mean, max) | audit s/week (mean, max) | weeks held back (family/reason)"
    )
    for students in map(int, args.sizes.split(",")):
        for seed in map(int, args.seeds.split(",")):
            r = year(students, seed)
            share = r["named"] / r["could"] if r["could"] else 1.0
            holds = ", ".join(f"{k} {v}" for k, v in sorted(r["holds"].items()))
            print(
                f"{students:8} | {seed:4} | {r['weeks']:5} | {r['could']:10} | {r['named']:9} | "
                f"{share:5.0%} | {r['findings']:8} | {r['rounds'][0]:6.2f}, {r['rounds'][1]:6.2f} | "
                f"{r['audit'][0]:6.2f}, {r['audit'][1]:6.2f} | {holds}",
                flush=True,
            )
        if not args.no_build:
            timings = real_build(students, 1)
            stages = " | ".join(f"{k} {v:.1f}" for k, v in timings.items())
            print(f"build of {students} students (seed 1), seconds per stage: {stages}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
