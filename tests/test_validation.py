"""Validation on two cores gives exactly what one process gives: the same findings, the same records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from minhbach.checks.context import CheckContext
from minhbach.demo import write_demo
from minhbach.validation import validate_folder

AS_OF = dt.date(2026, 11, 25)


def _break_some_files(folder: Path) -> None:
    """A spread of problems: unreadable YAML, a schema error, a word for a boolean, a duplicate
    student, a reference to nothing, a misplaced file and a wrong extension."""
    nominations = sorted(folder.glob("nominations/*/*.yaml"))
    first, second, third = nominations[0], nominations[1], nominations[2]
    first.write_text(first.read_text(encoding="utf-8") + "  lạc: [\n", encoding="utf-8")
    second.write_text(
        second.read_text(encoding="utf-8").replace("guardian: true", "guardian: có"),
        encoding="utf-8",
    )
    (third.parent / "dx-copy.yaml").write_text(
        third.read_text(encoding="utf-8").replace(third.stem, "dx-copy"), encoding="utf-8"
    )
    handover = sorted(folder.glob("handovers/*/*.yaml"))[0]
    text = handover.read_text(encoding="utf-8")
    handover.write_text(
        "\n".join(
            "nomination: dx-khong-co" if line.startswith("nomination:") else line
            for line in text.splitlines()
        )
        + "\n",
        encoding="utf-8",
    )
    donor = sorted(folder.glob("donors/*.yaml"))[0]
    donor.write_text(
        donor.read_text(encoding="utf-8").replace("name:", "ten:", 1), encoding="utf-8"
    )
    (folder / "nominations" / "lac-cho.yaml").write_text("id: x\n", encoding="utf-8")
    (folder / "donors" / "sai-duoi.yml").write_text("id: y\n", encoding="utf-8")


def test_two_processes_find_what_one_process_finds(tmp_path):
    folder = tmp_path / "records"
    write_demo(folder, 40, 3)
    _break_some_files(folder)
    context = CheckContext(as_of=AS_OF)

    one = validate_folder(folder, context, display_root="records", two_cores_from=10**9)
    two = validate_folder(folder, context, display_root="records", two_cores_from=1)

    codes = {f.code for f in one.findings.items}
    # The broken files did break: the comparison below is about real findings.
    assert {
        "YAML-SYNTAX",
        "YAML-BOOLEAN",
        "STUDENT-CODE-DUPLICATE",
        "FILE-EXTENSION",
        "REF-UNKNOWN",
    } <= codes, codes
    assert one.findings.errors > 0
    assert two.findings.sorted() == one.findings.sorted()
    assert two.files == one.files
    assert [(r.path, r.data) for r in two.valid.records] == [
        (r.path, r.data) for r in one.valid.records
    ]
    assert two.valid.broken == one.valid.broken
    # Places of a record read in the other process are still found (read again on demand).
    shown = {(f.path, f.line, f.column) for f in two.findings.items}
    assert all(line >= 1 and column >= 1 for _, line, column in shown)
