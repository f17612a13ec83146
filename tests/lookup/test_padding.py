"""Lookup files padded to a few sizes: on a demo district, a file's size says nothing of its case."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from minhbach.checks.context import CheckContext
from minhbach.demo import write_demo
from minhbach.lookup import LOOKUP_DIR, build_cases, file_name, open_file, write_lookup_files
from minhbach.lookup.crypto import seal
from minhbach.lookup.padding import BUCKETS, pad, padded_size
from minhbach.public import build_lookup_view
from minhbach.settings import Settings
from minhbach.validation import validate_folder

SETTINGS = Settings()
CODE = "K7QH-3MXR-9TPB-HC4N"


@pytest.mark.parametrize(
    ("length", "size"),
    [(0, 2048), (2048, 2048), (2049, 8192), (8192, 8192), (32768, 32768), (32769, 65536)],
)
def test_a_plaintext_takes_the_smallest_bucket_or_a_multiple_of_the_largest(length, size):
    assert padded_size(length) == size


def test_padding_is_spaces_after_the_json():
    assert pad(b'{"a":1}') == b'{"a":1}' + b" " * (BUCKETS[0] - 7)


def test_cases_of_different_lengths_seal_to_the_same_size():
    short = seal(SETTINGS.LOOKUP_SITE_KEY, CODE, {"school": "TH A"})
    long = seal(SETTINGS.LOOKUP_SITE_KEY, CODE, {"school": "Trường Tiểu học " * 40})
    assert len(short) == len(long)
    assert open_file(SETTINGS.LOOKUP_SITE_KEY, CODE, long) == {"school": "Trường Tiểu học " * 40}


def test_a_demo_district_has_as_many_file_sizes_as_buckets_at_most(tmp_path: Path):
    """300 students and their donors: before padding, 135 different sizes."""
    write_demo(tmp_path / "records", 300, seed=1)
    records = build_lookup_view(
        validate_folder(tmp_path / "records", CheckContext(dt.date(2022, 6, 30))).valid
    )
    output = tmp_path / "output"
    written = write_lookup_files(output, records, SETTINGS)
    files = list((output / LOOKUP_DIR).iterdir())
    assert len(files) == written > 300
    sizes = {path.stat().st_size for path in files}
    assert len(sizes) <= len(BUCKETS)
    nominations = [
        output / LOOKUP_DIR / f"{file_name(SETTINGS.LOOKUP_SITE_KEY, code)}.json"
        for code, case in build_cases(records, SETTINGS.OFFICE_SHORT_NAME)
        if case["type"] == "nomination"
    ]
    assert len({path.stat().st_size for path in nominations}) == 1  # every family's file alike
    for code, case in build_cases(records, SETTINGS.OFFICE_SHORT_NAME):
        path = output / LOOKUP_DIR / f"{file_name(SETTINGS.LOOKUP_SITE_KEY, code)}.json"
        assert open_file(SETTINGS.LOOKUP_SITE_KEY, code, path.read_bytes()) == case
