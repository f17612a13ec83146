"""argparse's own words in Vietnamese (English with --lang en), through the real command."""

from __future__ import annotations

import argparse
import inspect
import re

from helpers import run_minhbach
from minhbach.cli.argparse_text import VIETNAMESE, VIETNAMESE_PLURAL

# Messages for the programmer who builds a parser wrong: a user never sees them.
PROGRAMMER_ONLY = {
    "%r is not callable",
    "'required' is an invalid argument for positionals",
    ".__call__() not defined",
    'argument "-" with mode %r',
    "cannot have multiple subparser arguments",
    "cannot merge actions - two groups are named %r",
    "conflicting subparser alias: %s",
    "conflicting subparser: %s",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "mutually exclusive arguments must be optional",
}


def test_every_message_argparse_can_show_a_user_has_its_vietnamese() -> None:
    source = inspect.getsource(argparse)
    said = {m[1] for m in re.findall(r"""_\((['"])(.+?)\1\)""", source)}
    said = {text.encode().decode("unicode_escape") for text in said}
    missing = sorted(said - set(VIETNAMESE) - PROGRAMMER_ONLY)
    assert not missing, missing
    plural = re.findall(r"""ngettext\(\s*(['"])(.+?)\1,\s*(['"])(.+?)\3""", source)
    for _, one, _, many in plural:
        assert {one, many} <= set(VIETNAMESE_PLURAL), (one, many)


def test_usage_and_errors_are_vietnamese_and_english_with_lang_en() -> None:
    done = run_minhbach("validate", "--as-of", "31/12/2021")
    assert done.returncode == 2
    assert done.stderr.startswith("Cách dùng: minhbach validate")
    assert "minhbach validate: lỗi: tham số --as-of: ngày không hợp lệ: '31/12/2021'" in done.stderr
    assert "usage" not in done.stderr
    missing = run_minhbach()
    assert "thiếu tham số bắt buộc: LỆNH" in missing.stderr
    unknown = run_minhbach("validate", "--khong-co")
    assert "không hiểu tham số: --khong-co" in unknown.stderr
    english = run_minhbach("--lang", "en", "validate", "--as-of", "31/12/2021")
    assert english.returncode == 2
    assert english.stderr.startswith("usage: minhbach validate")
    assert (
        "error: argument --as-of: invalid date: '31/12/2021' (write YYYY-MM-DD)" in english.stderr
    )
    helped = run_minhbach("validate", "--help")
    assert helped.returncode == 0
    assert "tùy chọn:" in helped.stdout
    assert "in hướng dẫn này rồi dừng" in helped.stdout
