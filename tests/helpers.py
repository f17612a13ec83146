"""Helpers shared by the tests: write small record trees and run the real command.

Import them as ``from helpers import write, run_minhbach`` (tests/ is on the path).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import textwrap
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2022, 6, 30)

# One valid nomination of th-an-phu, as a school writes it (tests change what they test by
# str.replace, so the texts replaced stay on their own lines).
SAMPLE_NOMINATION = """\
id: dx-k7q3m9
school: th-an-phu
nominated_on: 2021-10-10
student:
  full_name: Nguyễn Văn Bình
  birth_date: 2013-04-12
  gender: nam
  class: 3A
  grade: 3
  student_code: 0123456789
guardian:
  name: Trần Thị Cúc
  relation: mẹ
  phone: 0909123456
categories: [mo-coi-cha]
needs:
  - kind: tablet
    quantity: 1
status: de-xuat
consent:
  guardian: true
  child: true
  recorded_on: 2021-10-10
"""


# An office's own settings (no placeholder of the demo): what `minhbach init` leaves behind.
OFFICE_SETTINGS = """\
SITEURL = "https://minhbach.pgdnhabe.edu.vn"
SIGNER_NAME = "Nguyễn Thị Hoa"
OFFICE_PHONE = "028 3873 9999"
CONTACT_NOTE = "Liên hệ giáo viên chủ nhiệm hoặc Phòng GD&ĐT (028 3873 9999)."
LOOKUP_SITE_KEY = "khoa-rieng-cua-phong-dai-hon-ba-muoi-hai-ky-tu"
"""


def write(folder: Path, relative: str, text: str | bytes) -> Path:
    """Write one file (text is dedented) under ``folder`` and return its path."""
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def run_minhbach(
    *args: str, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess:
    """Run the real ``minhbach`` command (as a user would) and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "minhbach.cli.main", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=600,
    )


_ERROR = re.compile(r"^(?P<where>.+?):\d+:\d+: error (?P<code>[A-Z-]+): .*?`(?P<field>[^`]*)`")


def missing_fields(text_report: str) -> list[str]:
    """The fields a text report says are missing, in order; any error that is not
    SCHEMA-REQUIRED (or an error line of another form) fails the test."""
    fields = []
    for line in text_report.splitlines():
        if ": error " not in line:
            continue
        match = _ERROR.match(line)
        assert match, line
        assert match["code"] == "SCHEMA-REQUIRED", line
        fields.append(match["field"])
    return fields


@dataclass(frozen=True)
class XlsxCell:
    """One cell as the sheet's XML writes it: reference, type (``t``), formula or not, text."""

    ref: str
    type: str
    formula: bool
    text: str | None


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def xlsx_cells(path: Path) -> list[XlsxCell]:
    """Every cell of every sheet of the .xlsx at ``path``, read from the XML itself (no openpyxl):
    what Excel will see when it opens the file."""
    cells: list[XlsxCell] = []
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        shared = []
        if "xl/sharedStrings.xml" in names:
            root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(f"{_MAIN}t")) for si in root]
        for name in sorted(names):
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            for cell in ElementTree.fromstring(archive.read(name)).iter(f"{_MAIN}c"):
                kind = cell.get("t", "n")
                value = cell.find(f"{_MAIN}v")
                if kind == "inlineStr":
                    text = "".join(t.text or "" for t in cell.iter(f"{_MAIN}t"))
                elif kind == "s":
                    text = shared[int(value.text)]
                else:
                    text = value.text if value is not None else None
                cells.append(
                    XlsxCell(cell.get("r"), kind, cell.find(f"{_MAIN}f") is not None, text)
                )
    return cells


def running(pid: int) -> bool:
    """Whether ``pid`` still runs; a zombie (ended, not yet reaped by whoever adopted it) does not.

    ``ps`` rather than /proc: it answers the same on Linux and macOS."""
    state = subprocess.run(["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True)
    return state.stdout.strip() != "" and not state.stdout.strip().startswith("Z")


def assert_all_ended(pids: list[int]) -> None:
    """Every process of ``pids`` ends within a few seconds (a child must not outlive its build)."""
    deadline = time.monotonic() + 5
    while any(running(pid) for pid in pids):
        assert time.monotonic() < deadline, [pid for pid in pids if running(pid)]
        time.sleep(0.05)


def in_mount_namespace(
    script: str, *args: str, what: str, cwd: Path | None = None, timeout: int = 300
) -> subprocess.CompletedProcess:
    """``sh -c SCRIPT ARGS`` in a mount namespace of its own (a user namespace too when not
    root), so that tests can mount a full, read-only or overlay file system. The script exits
    97 when its mount fails: that is the machine's limit, named, not the tool's failure."""
    namespace = ["unshare", "--mount"] if os.geteuid() == 0 else ["unshare", "-r", "--mount"]
    done = subprocess.run(
        [*namespace, "sh", "-c", script, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode != 97, f"cannot mount {what} here: {done.stderr}"
    return done
