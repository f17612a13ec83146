"""How the plugin tells the build what went wrong: a log record carrying a finding's code.

Pelican knows only logging, so the plugin logs; ``minhbach build`` turns a record with these
extras into a ``Finding`` (file, code, parameters) and any other error into BUILD-PELICAN-ERROR.
"""

from __future__ import annotations

EXTRA_KEY = "minhbach_finding"


def site_finding(code: str, path: str, **params: object) -> dict[str, object]:
    """The ``extra`` of a log call that reports ``code`` about the file ``path``."""
    return {EXTRA_KEY: (code, str(path), params)}
