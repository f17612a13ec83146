"""What each speed shortcut (plugins/minhbach/shortcuts.py) buys: each switched off in turn;
and what the second process (fork) buys: "fork off" runs the commands as on Windows
(``MINHBACH_NO_FORK``: validation in one process, the reports process spawned).

For one demo size, ``minhbach validate`` and ``minhbach build`` run with every shortcut on, then
with one off (the function replaced by one that does nothing special), each run in its own
process. Printed per variant: the median over ``--runs`` of wall seconds, CPU seconds (user +
system, of the command and every process it waited for: contention with other work on the
machine inflates wall time, not CPU time), the largest single process's peak RSS and the peak
summed PSS of all its processes (from bench/run.py's sampler). Asserts nothing.

Usage: python bench/shortcuts.py [--students 10000] [--runs 3] [--no-build] [--records DIR]
                                [--only "all on,fork off"]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ROOT, _PssSampler, demo

# Python run by ``python -c`` before the command: switch one shortcut off, then run ``minhbach``.
_OFF = {
    "all on": "",
    # os._exit still, but nothing kept: what the command read is freed when it returns.
    "keep off": (
        "def end(run):\n"
        "    code = run(lambda value: None)\n"
        "    sys.stdout.flush(); sys.stderr.flush(); s.os._exit(code)\n"
        "s.end_process = end"
    ),
    # An ordinary exit: everything is freed, at the command's return and at interpreter exit.
    "end_process off": "s.end_process = lambda run: sys.exit(run(lambda value: None))",
    "collector_paused off": "s.collector_paused = contextlib.nullcontext",
    "leave_inherited_alone off": "s.leave_inherited_alone = lambda: None",
    "heap_frozen off": "s.heap_frozen = contextlib.nullcontext",
    "give_back_free_memory off": "s.give_back_free_memory = lambda: None",
    # Read by minhbach.bulk.start_method; a spawned reports process inherits it.
    "fork off": "import os; os.environ['MINHBACH_NO_FORK'] = '1'",
}
_VALIDATE = (
    "all on",
    "keep off",
    "end_process off",
    "collector_paused off",
    "leave_inherited_alone off",
    "fork off",
)
_BUILD = ("all on", "end_process off", "heap_frozen off", "give_back_free_memory off", "fork off")


def command(variant: str, arguments: list[str]) -> list[str]:
    code = "\n".join(
        [
            "import contextlib, sys",
            "import minhbach.shortcuts as s",
            _OFF[variant],
            "from minhbach.cli.main import console",
            f"sys.argv = ['minhbach', *{arguments!r}]",
            "console()",
        ]
    )
    return [sys.executable, "-c", code]


def measure(argv: list[str], cwd: Path) -> tuple[float, float, int, int, int]:
    """(wall s, CPU s, peak RSS MiB, peak summed PSS MiB, exit code) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sampler = _PssSampler(process.pid)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    sampler.stop()
    cpu = usage.ru_utime + usage.ru_stime
    return (
        wall,
        cpu,
        usage.ru_maxrss // 1024,
        sampler.peak_kib // 1024,
        os.waitstatus_to_exitcode(status),
    )


def series(variant: str, arguments, runs: int, fresh) -> tuple[float, float, int, int, int]:
    results = []
    for run in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-shortcut-") as tmp:
            results.append(measure(command(variant, arguments + fresh(Path(tmp), run)), ROOT))
    return (
        statistics.median(r[0] for r in results),
        statistics.median(r[1] for r in results),
        int(statistics.median(r[2] for r in results)),
        int(statistics.median(r[3] for r in results)),
        max(r[4] for r in results),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--records", help="an existing demo of that size (default: bench/data/)")
    parser.add_argument("--only", help="these variants only, comma-separated (default: all)")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else set(_OFF)
    folder = Path(args.records) if args.records else demo(args.students)
    print(f"{args.students} students, median of {args.runs} runs")
    print(
        f"{'command':9} {'variant':27} {'wall s':>7} {'CPU s':>7} {'RSS MiB':>8} {'PSS MiB':>8} exit"
    )
    jobs = [
        ("validate", v, ["validate", "--records", str(folder)], lambda tmp, run: [])
        for v in _VALIDATE
    ]
    if not args.no_build:
        build = ["build", "--records", str(folder)]
        places = lambda tmp, run: [  # noqa: E731  (a fresh output, reports and cache per run)
            "--output", str(tmp / "output"), "--reports", str(tmp / "reports"),
            "--cache-dir", str(tmp / "cache"),
        ]  # fmt: skip
        jobs += [("build", v, build, places) for v in _BUILD]
    for name, variant, arguments, fresh in jobs:
        if variant not in only:
            continue
        wall, cpu, rss, pss, code = series(variant, arguments, args.runs, fresh)
        print(f"{name:9} {variant:27} {wall:7.1f} {cpu:7.1f} {rss:8d} {pss:8d} {code}", flush=True)


if __name__ == "__main__":
    main()
