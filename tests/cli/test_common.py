"""Options every command shares, tried by a careless hand through the real command."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run_minhbach, write

SCHOOL = "id: th-an-phu\nname: Trường Tiểu học An Phú\nlevel: tieu-hoc\ncommune: phuoc-kien\n"


@pytest.mark.parametrize(
    ("command", "day"),
    [
        (["validate"], "2200-01-01"),
        (["report", "ubnd"], "2108-01-01"),  # issue 15: crashed the report writer (exit 3)
        (["report", "lists"], "9999-12-31"),
        (["build"], "1999-12-31"),
        (["balance"], "1900-01-01"),
    ],
)
def test_as_of_outside_2000_to_2100_is_bad_usage(
    tmp_path: Path, records: Path, command: list[str], day: str
) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    result = run_minhbach(*command, "--records", str(records), "--as-of", day, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "--as-of" in result.stderr
    assert "01/01/2000" in result.stderr
    assert "31/12/2100" in result.stderr
    assert not (tmp_path / ".minhbach").exists()  # not a bug: no traceback log
    assert not (tmp_path / "reports").exists()
    assert not (tmp_path / "output").exists()


def test_as_of_at_the_edges_of_the_range_is_accepted(tmp_path: Path, records: Path) -> None:
    write(records, "schools/th-an-phu.yaml", SCHOOL)
    for day in ("2000-01-01", "2100-12-31"):
        result = run_minhbach("validate", "--records", str(records), "--as-of", day, cwd=tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
