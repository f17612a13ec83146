"""Lookup codes catch the typing mistakes people make, and forgive the harmless ones."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from minhbach import codes

FORM = re.compile(r"^[2-9BCFGHJKMNPQRSTVXZ]{4}(-[2-9BCFGHJKMNPQRSTVXZ]{4}){3}$")


def sample_codes(count: int = 40) -> list[str]:
    rng = random.Random(7)
    return [codes.generate(rng) for _ in range(count)]


def test_alphabet_has_no_vowels_w_d_or_look_alikes():
    assert len(codes.ALPHABET) == len(set(codes.ALPHABET)) == 25
    for banned in "AEIOUYWD01OIL":
        assert banned not in codes.ALPHABET
    assert 15 * (len(codes.ALPHABET).bit_length() - 1) >= 60  # 15 × log2(25) ≈ 69.7 bits


def test_generated_codes_have_the_form_and_are_valid():
    for code in sample_codes():
        assert FORM.match(code), code
        assert codes.is_valid(code)


def test_generate_without_rng_uses_secrets_and_differs():
    first, second = codes.generate(), codes.generate()
    assert codes.is_valid(first)
    assert codes.is_valid(second)
    assert first != second


def test_seeded_generation_is_reproducible():
    assert codes.generate(random.Random(3)) == codes.generate(random.Random(3))


def test_every_single_character_substitution_is_rejected():
    for code in sample_codes(10):
        compact = code.replace("-", "")
        for position, original in enumerate(compact):
            for other in codes.ALPHABET:
                if other != original:
                    wrong = compact[:position] + other + compact[position + 1 :]
                    assert not codes.is_valid(wrong), (code, position, other)


def test_every_adjacent_transposition_is_rejected():
    # Include the pair plain Luhn mod 25 misses: first and last alphabet letters side by side.
    body = "2Z" + "3" * 13
    crafted = body + codes.check_char(body)
    for code in [*sample_codes(), crafted]:
        compact = code.replace("-", "")
        for position in range(len(compact) - 1):
            left, right = compact[position], compact[position + 1]
            if left != right:
                swapped = compact[:position] + right + left + compact[position + 2 :]
                assert not codes.is_valid(swapped), (code, position)


def test_normalize_forgives_case_spaces_dashes_and_accents():
    code = sample_codes(1)[0]
    compact = code.replace("-", "")
    variants = [
        code.lower(),
        " ".join(compact),
        code.replace("-", "\u2013"),  # en dash from a word processor
        code.replace("-", "\u2014"),  # em dash
        code.replace("-", " \u2212 "),  # minus sign
        "\t" + compact + "\n",
        unicodedata.normalize("NFD", code.lower().replace("b", "b\u0301").replace("c", "c\u0323")),
    ]
    for variant in variants:
        assert codes.normalize(variant) == code, variant
        assert codes.is_valid(variant), variant


def test_d_with_stroke_stays_invalid():
    body = "DDDDBBBBCCCCFFF"
    assert codes.normalize("đđđđ-bbbb") == "DDDD-BBBB"
    assert not codes.is_valid(body.replace("D", "Đ") + "2")
    assert not codes.is_valid(body.replace("D", "đ") + "2")


@pytest.mark.parametrize(
    "text", ["", "K7QH-3MXR-9TPB", "K7QH-3MXR-9TPB-HC4N-2222", "AAAA-BBBB-CCCC-DDDD"]
)
def test_wrong_form_is_invalid(text):
    assert not codes.is_valid(text)


def test_check_char_refuses_a_wrong_body():
    with pytest.raises(ValueError):
        codes.check_char("SHORT")


def test_opaque_ids_match_the_id_rule_and_carry_the_prefix():
    rng = random.Random(1)
    ids = {codes.opaque_id("dx", rng) for _ in range(200)}
    assert len(ids) == 200
    for value in ids:
        assert re.fullmatch(r"dx-[23456789bcdfghjkmnpqrstvxz]{8}", value)
    assert codes.opaque_id("nt-", random.Random(1)).startswith("nt-")
    assert codes.opaque_id("nt-", random.Random(1)).count("-") == 1
