"""The staging area: where a build prepares the new site and reports before they take their place.

A build writes the new site into ``.minhbach/staging/<output name>/site/`` in the output folder's
parent, and the reports into ``.minhbach/staging/<output name>/reports/`` in the reports
folder's parent; by default both are the project's own ``.minhbach/`` (ignored by git, never
published). Each sits next to the folder it will replace because a rename is only atomic
within one filesystem; and the reports, which hold personal data, stay next to reports/, never
near the output folder (whose parent may be a web root).

The area belongs to the build holding the output folder's lock (``minhbach.build.lock``, whose
file is ``.minhbach/staging/<output name>.lock``). A build that was killed leaves its area
behind: the next build on that output first puts back a site whose swap was interrupted
(``minhbach.build.swap.recover``), then removes the area, and only then creates it afresh.
Leftovers of builds from before this area existed (``.output-moi-*``, ``.output-cu-*`` next to
output/, ``.bao-cao-moi-*`` next to reports/) are removed as well.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

STAGING = Path(".minhbach") / "staging"


@dataclass(frozen=True)
class StagingArea:
    """The staging folders of one output folder (and of its reports folder, if any)."""

    output: Path  # the published folder, resolved
    reports_folder: Path | None  # the reports folder, resolved; None: the build writes none

    @classmethod
    def of(cls, output: Path, reports: Path | None) -> StagingArea:
        return cls(output.resolve(), reports.resolve() if reports is not None else None)

    @property
    def root(self) -> Path:
        return self.output.parent / STAGING / self.output.name

    @property
    def lock_file(self) -> Path:
        return self.output.parent / STAGING / f"{self.output.name}.lock"

    @property
    def site(self) -> Path:
        """The new site, while it is built and checked."""
        return self.root / "site"

    @property
    def old(self) -> Path:
        """The previous site, for a moment, when the swap takes two renames."""
        return self.root / "old"

    @property
    def journal(self) -> Path:
        """Written before the two renames of a swap, removed after them."""
        return self.root / "swap.json"

    @property
    def reports(self) -> Path | None:
        """The new reports, written by the reports process until the site has passed."""
        if self.reports_folder is None:
            return None
        return self.reports_folder.parent / STAGING / self.output.name / "reports"

    def create(self) -> None:
        """Fresh, empty staging folders: the site's readable (it will be published), the
        reports' private to this user (personal data)."""
        self.site.mkdir(parents=True)
        if self.reports is not None:
            self.reports.parent.mkdir(parents=True, exist_ok=True)
            self.reports.mkdir(mode=0o700)

    def remove(self, *, strict: bool = False) -> None:
        """Remove every staging folder of this output, and the leftovers of older builds.

        ``strict`` (at the start of a build): a leftover that cannot be removed stops the build
        with the machine's error naming it, rather than leaving children's data behind unseen.
        """
        for folder in self._folders():
            if strict:
                if folder.exists():
                    shutil.rmtree(folder)
            else:
                shutil.rmtree(folder, ignore_errors=True)

    def _folders(self) -> list[Path]:
        found = [self.root]
        if self.reports is not None:
            found.append(self.reports.parent)
            found += sorted(self.reports_folder.parent.glob(".bao-cao-moi-*"))
        for pattern in (f".{self.output.name}-moi-*", f".{self.output.name}-cu-*"):
            found += sorted(self.output.parent.glob(pattern))
        return list(dict.fromkeys(found))
