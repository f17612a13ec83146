"""``make bench``: the scale benchmark (issue 9). Prints a table; asserts nothing.

For each size it generates a demo (cached under bench/data/), then runs and measures, each in
its own process: the baseline validator (bench/baseline.py), ``minhbach validate`` (three
timed runs, the median shown, and one more for memory), and
``minhbach build`` twice (cold, with an empty cache folder; then with no change). Memory is
shown twice: the largest process's peak RSS, and the peak summed PSS of all the processes a
command forked (see ``measure``).

Usage: python bench/run.py [--sizes 10000,30000,100000] [--no-build]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
BIN = Path(sys.executable).parent


def measure(
    command: list[str], cwd: Path = ROOT, stages: dict | None = None, *, sample: bool = True
) -> tuple[float, int, int, int]:
    """Run ``command``; return (seconds, peak RSS in MiB, peak PSS of all its processes, exit code).

    Peak RSS is that of the largest single process (``wait4``: the process or a child it waited
    for). It under-counts a command that forks: a forked child's copied pages and its own
    allocations are not in the parent's RSS. So the tree of processes is also sampled every
    0.2 s and its proportional set sizes summed (shared pages counted once): that sum's peak is
    the memory the command really held (0 when ``sample`` is false: reading a large process's
    page tables five times a second takes CPU from a command that uses both cores). With
    ``stages``, the build's seconds per stage (printed under MINHBACH_TIMINGS) are put into it.
    """
    start = time.perf_counter()
    env = {**os.environ, "CI": "true", "MINHBACH_TIMINGS": "1"}
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors, env=env
        )
        sampler = _PssSampler(process.pid)
        if sample:
            sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        if sample:
            sampler.stop()
        errors.seek(0)
        for line in errors.read().decode("utf-8", "replace").splitlines():
            if stages is not None and line.startswith("{"):
                stages.update(json.loads(line))
    return (
        seconds,
        usage.ru_maxrss // 1024,
        sampler.peak_kib // 1024,
        os.waitstatus_to_exitcode(status),
    )


class _PssSampler(threading.Thread):
    """The peak, over time, of the summed PSS of a process and all its descendants."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kib = 0
        self._done = threading.Event()

    def stop(self) -> None:
        self._done.set()
        self.join()

    def run(self) -> None:
        while not self._done.wait(0.2):
            total = sum(_pss_kib(pid) for pid in _tree(self.pid))
            self.peak_kib = max(self.peak_kib, total)


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, index = [root], 0
    while index < len(found):
        found += children.get(found[index], [])
        index += 1
    return found


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


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


def _builds(students: int, folder: Path, files: int, stage_rows: list) -> list[tuple]:
    """A cold build (an empty cache folder: nothing remembered), then one with nothing changed."""
    out, reports = DATA / f"out-{students}", DATA / f"reports-{students}"
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as cache:
        build = [
            str(BIN / "minhbach"),
            "build",
            "--records",
            str(folder),
            "--output",
            str(out),
            "--reports",
            str(reports),
            "--cache-dir",
            cache,
        ]
        stages: dict[str, float] = {}
        cold_s, cold_rss, cold_pss, cold_code = measure(build, stages=stages)
        stage_rows.append((students, stages))
        warm_s, warm_rss, warm_pss, warm_code = measure(build)
    return [
        (students, "minhbach build (cold)", files, cold_s, cold_rss, cold_pss, None, cold_code),
        (
            students,
            "minhbach build (no change)",
            files,
            warm_s,
            warm_rss,
            warm_pss,
            None,
            warm_code,
        ),
    ]


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
        base_s, base_rss, base_pss, _ = measure(
            [sys.executable, str(ROOT / "bench" / "baseline.py"), str(folder)]
        )
        rows.append(
            (
                students,
                "baseline (safe_load + jsonschema)",
                files,
                base_s,
                base_rss,
                base_pss,
                1.0,
                0,
            )
        )
        # Three timed runs, the median shown (single runs moved by a quarter with the machine's
        # noise), without the memory sampler; then one run for the memory of all processes.
        validate = [str(BIN / "minhbach"), "validate", "--records", str(folder)]
        runs = sorted((measure(validate, sample=False) for _ in range(3)), key=lambda r: r[0])
        ours_s, ours_rss, _, code = runs[1]
        ours_pss = measure(validate)[2]
        rows.append(
            (
                students,
                "minhbach validate",
                files,
                ours_s,
                ours_rss,
                ours_pss,
                base_s / ours_s,
                code,
            )
        )
        if not args.no_build:
            rows += _builds(students, folder, files, stage_rows)
    print(
        f"{'students':>9} | {'run':<34} | {'records':>8} | {'seconds':>8} | {'records/s':>9} "
        f"| {'RSS MiB':>7} | {'all MiB':>7} | {'× baseline':>10} | exit"
    )
    print("-" * 122)
    for students, name, files, seconds, rss, pss, ratio, code in rows:
        ratio_text = f"{ratio:10.1f}" if ratio is not None else f"{'':>10}"
        print(
            f"{students:>9} | {name:<34} | {files:>8} | {seconds:8.2f} | {files / seconds:9.0f} "
            f"| {rss:7} | {pss:7} | {ratio_text} | {code}"
        )
    print(
        "\nRSS MiB: the largest single process's peak resident set. all MiB: the peak, sampled "
        "every 0.2 s, of the summed PSS of the command and every process it forked (shared pages "
        "counted once): the memory the command really held."
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
