"""Lookup by code (tra cứu, DESIGN.md "Lookup codes"): one encrypted file per code on the site.

    count = write_lookup_files(Path("output"), build_lookup_view(records), settings)

writes ``output/tra-cuu/c/<HMAC-SHA-256(site key, code)>.json``; ``theme/static/js/tra-cuu.js``
finds and opens the file in the browser. ``cases`` says what a file holds, ``crypto`` how it is
named and sealed, ``writer`` where it goes. The records come in only through the allow-listed
lookup view of ``minhbach.public.lookup_view``: nothing here reads a record.
"""

from minhbach.lookup.cases import build_cases
from minhbach.lookup.crypto import file_name, open_file, seal
from minhbach.lookup.writer import LOOKUP_DIR, write_lookup_files

__all__ = ["LOOKUP_DIR", "build_cases", "file_name", "open_file", "seal", "write_lookup_files"]
