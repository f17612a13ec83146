"""QR codes for lookup codes: what a family scans to reach ``/tra-cuu/#ma=CODE`` on the site.

The code travels in the fragment (after ``#``), which browsers never send to the server, so it
stays out of the web server's logs. Printed on paper, the address must be absolute: receipts and
slips need SITEURL (publishconf.py has it).
"""

from __future__ import annotations

import io

import segno

from minhbach.codes import is_valid, normalize
from minhbach.settings import Settings, SettingsError


def require_siteurl(settings: Settings) -> str:
    """The site's absolute address, or SettingsError naming SITEURL."""
    url = (settings.SITEURL or "").rstrip("/")
    if not url.startswith(("https://", "http://")):
        raise SettingsError(
            "Thiếu cài đặt SITEURL (địa chỉ đầy đủ của trang, ví dụ https://minhbach.example.vn) mà mã QR cần. "
            "Chạy lại với --settings publishconf.py hoặc thêm SITEURL vào tệp cấu hình.",
            "The setting SITEURL (the site's full address, e.g. https://minhbach.example.vn) that "
            "QR codes need is missing. Run again with --settings publishconf.py or add SITEURL to "
            "the settings file.",
        )
    return url


def lookup_url(siteurl: str, code: str) -> str:
    """``https://…/tra-cuu/#ma=K7QH-3MXR-9TPB-HC4N``."""
    return f"{siteurl.rstrip('/')}/tra-cuu/#ma={normalize(code)}"


def usable_code(code: object) -> str | None:
    """The normalised code, or None when the record has none or it fails its check character."""
    if not isinstance(code, str) or not is_valid(code):
        return None
    return normalize(code)


def qr_png(url: str) -> io.BytesIO:
    """A PNG of the QR code (error correction M, 2-module quiet zone), ready for add_picture."""
    stream = io.BytesIO()
    segno.make(url, error="m", micro=False).save(stream, kind="png", scale=6, border=2)
    stream.seek(0)
    return stream
