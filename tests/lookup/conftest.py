"""The tiny district (tests/district.py), validated, as the records the lookup files come from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from district import AS_OF, write_tree
from minhbach.checks.context import CheckContext
from minhbach.records.store import RecordSet
from minhbach.validation import validate_folder


def district_records(folder: Path, tree: dict | None = None) -> RecordSet:
    """Write the district (or ``tree``) under ``folder`` and return its valid records."""
    write_tree(folder, tree)
    result = validate_folder(folder, CheckContext(AS_OF))
    assert result.ok, [f.code for f in result.findings]
    return result.valid


@pytest.fixture
def records_of(tmp_path: Path) -> Callable[[dict | None], RecordSet]:
    """``records_of(tree)``: the valid records of ``tree`` (default: the district)."""
    return lambda tree=None: district_records(tmp_path / "records", tree)


@pytest.fixture
def district_set(records_of) -> RecordSet:
    return records_of()
