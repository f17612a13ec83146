"""A real zip bomb against ``minhbach import`` (issue 15): prints how fast and how small it is refused.

Builds a valid .xlsx of about 1 MB whose sheet truly unpacks to 1 GB (right CRC), then runs the
real command on it in its own process and prints the wall time, the exit code, the message code
and the process's peak resident memory. Before the limits, the same file ran for tens of seconds
into gigabytes (2.4 GB and 28 s measured for blanks; a sheet of real cells goes to MemoryError).
Asserts nothing.

Usage: python bench/xlsx_bomb.py [--gib 1]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from workflow.sheets import SCHOOL, inflating_workbook  # noqa: E402 (the tests' builder)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gib", type=float, default=1.0, help="unpacked size in GiB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        (base / "records/schools").mkdir(parents=True)
        (base / "records/schools/th-an-phu.yaml").write_text(SCHOOL, encoding="utf-8")
        started = time.perf_counter()
        bomb = inflating_workbook(base / "bom.xlsx", int(args.gib * (1 << 30)))
        built = time.perf_counter() - started
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "minhbach.cli.main", "import", str(bomb)]
            + ["--school", "th-an-phu", "--records", str(base / "records")],
            capture_output=True,
            text=True,
            cwd=base,
        )
        refused = time.perf_counter() - started
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        code = next((w for w in done.stdout.split() if w.startswith("IMPORT-")), "-").rstrip(":")
        print(f"file            {bomb.stat().st_size / (1 << 20):8.2f} MiB")
        print(f"unpacks to      {args.gib * 1024:8.0f} MiB")
        print(f"built in        {built:8.2f} s")
        print(f"import ran      {refused:8.2f} s (Python start-up included)")
        print(f"peak memory     {peak_mib:8.1f} MiB")
        print(f"exit code       {done.returncode:8d}")
        print(f"message code    {code}")


if __name__ == "__main__":
    main()
