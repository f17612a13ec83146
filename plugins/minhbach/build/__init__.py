"""``minhbach build``: validate, build the public site with Pelican, audit it, check for leaks, swap.

The order makes a failed build harmless: Pelican writes into the staging area next to the
output (``staging``: ``.minhbach/staging/``); only when validation, Pelican (no error logged,
every plugin loaded), the disclosure audit against the previous release and the leak guard
have all passed does the new folder take the old one's place, in one step. Otherwise the new
folder is deleted and the previous site stays exactly as it was; a build that is killed leaves
its staging area to the next one, which removes it. One module per stage::

    options      BuildOptions; reports/ must lie outside output/
      │
    lock         one build per output folder ── another one runs? wait a little, then refuse
      │
    staging      a swap a killed build left half-done is undone (swap.recover); leftovers removed
      │
    cache        fingerprint of every input ── unchanged since the last build? stop here
      │
    (validation) minhbach.validation: records → findings; any error? stop here
      │
    disclosure   the previous release's open data (output/du-lieu/ or --previous)
      │
      ├──────────────── side      a second process writes reports/ into the staging area
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
    swap         the staged site exchanged with output/ (or two renames behind a journal),
                 readable by a web server; cache remembers this build and its reports

``pipeline`` holds the order; ``outcome`` what a build did (findings, timings, progress);
``pause`` is a hook for tests only (stop at a named stage, to be killed there).
"""

from minhbach.build.options import BuildOptions
from minhbach.build.outcome import BuildOutcome, BuildProgress
from minhbach.build.pipeline import build

__all__ = ["BuildOptions", "BuildOutcome", "BuildProgress", "build"]
