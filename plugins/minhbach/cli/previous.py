"""``build --previous URL``: the live site's open data, downloaded, as the release to audit against.

The main-branch workflow builds on a fresh runner: the only copy of what the public already has
is the live site. Its ``/du-lieu/`` documents are fetched into a temporary folder; a site that
answers 404 for them has never published (the audit then compares with the empty programme).
Anything else (no answer, a server error, a page that is not JSON) stops the build: auditing
against nothing would let through exactly what the audit is for.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from minhbach.audit.release import CATEGORIES, DONORS, PROGRESS, SCHOOLS, STUDENTS
from minhbach.cli.common import UsageError

TIMEOUT_SECONDS = 30
DOCUMENTS = (PROGRESS, STUDENTS, SCHOOLS, DONORS, CATEGORIES)


def is_url(text: str) -> bool:
    return text.startswith(("https://", "http://"))


def download_release(url: str, into: Path) -> bool:
    """Fetch the release at ``url`` (the site's root or its /du-lieu/) into ``into``.

    Returns False when the site has no release yet (404); raises ``UsageError`` when it cannot
    be read.
    """
    base = url.rstrip("/")
    if not base.endswith("/du-lieu"):
        base += "/du-lieu"
    into.mkdir(parents=True, exist_ok=True)
    for stem in DOCUMENTS:
        address = f"{base}/{stem}.json"
        try:
            with urllib.request.urlopen(address, timeout=TIMEOUT_SECONDS) as answer:
                (into / f"{stem}.json").write_bytes(answer.read())
        except urllib.error.HTTPError as exc:
            if exc.code == 404 and stem == PROGRESS:
                return False
            raise UsageError(
                f"Không tải được {address} (máy chủ trả lời {exc.code}): không kiểm tra được bản mới "
                "so với bản đang công bố, nên không dựng. Kiểm tra địa chỉ trang rồi chạy lại."
            ) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise UsageError(
                f"Không tải được {address} ({reason}): không kiểm tra được bản mới so với bản đang "
                "công bố, nên không dựng. Kiểm tra địa chỉ trang và mạng rồi chạy lại."
            ) from None
    return True
