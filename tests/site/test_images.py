"""Photos re-encoded with Pillow: pixels and orientation kept, everything else gone."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image, ImageCms

from attachments import (
    GPS_TEXT,
    exif_with_gps,
    jpeg,
    jpeg_with_a_second_image,
    picture,
    png,
    wide_gamut_profile,
)
from minhbach.site.images import ImageError, clean_image


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def metadata_left(image: Image.Image) -> set[str]:
    return set(image.info) - {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi"}


def test_a_jpeg_loses_exif_xmp_icc_and_comment() -> None:
    cleaned = clean_image(jpeg(), ".jpg")
    image = opened(cleaned)
    assert image.format == "JPEG"
    assert metadata_left(image) == set()
    assert len(image.getexif()) == 0
    assert GPS_TEXT.encode() not in cleaned
    assert b"Nguyen" not in cleaned


def test_bytes_after_the_image_are_dropped() -> None:
    cleaned = clean_image(jpeg_with_a_second_image(), ".jpeg")
    assert cleaned.count(b"\xff\xd8") == 1
    assert cleaned.endswith(b"\xff\xd9")
    assert GPS_TEXT.encode() not in cleaned


@pytest.mark.parametrize(("orientation", "size"), [(1, (40, 20)), (3, (40, 20)), (6, (20, 40))])
def test_the_orientation_is_applied_to_the_pixels(orientation: int, size: tuple) -> None:
    image = opened(clean_image(jpeg(orientation), ".jpg"))
    assert image.size == size
    red_corner = {1: (2, 2), 3: (38, 2), 6: (2, 2)}[orientation]
    red, _, blue = image.convert("RGB").getpixel(red_corner)
    assert red > 200 > blue


def test_a_second_picture_of_an_mpo_file_is_dropped() -> None:
    out = io.BytesIO()
    picture().save(out, "MPO", save_all=True, append_images=[picture(8, 4)], exif=exif_with_gps())
    assert Image.open(io.BytesIO(out.getvalue())).format == "MPO"
    image = opened(clean_image(out.getvalue(), ".jpg"))
    assert (image.format, image.size, getattr(image, "n_frames", 1)) == ("JPEG", (40, 20), 1)
    assert metadata_left(image) == set()


def test_a_png_loses_its_chunks_but_keeps_its_transparency() -> None:
    cleaned = clean_image(png(), ".png")
    image = opened(cleaned)
    assert (image.mode, image.size) == ("RGBA", (40, 20))
    assert metadata_left(image) == set()
    for chunk in (b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"iCCP", b"tIME"):
        assert chunk not in cleaned


def test_a_palette_png_keeps_its_palette_and_transparent_colour() -> None:
    source = picture().convert("P")
    out = io.BytesIO()
    source.save(out, "PNG", transparency=0, pnginfo=None)
    image = opened(clean_image(out.getvalue(), ".png"))
    assert image.mode == "P"
    assert image.info.get("transparency") == 0
    assert image.convert("RGB").getpixel((2, 2)) == source.convert("RGB").getpixel((2, 2))


def test_a_colour_profile_is_applied_to_the_pixels_then_dropped() -> None:
    """A wide-gamut photo shows the same colours in sRGB; the profile's free text is gone."""
    colour = (100, 150, 200)
    out = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(out, "PNG", icc_profile=wide_gamut_profile())
    cleaned = clean_image(out.getvalue(), ".png")
    assert b"iCCP" not in cleaned
    assert b"Nguyen" not in cleaned
    expected = ImageCms.profileToProfile(
        Image.new("RGB", (1, 1), colour),
        ImageCms.ImageCmsProfile(io.BytesIO(wide_gamut_profile())),
        ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")),
    ).getpixel((0, 0))
    assert expected != colour
    assert opened(cleaned).getpixel((4, 4)) == expected


def test_an_srgb_profile_is_dropped_without_touching_the_pixels() -> None:
    image = opened(clean_image(png(), ".png"))
    assert image.getpixel((2, 2)) == (255, 0, 0, 255)
    assert image.getpixel((30, 2)) == (0, 0, 255, 255)


def test_a_cmyk_jpeg_becomes_rgb() -> None:
    out = io.BytesIO()
    picture().convert("CMYK").save(out, "JPEG")
    assert opened(clean_image(out.getvalue(), ".jpg")).mode == "RGB"


def test_a_webp_is_cleaned_too() -> None:
    out = io.BytesIO()
    picture().save(out, "WEBP", exif=exif_with_gps())
    cleaned = clean_image(out.getvalue(), ".webp")
    assert opened(cleaned).format == "WEBP"
    assert b"EXIF" not in cleaned
    assert GPS_TEXT.encode() not in cleaned


def png_header(width: int, height: int) -> bytes:
    """A PNG that announces its size and holds one row: a decompression bomb's first bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * (width + 1)))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("side", [10_000, 30_000])  # over Pillow's limit, and over twice it
def test_a_decompression_bomb_is_an_error_not_a_crash(side: int) -> None:
    with pytest.raises(ImageError) as refused:
        clean_image(png_header(side, side), ".png")
    assert "triệu điểm ảnh" in refused.value.reason.vi


@pytest.mark.parametrize(
    ("data", "suffix", "said"),
    [
        (b"GIF89a", ".gif", "GIF"),
        (b"<svg onload=alert(1)>", ".svg", "SVG"),
        (png(), ".jpg", "PNG"),
        (jpeg()[:300], ".jpg", "hỏng"),
        (b"<html><script>alert(1)</script>", ".png", "không phải ảnh"),
    ],
)
def test_what_cannot_be_cleaned_is_refused_with_what_to_do(
    data: bytes, suffix: str, said: str
) -> None:
    with pytest.raises(ImageError) as refused:
        clean_image(data, suffix)
    assert said.lower() in refused.value.reason.vi.lower()


def test_an_animated_image_is_refused() -> None:
    out = io.BytesIO()
    picture().save(out, "PNG", save_all=True, append_images=[picture(mode="RGB").rotate(180)])
    with pytest.raises(ImageError) as refused:
        clean_image(out.getvalue(), ".png")
    assert "ảnh động" in refused.value.reason.vi


def test_cleaning_is_deterministic() -> None:
    assert clean_image(jpeg(6), ".jpg") == clean_image(jpeg(6), ".jpg")
