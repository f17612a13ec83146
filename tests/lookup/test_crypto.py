"""A lookup file opens with its code only, and its name says nothing about the code."""

from __future__ import annotations

import json
import random

import pytest

from minhbach import codes
from minhbach.lookup.crypto import InvalidTag, file_name, open_file, seal

KEY = "khoa-thu-nghiem"
CASE = {
    "v": 1,
    "type": "nomination",
    "school": "Trường Tiểu học An Phú",
    "status_label": "Đã duyệt",
}


def some_codes(count: int = 20) -> list[str]:
    rng = random.Random(11)
    return [codes.generate(rng) for _ in range(count)]


def test_the_code_opens_its_file_in_any_spelling():
    code = some_codes(1)[0]
    content = seal(KEY, code, CASE)
    assert open_file(KEY, code, content) == CASE
    assert open_file(KEY, f"  {code.lower().replace('-', ' – ')} ", content) == CASE


def test_another_valid_code_cannot_open_it():
    code, other = some_codes(2)
    content = seal(KEY, code, CASE)
    with pytest.raises(InvalidTag):
        open_file(KEY, other, content)


def test_the_site_key_is_part_of_the_key():
    code = some_codes(1)[0]
    content = seal(KEY, code, CASE)
    with pytest.raises(InvalidTag):
        open_file("khoa-cua-trang-khac", code, content)
    assert file_name(KEY, code) != file_name("khoa-cua-trang-khac", code)


def test_a_tampered_file_is_refused():
    code = some_codes(1)[0]
    envelope = json.loads(seal(KEY, code, CASE))
    flipped = "A" if envelope["ct"][5] != "A" else "B"
    envelope["ct"] = envelope["ct"][:5] + flipped + envelope["ct"][6:]
    with pytest.raises(InvalidTag):
        open_file(KEY, code, json.dumps(envelope).encode())


def test_an_invalid_code_is_refused_before_any_crypto():
    code = some_codes(1)[0]
    wrong = code[:-1] + ("2" if code[-1] != "2" else "3")
    with pytest.raises(ValueError):
        file_name(KEY, wrong)
    with pytest.raises(ValueError):
        seal(KEY, wrong, CASE)


def test_names_are_hex_hmacs_that_hold_no_part_of_the_code():
    for code in some_codes():
        name = file_name(KEY, code)
        assert len(name) == 64
        assert set(name) <= set("0123456789abcdef")
        for group in code.split("-"):
            assert group.lower() not in name
        assert file_name(KEY, code.lower()) == name


def test_sealing_is_deterministic_and_hides_the_text():
    code, other = some_codes(2)
    first = seal(KEY, code, CASE)
    assert seal(KEY, code, CASE) == first
    assert seal(KEY, other, CASE) != first
    changed = seal(KEY, code, {**CASE, "status_label": "Đã nhận thiết bị"})
    assert json.loads(changed)["iv"] != json.loads(first)["iv"]
    text = first.decode("ascii")
    assert "An Ph" not in text
    assert "school" not in text
    assert code not in text
