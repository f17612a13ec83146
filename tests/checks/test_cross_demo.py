"""The demo is valid by construction: every cross-record rule agrees (zero errors, 3 seeds)."""

from __future__ import annotations

import pytest

from district import AS_OF
from minhbach.checks.context import CheckContext
from minhbach.demo import write_demo
from minhbach.validation import validate_folder


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_demo_validates_without_errors(tmp_path, seed):
    write_demo(tmp_path / "records", students=150, seed=seed)
    result = validate_folder(
        tmp_path / "records", CheckContext(as_of=AS_OF), display_root="records"
    )
    errors = [(f.path, f.code, f.message()) for f in result.findings.items if f.severity == "error"]
    assert errors == []
    # Warnings the demo is meant to produce (children without their own consent), and no others
    # except students still waiting.
    assert set(result.findings.by_code()) <= {"CONSENT-CHILD-MISSING", "NOMINATION-WAITING"}
