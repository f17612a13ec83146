"""Image metadata stripping: bytes in, bytes out, no imaging library."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from minhbach.site.images import ImageError, strip_jpeg, strip_png, strip_tree
from site_records import jpeg_with_metadata


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_with_metadata() -> bytes:
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
        + png_chunk(b"tEXt", b"Author\x00Nguyen Van An")
        + png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00<x:xmpmeta GPS/>")
        + png_chunk(b"eXIf", b"MM\x00*GPS")
        + png_chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + png_chunk(b"IEND", b"")
    )


def test_jpeg_keeps_image_data_and_loses_exif_and_comments() -> None:
    original = jpeg_with_metadata()
    cleaned = strip_jpeg(original)
    assert b"Exif" not in cleaned
    assert b"GPS" not in cleaned
    assert b"Nguyen" not in cleaned
    assert cleaned.startswith(b"\xff\xd8\xff\xe0")
    assert b"JFIF" in cleaned
    assert cleaned.endswith(b"\x12\x34\x56\xff\xd9")  # scan data untouched
    assert strip_jpeg(cleaned) == cleaned


def test_png_loses_text_xmp_and_exif_chunks() -> None:
    cleaned = strip_png(png_with_metadata())
    assert b"Nguyen" not in cleaned
    assert b"xmpmeta" not in cleaned
    assert b"eXIf" not in cleaned
    assert b"IHDR" in cleaned
    assert b"IDAT" in cleaned
    assert cleaned.endswith(png_chunk(b"IEND", b""))


def test_not_an_image_is_refused() -> None:
    with pytest.raises(ImageError):
        strip_jpeg(b"GIF89a")
    with pytest.raises(ImageError):
        strip_png(b"\xff\xd8")


def test_strip_tree_cleans_in_place_and_reports_refused_formats(tmp_path: Path) -> None:
    (tmp_path / "a.JPG").write_bytes(jpeg_with_metadata())
    (tmp_path / "b.png").write_bytes(png_with_metadata())
    (tmp_path / "c.gif").write_bytes(b"GIF89a")
    (tmp_path / "d.css").write_text("body{}")
    problems = strip_tree(tmp_path)
    assert [p.name for p, _ in problems] == ["c.gif"]
    assert b"Exif" not in (tmp_path / "a.JPG").read_bytes()
    assert b"Nguyen" not in (tmp_path / "b.png").read_bytes()
