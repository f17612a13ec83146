"""Photos from content/ are published as their pixels only: decoded and encoded again with Pillow.

Why re-encode rather than cut the metadata blocks out of the file: a cleaner that edits bytes keeps
whatever it does not recognise, and a file holds more than its first image (a phone or an editor
appends a thumbnail or a second picture after the end marker, each with its own EXIF and GPS).
Pixels decoded and encoded alone leave nothing else to keep.

Kept: the pixels, turned upright by the EXIF orientation first (the tag is then dropped, so the
photo shows the same everywhere). Dropped: EXIF (GPS, camera, owner's name), XMP, IPTC, comments,
PNG text chunks, thumbnails, anything after the image, and the ICC colour profile. A profile is a
block of arbitrary bytes with free-text fields (description, copyright); the pixels are converted
to sRGB, which is what a browser assumes without a profile, so colours stay right (a phone's
Display P3 photo) and the profile goes.

Formats: JPEG (MPO, a JPEG followed by more images, gives its first), PNG and WebP, written in the
format the file's name announces so that the server's Content-Type is true. GIF, TIFF, HEIC, SVG
and the rest are refused with what to do, and so are animated images (keeping one frame would
change what staff meant without telling them). A decompression bomb (more pixels than Pillow's
``MAX_IMAGE_PIXELS``) is refused before it is decoded.
"""

from __future__ import annotations

import io
import struct
import warnings

from PIL import Image, ImageCms, ImageOps

from minhbach.findings import Bilingual

JPEG_QUALITY = 90
WEBP_QUALITY = 90
# The name's suffix → the format written, and the formats a file so named may hold.
FORMATS: dict[str, tuple[str, frozenset[str]]] = {
    ".jpg": ("JPEG", frozenset({"JPEG", "MPO"})),
    ".jpeg": ("JPEG", frozenset({"JPEG", "MPO"})),
    ".png": ("PNG", frozenset({"PNG"})),
    ".webp": ("WEBP", frozenset({"WEBP"})),
}
# Image types staff may have, refused with the way out; SVG because it can carry scripts.
REFUSED: dict[str, Bilingual] = {
    suffix: Bilingual(vi, en)
    for suffixes, vi, en in (
        (
            (".gif", ".tif", ".tiff", ".bmp", ".heic", ".heif", ".avif", ".ico", ".jfif"),
            "định dạng {suffix} không được đăng; mở ảnh và lưu lại dưới dạng JPEG (ảnh chụp) hoặc PNG (hình vẽ, sơ đồ)",
            "the {suffix} format is not published; open the image and save it as JPEG (photos) or PNG (drawings, charts)",
        ),
        (
            (".svg", ".svgz"),
            "ảnh SVG có thể chứa mã chạy ngay trên trang; xuất hình ra PNG",
            "an SVG image can carry code that runs on the site; export the picture as PNG",
        ),
    )
    for suffix in suffixes
}
_READ_ERRORS = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    struct.error,
    Image.DecompressionBombError,
)
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


class ImageError(ValueError):
    """An image the build will not publish; ``reason`` says why and what to do, in both languages."""

    def __init__(self, reason: Bilingual) -> None:
        super().__init__(reason.en)
        self.reason = reason


def is_image_name(suffix: str) -> bool:
    """Whether a file with this suffix (lower case, with its dot) is handled here."""
    return suffix in FORMATS or suffix in REFUSED


def clean_image(data: bytes, suffix: str) -> bytes:
    """The image's pixels, upright, encoded again in the format ``suffix`` names; raises ImageError."""
    if suffix in REFUSED:
        reason = REFUSED[suffix]
        raise ImageError(
            Bilingual(reason.vi.format(suffix=suffix), reason.en.format(suffix=suffix))
        )
    target, accepted = FORMATS[suffix]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # checked just below
            image = Image.open(io.BytesIO(data))
        _check_opened(image, suffix, accepted)
        image.load()
        upright = ImageOps.exif_transpose(image)
        return _encode(_pixels_only(_in_srgb(upright, image.info.get("icc_profile"))), target)
    except ImageError:
        raise
    except Image.DecompressionBombError:
        raise _too_large() from None
    except _READ_ERRORS as exc:
        raise ImageError(
            Bilingual(
                f"không đọc được tệp như một ảnh {suffix} (tệp hỏng, hoặc không phải ảnh): mở tệp bằng "
                "trình xem ảnh, lưu lại dưới dạng JPEG hoặc PNG, hoặc xóa tệp",
                f"the file cannot be read as a {suffix} image (damaged, or not an image): open it in an "
                "image viewer and save it again as JPEG or PNG, or remove it",
            )
        ) from exc


def _check_opened(image: Image.Image, suffix: str, accepted: frozenset[str]) -> None:
    if image.format not in accepted:
        raise ImageError(
            Bilingual(
                f"tệp có đuôi {suffix} nhưng là ảnh {image.format}; đổi đuôi tên tệp cho đúng loại ảnh "
                "(hoặc lưu lại ảnh dưới dạng JPEG)",
                f"the file ends in {suffix} but is a {image.format} image; give it the right suffix "
                "(or save it again as JPEG)",
            )
        )
    if image.width * image.height > Image.MAX_IMAGE_PIXELS:
        raise _too_large()
    if image.format != "MPO" and getattr(image, "n_frames", 1) > 1:
        raise ImageError(
            Bilingual(
                "ảnh động (nhiều khung hình) không được đăng; lưu một khung hình dưới dạng JPEG hoặc PNG",
                "animated images are not published; save one frame as JPEG or PNG",
            )
        )


def _too_large() -> ImageError:
    limit = Image.MAX_IMAGE_PIXELS // 1_000_000
    return ImageError(
        Bilingual(
            f"ảnh quá lớn (hơn {limit} triệu điểm ảnh): thu nhỏ ảnh, ví dụ còn 2000 điểm ảnh chiều ngang, rồi dựng lại",
            f"the image is too large (over {limit} million pixels): scale it down, for example to 2000 "
            "pixels wide, and build again",
        )
    )


def _in_srgb(image: Image.Image, profile: bytes | None) -> Image.Image:
    """The pixels in sRGB; CMYK becomes RGB. A profile that cannot be read is dropped as it is."""
    if image.mode == "CMYK" and not profile:
        return image.convert("RGB")
    if not profile or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        if "sRGB" in ImageCms.getProfileDescription(source) and image.mode != "CMYK":
            return image
        mode = "RGB" if image.mode == "CMYK" else image.mode
        return ImageCms.profileToProfile(image, source, _SRGB, outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image.convert("RGB") if image.mode == "CMYK" else image


def _pixels_only(image: Image.Image) -> Image.Image:
    """A new image holding the pixels (and palette) alone: no ``info`` for a writer to copy.

    Pillow's writers take some metadata from the source image's ``info`` when it is not given
    (a JPEG's comment, a PNG's ICC profile); a fresh image has none.
    """
    fresh = Image.frombytes(image.mode, image.size, image.tobytes())
    if image.mode in ("P", "PA") and image.palette is not None:
        fresh.putpalette(image.getpalette(image.palette.mode), image.palette.mode)
    transparency = image.info.get("transparency")
    if transparency is not None and image.mode in ("P", "L", "RGB", "I;16"):
        fresh.info["transparency"] = (
            transparency  # which colour is see-through: pixels, not metadata
        )
    return fresh


def _encode(image: Image.Image, target: str) -> bytes:
    out = io.BytesIO()
    options: dict[str, object] = {}
    if target == "JPEG":
        if image.mode not in ("L", "RGB"):
            image = image.convert("RGB")
        options = {"quality": JPEG_QUALITY, "optimize": True}
    elif target == "WEBP":
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if image.has_transparency_data else "RGB")
        options = {"quality": WEBP_QUALITY}
    elif "transparency" in image.info:
        options = {"transparency": image.info["transparency"]}
    image.save(out, target, **options)
    return out.getvalue()
