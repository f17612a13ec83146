"""Files staff might put in content/: real JPEG, PNG and PDF bytes made with Pillow and pypdf.

Each maker returns bytes that a camera, a phone or Word could have written, carrying the kind of
hidden data the build must not publish: EXIF with GPS, XMP, comments, a second image after the
first one's end, PDF text in compressed streams, document metadata, an earlier revision.
"""

from __future__ import annotations

import io
import struct

from PIL import Image, ImageCms
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

GPS_TEXT = "10.6951N 106.7289E"
XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description dc:creator="Nguyen Van An" xmlns:dc="http://purl.org/dc/elements/1.1/"/>'
    "</rdf:RDF></x:xmpmeta>"
)
EXIF_ORIENTATION = 0x0112
EXIF_ARTIST = 0x013B
EXIF_GPS_IFD = 0x8825


def exif_with_gps(orientation: int = 1) -> Image.Exif:
    """EXIF as a phone writes it: orientation, the owner's name, and a GPS position."""
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = orientation
    exif[EXIF_ARTIST] = "Nguyen Van An"
    gps = exif.get_ifd(EXIF_GPS_IFD)
    gps[1] = "N"
    gps[2] = (10.0, 41.0, 42.0)
    gps[3] = "E"
    gps[4] = (106.0, 43.0, 44.0)
    gps[0x1B] = GPS_TEXT  # GPSProcessingMethod: free text, easy to look for in the bytes
    return exif


def picture(width: int = 40, height: int = 20, mode: str = "RGB") -> Image.Image:
    """A small picture whose left half is red and right half blue: orientation can be checked."""
    image = Image.new(mode, (width, height), "blue")
    image.paste(Image.new(mode, (width // 2, height), "red"), (0, 0))
    return image


def jpeg(orientation: int = 1, *, comment: str = "chup tai nha em Nguyen Van An") -> bytes:
    """A real JPEG with EXIF (GPS, artist, orientation), XMP, an ICC profile and a comment."""
    out = io.BytesIO()
    picture().save(
        out,
        "JPEG",
        exif=exif_with_gps(orientation),
        xmp=XMP.encode("utf-8"),
        comment=comment,
        icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
    )
    return out.getvalue()


def jpeg_with_a_second_image() -> bytes:
    """A JPEG followed, after its end marker, by a thumbnail JPEG with its own EXIF and GPS,
    and by plain bytes (what some phones and editing apps append)."""
    thumbnail = io.BytesIO()
    picture(8, 4).save(thumbnail, "JPEG", exif=exif_with_gps())
    return jpeg() + thumbnail.getvalue() + b"ghi chu: nha em Nguyen Van An, hem 12"


def png() -> bytes:
    """A real PNG with tEXt, iTXt (XMP), eXIf and an ICC profile."""
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "Nguyen Van An")
    info.add_itxt("XML:com.adobe.xmp", XMP)
    out = io.BytesIO()
    picture(mode="RGBA").save(
        out,
        "PNG",
        pnginfo=info,
        exif=exif_with_gps(),
        icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
    )
    return out.getvalue()


def _page_with_text(writer: PdfWriter, lines: list[str]) -> None:
    page = writer.add_blank_page(595, 842)
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    commands = ["BT", "/F1 12 Tf", "14 TL", "72 770 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        commands.append(f"({escaped}) Tj T*")
    commands.append("ET")
    stream = DecodedStreamObject()
    stream.set_data("\n".join(commands).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream.flate_encode())
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )


def _page_with_image(writer: PdfWriter) -> None:
    """A page that is only a picture: what a scanner writes."""
    page = writer.add_blank_page(595, 842)
    pixels = DecodedStreamObject()
    pixels.set_data(bytes(range(256)) * 3)
    pixels.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(16),
            NameObject("/Height"): NumberObject(16),
            NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    image = writer._add_object(pixels.flate_encode())
    content = DecodedStreamObject()
    content.set_data(b"q 595 0 0 842 0 0 cm /Im1 Do Q")
    page[NameObject("/Contents")] = writer._add_object(content.flate_encode())
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/XObject"): DictionaryObject({NameObject("/Im1"): image}),
            NameObject("/ProcSet"): ArrayObject([NameObject("/PDF"), NameObject("/ImageC")]),
        }
    )


def pdf(*pages: list[str] | None, metadata: dict[str, str] | None = None) -> bytes:
    """A PDF whose pages hold these lines of text (compressed); ``None`` is a scanned page."""
    writer = PdfWriter()
    for lines in pages:
        if lines is None:
            _page_with_image(writer)
        else:
            _page_with_text(writer, lines)
    if metadata:
        writer.add_metadata(metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_revised(first: list[str], second: list[str]) -> bytes:
    """A PDF saved twice: the second save (an incremental update) replaces the only page's text.

    What "delete the names and save" does in many editors: the first text is still in the file.
    """
    original = pdf(first)
    writer = PdfWriter(io.BytesIO(original), incremental=True)
    replacement = PdfWriter()
    _page_with_text(replacement, second)
    stream = replacement.pages[0]["/Contents"].get_object()
    writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def wide_gamut_profile(copyright_text: str = "Anh cua gia dinh Nguyen Van An") -> bytes:
    """An ICC v2 RGB profile with Adobe RGB (1998) primaries and a free-text copyright tag.

    Pillow can only create sRGB profiles; a phone's Display P3 or a camera's Adobe RGB photo
    needs a profile that moves colours, and this is the smallest one that does.
    """

    def s15(value: float) -> bytes:
        return struct.pack(">i", round(value * 65536))

    def xyz(x: float, y: float, z: float) -> bytes:
        return b"XYZ \0\0\0\0" + s15(x) + s15(y) + s15(z)

    def text_description(text: str) -> bytes:
        ascii_text = text.encode("ascii") + b"\0"
        return (
            b"desc\0\0\0\0"
            + struct.pack(">I", len(ascii_text))
            + ascii_text
            + b"\0" * 8  # no Unicode description
            + b"\0" * 3
            + b"\0" * 67  # no ScriptCode description
        )

    gamma = b"curv\0\0\0\0" + struct.pack(">IH", 1, 0x0233) + b"\0\0"  # 2.2
    tags = [
        (b"desc", text_description("Wide gamut test")),
        (b"cprt", b"text\0\0\0\0" + copyright_text.encode("ascii") + b"\0"),
        (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", xyz(0.6097, 0.3111, 0.0195)),
        (b"gXYZ", xyz(0.2053, 0.6257, 0.0609)),
        (b"bXYZ", xyz(0.1492, 0.0632, 0.7446)),
        (b"rTRC", gamma),
        (b"gTRC", gamma),
        (b"bTRC", gamma),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for signature, body in tags:
        body += b"\0" * (-len(body) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = offset + len(data)
    header = (
        struct.pack(">I", size)
        + b"\0\0\0\0"
        + bytes([2, 0x10, 0, 0])
        + b"mntrRGB XYZ "
        + b"\0" * 12
        + b"acsp"
        + b"\0" * 24
        + struct.pack(">I", 0)
        + s15(0.9642)
        + s15(1.0)
        + s15(0.8249)
        + b"\0" * 48
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data
