"""Estimated widths of Times New Roman text against the font the tests render with."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import ImageFont

from minhbach.reports.text_width import fitting_size, width_cm

LIBERATION = Path("/usr/share/fonts/truetype/liberation2")


@pytest.mark.parametrize(("style", "bold"), [("Regular", False), ("Bold", True)])
@pytest.mark.parametrize(
    "text", ["TB21GY34MWG", "SN-2021/000123_x", "K7QH-3MXR-9TPB-HC4N", "Số: 004/BBBG-THNK", "WMwm"]
)
def test_widths_match_liberation_serif(style, bold, text):
    """Liberation Serif is metric-compatible with Times New Roman: the same advance widths."""
    assert (LIBERATION / f"LiberationSerif-{style}.ttf").is_file(), "fonts-liberation2 is missing"
    font = ImageFont.truetype(str(LIBERATION / f"LiberationSerif-{style}.ttf"), 1000)
    measured_cm = font.getlength(text) / 1000 * 12 / 72 * 2.54
    assert width_cm(text, 12, bold=bold) == pytest.approx(measured_cm, rel=0.01)


def test_an_unknown_character_counts_wide():
    assert width_cm("€", 12) >= width_cm("W", 12)


def test_fitting_size_shrinks_by_half_points_down_to_the_smallest():
    assert fitting_size("SN001", 3.0, 12) == 12
    size = fitting_size("LAPTOP-2021-000123456", 3.5, 12)
    assert 8 < size < 12
    assert (
        width_cm("LAPTOP-2021-000123456", size)
        <= 3.5
        < width_cm("LAPTOP-2021-000123456", size + 0.5)
    )
    assert fitting_size("X" * 200, 2.0, 12) == 8
