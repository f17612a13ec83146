"""The machine said no: an ``OSError`` from a full disk, a read-only or missing folder, a missing
permission, turned into a message that names the path, the cause and what to do.

These are not bugs of the program: the command exits 3 (the tool could not finish) but writes no
traceback log and does not ask anyone to report anything. Other ``OSError``s stay bugs.
"""

from __future__ import annotations

import errno

from minhbach.messages import render

_CODES = {
    errno.ENOSPC: "ENV-NO-SPACE",
    errno.EROFS: "ENV-READ-ONLY",
    errno.EACCES: "ENV-PERMISSION",
    errno.EPERM: "ENV-PERMISSION",
    errno.ENOENT: "ENV-NOT-FOUND",
    errno.ENOTDIR: "ENV-NOT-A-FOLDER",
    errno.EISDIR: "ENV-IS-A-FOLDER",
}
if hasattr(errno, "EDQUOT"):  # a disk quota (not on Windows)
    _CODES[errno.EDQUOT] = "ENV-NO-SPACE"


def environment_code(error: OSError) -> str | None:
    """The message code for ``error`` when the machine is the cause; None for anything else."""
    return _CODES.get(error.errno)


def explain(error: OSError, lang: str, where: str | None = None) -> str:
    """``CODE: message`` for an ``error`` that ``environment_code`` knows.

    ``where`` names the place the command was writing, for the errors that carry no file name
    (a write that fails half-way through a file says only "no space left").
    """
    code = _CODES[error.errno]
    path = error.filename or error.filename2 or where or "?"
    return f"{code}: {render(code, lang, {'path': path})}"
