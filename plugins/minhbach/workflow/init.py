"""``minhbach init``: a checkout of the demo becomes the office's own programme.

What the demo ships and a real programme must not keep: its records (``demo: true``), its news
(``Demo: true``), what was built from them (``reports/``, ``output/``: the audit would otherwise
compare the first real release with the demo's), its placeholder settings, and a CODEOWNERS that
names the demo's schools. ``plan_init`` works all of that out without touching anything;
``apply_init`` writes the settings files, CODEOWNERS and the empty record folders together
(``transaction``), then removes the demo. Nothing is removed when writing failed, and running it
again finishes what an interrupted run left.

Records without ``demo: true`` are the office's: ``read_records_state`` names them and the
command refuses, whatever else it was asked.
"""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from minhbach.placeholders import (
    DEMO_OFFICE_PHONE,
    is_demo_text,
    setting_placeholders,
)
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import load_records
from minhbach.records.types import RECORD_TYPES
from minhbach.settings import assigned_in, load_settings
from minhbach.workflow.codeowners import codeowners_change
from minhbach.workflow.office_settings import (
    OFFICE_SETTINGS,
    PELICANCONF,
    PUBLISHCONF,
    rewrite,
)
from minhbach.workflow.transaction import replace_files

KEEP_FOLDER = ".gitkeep"  # git keeps no empty folder: the record folders need one file
CONTACT_PAGE = Path("content") / "pages" / "lien-he.md"
BUILD_CACHE = Path(".minhbach") / "build-cache"
# Settings init derives when they still hold the demo's value; never required of the office.
DERIVED = ("CONTACT_NOTE", "LOOKUP_SITE_KEY")


@dataclass(frozen=True)
class Checkout:
    """The office's checkout: settings, content and CODEOWNERS under ``root``."""

    root: Path
    records: Path
    reports: Path
    output: Path

    @property
    def settings_file(self) -> Path:
        return self.root / PELICANCONF

    @property
    def publish_file(self) -> Path:
        return self.root / PUBLISHCONF

    @property
    def content(self) -> Path:
        return self.root / "content"


@dataclass
class InitPlan:
    """What ``apply_init`` will do: files written (new text), files and folders removed."""

    writes: dict[Path, str] = field(default_factory=dict)
    demo_records: list[Path] = field(default_factory=list)
    demo_content: list[Path] = field(default_factory=list)
    folders_removed: list[Path] = field(default_factory=list)
    values: dict[str, object] = field(default_factory=dict)  # every office setting, as it will be
    changed: list[str] = field(default_factory=list)  # the settings whose value changes
    key_made: bool = False


@dataclass(frozen=True)
class RecordsState:
    """The records folder as init sees it: the demo's files, and the rest (the office's, or
    files that cannot be read and so are not known to be the demo's)."""

    demo: list[Path]
    real: list[str]


def read_records_state(records: Path) -> RecordsState:
    if not records.is_dir():
        return RecordsState([], [])
    loaded = load_records(records, SchemaSet.from_folder(), str(records))
    loaded_paths = {r.path for r in loaded.records}
    unreadable = {f.path for f in loaded.findings if f.severity == "error"} - loaded_paths
    real = {r.path for r in loaded.records if not r.is_demo} | unreadable
    return RecordsState(sorted(Path(r.path) for r in loaded.records if r.is_demo), sorted(real))


def demo_content_files(content: Path) -> list[Path]:
    """News and pages the demo ships (``Demo: true`` in their metadata)."""
    if not content.is_dir():
        return []
    return sorted(
        path
        for path in content.rglob("*.md")
        if is_demo_text(path.read_text(encoding="utf-8", errors="replace"))
    )


def current_values(checkout: Checkout) -> dict[str, object]:
    """Every office setting as the published settings have it now."""
    settings = load_settings(checkout.publish_file, required=True)
    values: dict[str, object] = {}
    for setting in OFFICE_SETTINGS:
        value = getattr(settings, setting.name, settings.extra.get(setting.name, ""))
        values[setting.name] = list(value) if isinstance(value, tuple) else value
    return values


def placeholder_settings(checkout: Checkout) -> set[str]:
    """The office settings that still hold the demo's value."""
    settings = load_settings(checkout.publish_file, required=True)
    return {p.setting for p in setting_placeholders(settings, assigned_in(checkout.publish_file))}


def needed(checkout: Checkout) -> list[str]:
    """What the office must give: the placeholders init cannot derive, in the order asked."""
    placeholders = placeholder_settings(checkout)
    return [s.name for s in OFFICE_SETTINGS if s.name in placeholders and s.name not in DERIVED]


def contact_note(values: Mapping[str, object]) -> str:
    """The families' contact line, from the office's short name and phone."""
    return f"Liên hệ giáo viên chủ nhiệm hoặc {values['OFFICE_SHORT_NAME']} ({values['OFFICE_PHONE']})."


def final_values(
    current: Mapping[str, object], given: Mapping[str, object], placeholders: set[str]
) -> tuple[dict[str, object], bool]:
    """Every office setting after init, and whether a new lookup key was made.

    Given values win; the contact line and the lookup key are made anew when they still hold
    the demo's; everything else keeps its current value.
    """
    values = {**current, **given}
    if "CONTACT_NOTE" not in given and "CONTACT_NOTE" in placeholders:
        values["CONTACT_NOTE"] = contact_note(values)
    key_made = "LOOKUP_SITE_KEY" not in given and "LOOKUP_SITE_KEY" in placeholders
    if key_made:
        values["LOOKUP_SITE_KEY"] = secrets.token_urlsafe(32)
    return values, key_made


def plan_init(checkout: Checkout, given: Mapping[str, object], state: RecordsState) -> InitPlan:
    """What init does for the office's ``given`` settings (already checked), on records
    holding only demo data (``state.real`` empty: the caller refuses otherwise)."""
    current = current_values(checkout)
    values, key_made = final_values(current, given, placeholder_settings(checkout))
    plan = InitPlan(values=values, key_made=key_made)
    plan.changed = [name for name, value in values.items() if current.get(name) != value]
    plan.writes.update(_settings_writes(checkout, {n: values[n] for n in plan.changed}))
    plan.writes.update(_contact_page(checkout, current, values))
    plan.writes.update(
        codeowners_change(
            checkout.root, checkout.records, str(values["GITHUB_ORGANISATION"]), schools=()
        )
    )
    for record_type in RECORD_TYPES:
        keep = checkout.records / record_type.folder / KEEP_FOLDER
        if not keep.exists():
            plan.writes[keep] = ""
    plan.demo_records = list(state.demo)
    plan.demo_content = demo_content_files(checkout.content)
    plan.folders_removed = [
        folder
        for folder in (checkout.reports, checkout.output, checkout.root / BUILD_CACHE)
        if folder.is_dir()
    ]
    return plan


def _settings_writes(checkout: Checkout, changed: Mapping[str, object]) -> dict[Path, str]:
    """Each changed setting goes where the published settings take it from: publishconf.py
    when it sets it (SITEURL, or a line an office moved there), else its own file."""
    places = assigned_in(checkout.publish_file)
    by_file: dict[Path, dict[str, object]] = {}
    for setting in OFFICE_SETTINGS:
        if setting.name not in changed:
            continue
        target = places.get(setting.name) or checkout.root / setting.file
        by_file.setdefault(target, {})[setting.name] = changed[setting.name]
    return {
        path: rewrite(path.read_text(encoding="utf-8"), values) for path, values in by_file.items()
    }


def _contact_page(
    checkout: Checkout, current: Mapping[str, object], values: Mapping[str, object]
) -> dict[Path, str]:
    """The contact page says the office's name, address and phone: the old ones become the new."""
    page = checkout.root / CONTACT_PAGE
    if not page.is_file():
        return {}
    text = original = page.read_text(encoding="utf-8")
    olds = {name: str(current[name]) for name in ("OFFICE_NAME", "OFFICE_ADDRESS", "OFFICE_PHONE")}
    olds["DEMO_PHONE"] = DEMO_OFFICE_PHONE
    for name, old in olds.items():
        new = str(values["OFFICE_PHONE" if name == "DEMO_PHONE" else name])
        if old and old != new:
            text = text.replace(old, new)
    return {} if text == original else {page: text}


def apply_init(plan: InitPlan, records: Path) -> None:
    """Write the settings, CODEOWNERS and record folders together, then remove the demo."""
    replace_files(plan.writes)
    for path in (*plan.demo_records, *plan.demo_content):
        path.unlink(missing_ok=True)
    _remove_empty_school_folders(records)
    for folder in plan.folders_removed:
        shutil.rmtree(folder)


def _remove_empty_school_folders(records: Path) -> None:
    for record_type in RECORD_TYPES:
        base = records / record_type.folder
        if record_type.per_school and base.is_dir():
            for folder in sorted(base.iterdir()):
                if folder.is_dir() and not any(folder.iterdir()):
                    folder.rmdir()
