"""``make bench``: the scale benchmark (issue 9). Prints a table; asserts nothing.

For each size it generates a demo (cached under bench/data/), then runs and measures, each in
its own process: the baseline validator (bench/baseline.py), ``minhbach validate``, and
``minhbach build`` twice (cold, then with no change). Peak memory is the child's maximum
resident set size (``wait4``).

Usage: python bench/run.py [--sizes 10000,30000,100000] [--no-build]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
BIN = Path(sys.executable).parent


def measure(
    command: list[str], cwd: Path = ROOT, stages: dict | None = None
) -> tuple[float, int, int]:
    """Run ``command``; return (seconds, peak RSS in MiB, exit code).

    Peak RSS is that of the process or of a child it waited for, the larger (``wait4`` counts
    the reports process the build forks). With ``stages``, the build's seconds per stage
    (printed under MINHBACH_TIMINGS) are put into it.
    """
    start = time.perf_counter()
    env = {**os.environ, "CI": "true", "MINHBACH_TIMINGS": "1"}
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors, env=env
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        errors.seek(0)
        for line in errors.read().decode("utf-8", "replace").splitlines():
            if stages is not None and line.startswith("{"):
                stages.update(json.loads(line))
    return seconds, usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status)


def demo(students: int) -> Path:
    folder = DATA / f"demo-{students}"
    if not (folder / "schools").is_dir():
        subprocess.run(
            [
                str(BIN / "minhbach"),
                "demo",
                "--out",
                str(folder),
                "--students",
                str(students),
                "--seed",
                "1",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return folder


def count_files(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.yaml"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,30000,100000")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    rows = []
    stage_rows: list[tuple[int, dict[str, float]]] = []
    for students in (int(s) for s in args.sizes.split(",")):
        folder = demo(students)
        files = count_files(folder)
        base_s, base_mb, _ = measure(
            [sys.executable, str(ROOT / "bench" / "baseline.py"), str(folder)]
        )
        rows.append((students, "baseline (safe_load + jsonschema)", files, base_s, base_mb, 1.0, 0))
        ours_s, ours_mb, code = measure(
            [str(BIN / "minhbach"), "validate", "--records", str(folder)]
        )
        rows.append((students, "minhbach validate", files, ours_s, ours_mb, base_s / ours_s, code))
        if not args.no_build:
            out, reports = DATA / f"out-{students}", DATA / f"reports-{students}"
            build = [
                str(BIN / "minhbach"),
                "build",
                "--records",
                str(folder),
                "--output",
                str(out),
                "--reports",
                str(reports),
            ]
            stages: dict[str, float] = {}
            cold_s, cold_mb, code = measure(build, stages=stages)
            rows.append((students, "minhbach build (cold)", files, cold_s, cold_mb, None, code))
            stage_rows.append((students, stages))
            warm_s, warm_mb, code = measure(build)
            rows.append(
                (students, "minhbach build (no change)", files, warm_s, warm_mb, None, code)
            )
    print(
        f"{'students':>9} | {'run':<34} | {'records':>8} | {'seconds':>8} | {'records/s':>9} | {'peak MiB':>8} | {'× baseline':>10} | exit"
    )
    print("-" * 112)
    for students, name, files, seconds, mb, ratio, code in rows:
        ratio_text = f"{ratio:10.1f}" if ratio is not None else f"{'':>10}"
        print(
            f"{students:>9} | {name:<34} | {files:>8} | {seconds:8.2f} | {files / seconds:9.0f} | {mb:8} | {ratio_text} | {code}"
        )
    if stage_rows:
        print("\nSeconds per stage of the cold build:")
        for students, stages in stage_rows:
            print(f"{students:>9} | " + " | ".join(f"{k} {v:.1f}" for k, v in stages.items()))
    print(
        "\nParsers: baseline = yaml.safe_load (PyYAML's pure-Python SafeLoader) + jsonschema 2020-12; "
        "minhbach = guarded line parser (fast path) falling back to libyaml's composer (strict path), "
        "fastjsonschema for the valid majority and jsonschema to explain failures, then the cross-record pass."
    )


if __name__ == "__main__":
    main()
