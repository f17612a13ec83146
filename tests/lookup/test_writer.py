"""The written lookup files: one per code, only under tra-cuu/c/, never a code in any spelling."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from district import CODES
from minhbach.lookup import LOOKUP_DIR, file_name, open_file, write_lookup_files
from minhbach.public import build_lookup_view
from minhbach.settings import Settings, SettingsError
from minhbach.text.fold import tokens

SETTINGS = Settings()


def spellings(code: str) -> list[str]:
    compact = code.replace("-", "")
    return [code, compact, " ".join(code.split("-")), code.replace("-", "–")]


def all_files(output: Path) -> list[Path]:
    return sorted(p for p in output.rglob("*") if p.is_file())


def test_one_file_per_code_and_nothing_else(tmp_path: Path, district_set):
    output = tmp_path / "output"
    assert write_lookup_files(output, build_lookup_view(district_set), SETTINGS) == len(CODES)
    files = all_files(output)
    assert [p.parent for p in files] == [output / LOOKUP_DIR] * len(CODES)
    assert {p.stem for p in files} == {file_name(SETTINGS.LOOKUP_SITE_KEY, c) for c in CODES}


def test_each_file_opens_with_its_code_and_holds_no_student_data(tmp_path: Path, district_set):
    output = tmp_path / "output"
    write_lookup_files(output, build_lookup_view(district_set), SETTINGS)
    names = [n.data["student"]["full_name"] for n in district_set.of("nomination")]
    births = [n.data["student"]["birth_date"] for n in district_set.of("nomination")]
    for code in CODES:
        path = output / LOOKUP_DIR / f"{file_name(SETTINGS.LOOKUP_SITE_KEY, code)}.json"
        case = open_file(SETTINGS.LOOKUP_SITE_KEY, code, path.read_bytes())
        text = repr(case)
        assert case["type"] in ("nomination", "donor")
        for value in names + births:
            assert value not in text
            assert " ".join(tokens(value)) not in " ".join(tokens(text))


def test_no_code_in_any_spelling_in_names_or_contents(tmp_path: Path, district_set):
    output = tmp_path / "output"
    write_lookup_files(output, build_lookup_view(district_set), SETTINGS)
    for path in all_files(output):
        text = (path.relative_to(output).as_posix() + "\n" + path.read_text("ascii")).casefold()
        folded = " ".join(tokens(text))
        for code in CODES:
            for spelling in spellings(code):
                assert spelling.casefold() not in text
            assert " ".join(tokens(code)) not in folded


def test_stale_files_go_and_unchanged_files_stay_untouched(tmp_path: Path, district_set):
    output = tmp_path / "output"
    write_lookup_files(output, build_lookup_view(district_set), SETTINGS)
    kept = all_files(output)[0]
    stale = output / LOOKUP_DIR / ("0" * 64 + ".json")
    stale.write_text("{}")
    os.utime(kept, (1, 1))
    write_lookup_files(output, build_lookup_view(district_set), SETTINGS)
    assert not stale.exists()
    assert kept.stat().st_mtime == 1


def test_a_missing_site_key_is_a_named_settings_error(tmp_path: Path, district_set):
    with pytest.raises(SettingsError, match="LOOKUP_SITE_KEY"):
        write_lookup_files(
            tmp_path,
            build_lookup_view(district_set),
            dataclasses.replace(SETTINGS, LOOKUP_SITE_KEY=""),
        )
