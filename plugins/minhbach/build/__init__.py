"""``minhbach build``: validate, build the public site with Pelican, audit it, check for leaks, swap.

The order makes a failed build harmless: Pelican writes into a new folder next to the output;
only when validation, Pelican (no error logged, every plugin loaded), the disclosure audit
against the previous release and the leak guard have all passed is the new folder renamed into
place and the old one removed. Otherwise the new folder is deleted and the previous site stays
exactly as it was. One module per stage::

    options      BuildOptions; reports/ must lie outside output/
      │
    cache        fingerprint of every input ── unchanged since the last build? stop here
      │
    (validation) minhbach.validation: records → findings; any error? stop here
      │
    disclosure   the previous release's open data (output/du-lieu/ or --previous)
      │
      ├──────────────── side      a second process writes reports/ into a staging folder
    (public views)  minhbach.public: the allow-listed projection the pages receive, with the
      │                 │         figures that may not move yet held at the previous release's
    pelican_run  Pelican into output's staging folder; logged problems become findings
      │                 │
    disclosure   minhbach.audit: the staged /du-lieu/ attacked against the previous release
      │                 │
    (lookup)     minhbach.lookup: the encrypted lookup files
      │                 │
      ├──◄── wait ──────┘
    search       Pagefind indexes the staged site
      │
    guard_stage  the leak guard scans everything staged; any error? stop here
      │
    side         the staged reports moved into reports/
      │
    swap         the staged site renamed into output/; cache remembers this build

``pipeline`` holds the order; ``outcome`` what a build did (findings, timings, progress).
"""

from minhbach.build.options import BuildOptions
from minhbach.build.outcome import BuildOutcome, BuildProgress
from minhbach.build.pipeline import build

__all__ = ["BuildOptions", "BuildOutcome", "BuildProgress", "build"]
