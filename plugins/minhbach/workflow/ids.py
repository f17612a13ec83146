"""Record ids that do not collide and carry no personal data (DESIGN.md, "Decisions", "Ids").

Nominations, handovers, follow-ups and the like get an opaque id from ``codes.opaque_id``; a school
and an organisation shown by name get a readable slug of their name. Either way the id is checked
against the ids already in the records folder, so ``new`` and ``import`` never reuse one.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection, Mapping

from minhbach import codes
from minhbach.text.fold import fold, slug

# Vietnamese initials of the type names: đề xuất, bàn giao, theo dõi, tiếp nhận, mua sắm, phân bổ, nhà tài trợ.
PREFIXES: dict[str, str] = {
    "nomination": "dx",
    "handover": "bg",
    "followup": "td",
    "donation": "tn",
    "purchase": "ms",
    "allocation": "pb",
    "donor": "nt",
    "erasure": "xd",  # xoá dữ liệu
}
LEVEL_PREFIXES = {"mam-non": "mn", "tieu-hoc": "th", "thcs": "thcs", "thpt": "thpt"}
_SCHOOL_WORDS = (
    "truong mam non",
    "truong tieu hoc",
    "truong trung hoc co so",
    "truong trung hoc pho thong",
    "truong thcs",
    "truong thpt",
    "truong th",
    "truong mn",
    "mam non",
    "tieu hoc",
    "trung hoc co so",
    "trung hoc pho thong",
    "truong",
)


def new_opaque_id(type_name: str, taken: Collection[str], rng: random.Random | None = None) -> str:
    """A fresh opaque id for ``type_name`` that is not in ``taken``."""
    prefix = PREFIXES.get(type_name, type_name[:2])
    while True:
        candidate = codes.opaque_id(prefix, rng)
        if candidate not in taken:
            return candidate


def new_lookup_code(taken: Collection[str], rng: random.Random | None = None) -> str:
    while True:
        code = codes.generate(rng)
        if code not in taken:
            return code


def school_slug(name: str, level: str | None) -> str:
    """``Trường Tiểu học Phước Kiển`` (tieu-hoc) → ``th-phuoc-kien``."""
    folded = fold(name)
    for words in _SCHOOL_WORDS:
        if folded.startswith(words + " "):
            folded = folded[len(words) + 1 :]
            break
    prefix = LEVEL_PREFIXES.get(level or "", "")
    return slug(f"{prefix} {folded}".strip())


def unique_slug(slug: str, taken: Collection[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``… if it is taken."""
    candidate, number = slug, 2
    while candidate in taken:
        candidate = f"{slug[:60]}-{number}"
        number += 1
    return candidate


def derive_id(
    type_name: str, data: Mapping, taken: Collection[str], rng: random.Random | None = None
) -> str:
    """The id a new record gets: a readable slug for schools and named organisations, else opaque."""
    readable: Callable[[], str] | None = None
    if type_name == "school" and isinstance(data.get("name"), str):
        readable = lambda: school_slug(data["name"], data.get("level"))  # noqa: E731
    elif (
        type_name == "donor"
        and data.get("display") == "named"
        and data.get("kind") not in (None, "ca-nhan")
        and isinstance(data.get("name"), str)
    ):
        readable = lambda: slug(data["name"])  # noqa: E731
    if readable is not None:
        candidate = readable()  # (not ``slug``: that name is the function the lambda calls)
        if candidate:
            return unique_slug(candidate, taken)
    return new_opaque_id(type_name, taken, rng)
