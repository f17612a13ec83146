"""Photos from content/ are published with their metadata (EXIF, XMP, GPS, IPTC, comments) removed.

Pure byte-level rewriting, no imaging library: a JPEG keeps its image data, JFIF header, colour
profile and Adobe marker; a PNG keeps every chunk but text, time and EXIF. Other image formats
cannot be vouched for, so the build refuses them and says to convert to JPEG or PNG.
"""

from __future__ import annotations

import logging
import struct
from pathlib import Path

log = logging.getLogger(__name__)

STRIPPABLE = {".jpg", ".jpeg", ".png"}
REFUSED = {".gif", ".webp", ".tif", ".tiff", ".heic", ".heif", ".avif", ".bmp", ".svg"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_DROPPED = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}
_APP0, _APP2, _APP14, _SOS, _COM = 0xE0, 0xE2, 0xEE, 0xDA, 0xFE


class ImageError(ValueError):
    """An image the build cannot clean (unknown format or damaged file)."""


def strip_jpeg(data: bytes) -> bytes:
    """The JPEG without APP1 (EXIF, XMP), APP13 (IPTC), comments and other application blocks."""
    if data[:2] != b"\xff\xd8":
        raise ImageError("không phải tệp JPEG")
    out = bytearray(data[:2])
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ImageError("tệp JPEG hỏng")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0xD9, 0x01) or 0xD0 <= marker <= 0xD7:
            out += data[pos : pos + 2]
            pos += 2
            continue
        if pos + 4 > len(data):
            raise ImageError("tệp JPEG hỏng")
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segment = data[pos : pos + 2 + length]
        if marker == _SOS:  # image data to the end: copy it as it is
            out += data[pos:]
            break
        if not _drop_segment(marker, segment[4:]):
            out += segment
        pos += 2 + length
    return bytes(out)


def _drop_segment(marker: int, payload: bytes) -> bool:
    if marker == _COM:
        return True
    if 0xE0 <= marker <= 0xEF:
        keep = (
            (marker == _APP0 and payload.startswith(b"JFIF"))
            or (marker == _APP2 and payload.startswith(b"ICC_PROFILE"))
            or (marker == _APP14 and payload.startswith(b"Adobe"))
        )
        return not keep
    return False


def strip_png(data: bytes) -> bytes:
    """The PNG without text chunks (tEXt, zTXt, iTXt: where XMP lives), eXIf and tIME."""
    if not data.startswith(PNG_SIGNATURE):
        raise ImageError("không phải tệp PNG")
    out = bytearray(PNG_SIGNATURE)
    pos = len(PNG_SIGNATURE)
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise ImageError("tệp PNG hỏng")
        if kind not in PNG_DROPPED:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            break
    return bytes(out)


def strip_file(path: Path) -> None:
    """Rewrite ``path`` in place without its metadata; ``ImageError`` if that cannot be done."""
    suffix = path.suffix.lower()
    if suffix in REFUSED:
        raise ImageError(f"định dạng {suffix} không được hỗ trợ; hãy chuyển ảnh sang JPEG hoặc PNG")
    data = path.read_bytes()
    cleaned = strip_png(data) if suffix == ".png" else strip_jpeg(data)
    if cleaned != data:
        path.write_bytes(cleaned)


def strip_tree(folder: Path) -> list[tuple[Path, str]]:
    """Clean every image under ``folder``; returns (path, reason) for each one refused."""
    problems = []
    for path in sorted(folder.rglob("*")):
        suffix = path.suffix.lower()
        if not path.is_file() or suffix not in STRIPPABLE | REFUSED:
            continue
        try:
            strip_file(path)
        except ImageError as exc:
            problems.append((path, str(exc)))
    return problems
