"""Writing the lookup files: ``output/tra-cuu/c/<hmac>.json``, one per code, and nothing else.

The folder is the writer's own: a file there that this build did not write (a nomination that was
removed, a code that was changed) is deleted, so that a withdrawn case stops answering. A file
whose bytes did not change is not rewritten (encryption is deterministic), which keeps deploys
small. Nothing links to these files, and the site's sitemap and search index must leave
``tra-cuu/c/`` out (they are JSON, so Pagefind, which reads HTML, never sees them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from minhbach.lookup.cases import build_cases
from minhbach.lookup.crypto import file_name, seal
from minhbach.public.lookup_view import LookupView
from minhbach.settings import Settings, SettingsError

log = logging.getLogger(__name__)

LOOKUP_DIR = Path("tra-cuu") / "c"
SUFFIX = ".json"


def write_lookup_files(
    output_dir: Path,
    records: LookupView,
    settings: Settings,
    on_file: Callable[[], None] | None = None,
) -> int:
    """Write one encrypted file per lookup code under ``output_dir/tra-cuu/c/``; returns how many.

    ``on_file`` is called after each file (a progress display).
    ``records`` is the lookup view (``build_lookup_view``) of records that passed validation
    (codes valid and unique: ``check_lookup_codes``).
    Raises ``SettingsError`` when the settings give no ``LOOKUP_SITE_KEY``.
    """
    key = settings.LOOKUP_SITE_KEY
    if not key:
        raise SettingsError(
            "Thiếu cài đặt LOOKUP_SITE_KEY (khóa đặt tên tệp tra cứu) trong pelicanconf.py: "
            'hãy đặt một chuỗi ngẫu nhiên riêng cho trang, ví dụ LOOKUP_SITE_KEY = "nb-2021-7f3k9q".',
            "The setting LOOKUP_SITE_KEY (the key that names lookup files) is missing in "
            "pelicanconf.py: set a random string of the site's own, e.g. "
            'LOOKUP_SITE_KEY = "nb-2021-7f3k9q".',
        )
    folder = output_dir / LOOKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written: set[str] = set()
    for code, case in build_cases(records, settings.OFFICE_SHORT_NAME):
        name = file_name(key, code) + SUFFIX
        if name in written:  # the same code twice: validation reports it; keep the first case
            continue
        written.add(name)
        content = seal(key, code, case)
        path = folder / name
        if not path.exists() or path.read_bytes() != content:
            path.write_bytes(content)
        if on_file is not None:
            on_file()
    stale = [p for p in folder.iterdir() if p.is_file() and p.name not in written]
    for path in stale:
        path.unlink()
    log.info("Tra cứu: %d tệp, %d tệp cũ đã xóa", len(written), len(stale))
    return len(written)
