"""The leak guard (DESIGN.md, "Public and private"; "Decisions: The leak guard").

The site is built from public views only; this is the second line: after the build it searches
every file of output/ for every private value of the records, in every spelling, and for files
that should never be published. ``minhbach build`` refuses to publish when it reports an error.

    findings = scan_output(Path("output"), records, Path("content"),
                           content_outputs=written_from_content, public_texts=settings_texts)
"""

from minhbach.guard.decode import decode
from minhbach.guard.scan import scan_output

__all__ = ["decode", "scan_output"]
