"""The leak guard as a build stage: scan the staged site, report files where they will live."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from minhbach.findings import Finding
from minhbach.guard import scan_output
from minhbach.settings import Settings


def guard(staging: Path, final: Path, records, content: Path, **options: object) -> list[Finding]:
    """The leak guard over everything that is about to be published."""
    found = scan_output(staging, records, content, **options)
    return [_moved(item, staging, final) for item in found]


def public_texts(settings: Settings) -> list[str]:
    """What the site prints whatever the records say: the office and programme from the settings."""
    return [
        str(settings.extra.get("SITENAME", "")),
        settings.OFFICE_NAME,
        settings.OFFICE_SHORT_NAME,
        settings.OFFICE_ADDRESS,
        settings.OFFICE_PHONE,
        settings.PARENT_BODY,
        settings.PROGRAM_NAME,
        settings.PLAN_REFERENCE,
        settings.CONTACT_NOTE,
    ]


def _moved(item: Finding, staging: Path, final: Path) -> Finding:
    """Name the file where it will be published, not in the staging folder that is deleted."""
    prefix = str(staging)
    if item.path.startswith(prefix):
        return dataclasses.replace(item, path=str(final) + item.path[len(prefix) :])
    return item
