"""Placeholders: the demo's values that must never reach a real programme's site or paper.

The shipped checkout is a demo: its published address is an example domain, its lookup site key
is printed in the source, its signer and phone belong to the demo. That is right for the demo
and wrong the day the office keeps real records: a QR code printed with the example address
leads nowhere, forever. So a build with the published settings (an absolute ``SITEURL``) and
every printed document refuse these values unless every record is demo data (DESIGN.md, "A real
programme"). ``minhbach init`` replaces them; each refusal names the setting and its file.
"""

from __future__ import annotations

import ipaddress
import re
import urllib.parse
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from minhbach.messages import render
from minhbach.records.store import Record
from minhbach.settings import Settings, SettingsError, assigned_in

# The demo's own values (pelicanconf.py and minhbach.settings ship them).
DEMO_LOOKUP_SITE_KEY = "minhbach-demo-khoa-trang-thay-truoc-khi-dung-that"
DEMO_SIGNER_NAME = "Lê Thị Oanh"
DEMO_OFFICE_PHONE = "028 3873 4567"
EXAMPLE_SITEURL = "https://minhbach.example.edu.vn"
# Domains no one can register (RFC 2606, RFC 6761): an address there is always an example.
_RESERVED_SUFFIXES = ("example", "invalid", "test")
_LOCAL_SUFFIXES = ("localhost", "local")
_RESERVED_DOMAINS = ("example.com", "example.net", "example.org")
# A news post or page the demo ships, marked in its metadata (``Demo: true``).
_DEMO_MARK = re.compile(r"^demo:\s*(true|yes|có)\s*$", re.IGNORECASE)
_ADDRESS_SETTINGS = ("SITEURL", "FEED_DOMAIN")


@dataclass(frozen=True)
class Placeholder:
    """One placeholder value: the setting (or content file), where it is set, and why it is one."""

    setting: str
    file: str | None  # None: set in no settings file, the software's default
    code: str  # the message code that explains it
    value: str = ""  # shown in the message (public values only, never the key)


class PlaceholderError(SettingsError):
    """Placeholders where real records need the office's own values (bad usage: exit 2)."""

    def __init__(self, items: list[Placeholder], purpose: str) -> None:
        self.items = items
        self.purpose = purpose  # "build" or "print"
        super().__init__(self.message("vi"))

    def message(self, lang: str) -> str:
        lines = [render(f"PLACEHOLDER-FOR-{self.purpose.upper()}", lang, {})]
        for item in self.items:
            where = item.file or render("PLACEHOLDER-DEFAULT-FILE", lang, {})
            lines.append(
                "  - "
                + render(
                    item.code, lang, {"setting": item.setting, "file": where, "value": item.value}
                )
            )
        lines.append(render("PLACEHOLDER-WHAT-TO-DO", lang, {}))
        return "\n".join(lines)


def is_example_address(url: str, *, local: bool = True) -> bool:
    """True for an address no office can publish at: a domain reserved for examples and tests,
    and (with ``local``) this machine or its private network, which no family's phone reaches."""
    host = (urllib.parse.urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    if not host:
        return False
    labels = host.split(".")
    if (
        "example" in labels
        or labels[-1] in _RESERVED_SUFFIXES
        or any(host == d or host.endswith("." + d) for d in _RESERVED_DOMAINS)
    ):
        return True
    if not local:
        return False
    if labels[-1] in _LOCAL_SUFFIXES:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_link_local


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def setting_placeholders(settings: Settings, places: Mapping[str, Path]) -> list[Placeholder]:
    """The settings that still hold a demo value; ``places`` says which file sets each one."""

    def item(name: str, code: str, value: str = "") -> Placeholder:
        place = places.get(name)
        return Placeholder(name, str(place) if place else None, code, value)

    found: list[Placeholder] = []
    addresses = {
        "SITEURL": settings.SITEURL,
        "FEED_DOMAIN": str(settings.extra.get("FEED_DOMAIN") or ""),
    }
    for name in _ADDRESS_SETTINGS:
        value = addresses[name]
        # FEED_DOMAIN usually repeats SITEURL (publishconf.py): one line for one mistake.
        if value and is_example_address(value) and (name == "SITEURL" or value != settings.SITEURL):
            found.append(item(name, "PLACEHOLDER-EXAMPLE-ADDRESS", value))
    key = settings.LOOKUP_SITE_KEY or ""
    if key == DEMO_LOOKUP_SITE_KEY or not key.strip():
        found.append(item("LOOKUP_SITE_KEY", "PLACEHOLDER-DEMO-KEY"))
    if settings.SIGNER_NAME.strip() == DEMO_SIGNER_NAME:
        found.append(item("SIGNER_NAME", "PLACEHOLDER-DEMO-SIGNER", settings.SIGNER_NAME))
    demo_phone = _digits(DEMO_OFFICE_PHONE)
    for name in ("OFFICE_PHONE", "CONTACT_NOTE"):
        if demo_phone in _digits(str(getattr(settings, name))):
            found.append(item(name, "PLACEHOLDER-DEMO-PHONE", DEMO_OFFICE_PHONE))
    return found


def content_placeholders(content: Path) -> list[Placeholder]:
    """Pages and news of the demo still in ``content/``: marked ``Demo: true``, or giving the
    demo's phone number as the office's."""
    found: list[Placeholder] = []
    for path in sorted(content.rglob("*.md")) if content.is_dir() else ():
        text = path.read_text(encoding="utf-8", errors="replace")
        if is_demo_text(text):
            found.append(Placeholder(path.name, _shown(path), "PLACEHOLDER-DEMO-CONTENT"))
        elif _digits(DEMO_OFFICE_PHONE) in _digits_runs(text):
            found.append(Placeholder(path.name, _shown(path), "PLACEHOLDER-DEMO-PHONE-PAGE"))
    return found


def _shown(path: Path) -> str:
    """``path`` from the folder the command runs in, when it lies inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def is_demo_text(text: str) -> bool:
    """A Markdown file whose metadata (the lines before the first blank one) says ``Demo: true``."""
    for line in text.splitlines():
        if not line.strip():
            return False
        if _DEMO_MARK.match(line.strip()):
            return True
    return False


def _digits_runs(text: str) -> set[str]:
    """Every phone-like run of digits of ``text`` (spaces, dots and dashes inside dropped)."""
    return {_digits(run) for run in re.findall(r"\d[\d .-]{7,}\d", text)}


def all_demo(records: Iterable[Record]) -> bool:
    """True when every record is demo data (and so when there is none)."""
    return all(record.is_demo for record in records)


def is_published(settings: Settings) -> bool:
    """Settings meant for publishing: they give the site's absolute address (publishconf.py)."""
    return settings.SITEURL.strip().startswith(("https://", "http://"))


def refuse_placeholders(
    settings: Settings,
    settings_file: Path,
    records: Iterable[Record],
    purpose: str,
    content: Path | None = None,
    printed: Collection[str] | None = None,
) -> None:
    """Raise ``PlaceholderError`` naming every placeholder, unless every record is demo data.

    ``printed``: the only settings the document prints (the UBND report prints the signer and
    the site's address, not the lookup key); None for all of them.
    """
    found = setting_placeholders(settings, assigned_in(settings_file))
    if printed is not None:
        found = [item for item in found if item.setting in printed]
    if content is not None:
        found += content_placeholders(content)
    if found and not all_demo(records):
        raise PlaceholderError(found, purpose)
