"""For tests only: stop a real build at a named moment, so that a test can kill it right there.

``MINHBACH_TEST_PAUSE_AT=NAME`` makes the build print ``MINHBACH-TEST-PAUSED NAME: PID`` on
standard error when it reaches NAME, then wait (at most ``LONGEST`` seconds, then go on). NAME
is a stage of the build (``BuildOutcome.timings`` names them: "validate", "pelican", "swap", …),
paused as the stage starts, or "reports": the reports process, once it has written its first
report. PID is the process that paused (the reports process for "reports"), followed by the
pids of the processes it started (``MINHBACH-TEST-PAUSED pelican: 4242 4250``), so that a test
can check that none is left running. Nobody else sets it; unset, this costs one dictionary
look-up per stage.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time

PAUSE_AT = "MINHBACH_TEST_PAUSE_AT"
LONGEST = 120.0


def pause_if_asked(name: str) -> None:
    """Wait here if a test asked to pause at ``name``."""
    if os.environ.get(PAUSE_AT) != name:
        return
    pids = [os.getpid()] + [child.pid for child in multiprocessing.active_children()]
    print(f"MINHBACH-TEST-PAUSED {name}:", *pids, file=sys.stderr, flush=True)
    time.sleep(LONGEST)
