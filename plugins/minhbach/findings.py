"""Findings: what the checks say about the data, as plain frozen values.

A finding is data, not a string: the reporter renders it in Vietnamese (default) or English,
as a text line or a JSON object. Parameters may be a ``Bilingual`` pair when the wording itself
differs between the languages (a field's Vietnamese title, a list of choices with labels).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from minhbach.messages import render

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Bilingual:
    """A parameter that reads differently in Vietnamese and in English."""

    vi: str
    en: str

    def pick(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


@dataclass(frozen=True)
class Finding:
    """One problem at one place: ``PATH:LINE:COL: severity CODE: message``."""

    path: str
    line: int
    column: int
    severity: Severity
    code: str
    field: str | None = None
    params: tuple[tuple[str, object], ...] = ()
    related: tuple[str, ...] = ()

    def message(self, lang: str = "vi") -> str:
        values = {k: (v.pick(lang) if isinstance(v, Bilingual) else v) for k, v in self.params}
        values.setdefault("field", self.field or "")
        return render(self.code, lang, values)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.field or "")


def finding(
    path: str,
    where: tuple[int, int],
    code: str,
    *,
    severity: Severity = "error",
    field: str | None = None,
    related: Iterable[str] = (),
    **params: object,
) -> Finding:
    """Build a finding; ``where`` is a (line, column) pair, both counted from 1."""
    return Finding(
        path=path,
        line=where[0],
        column=where[1],
        severity=severity,
        code=code,
        field=field,
        params=tuple(params.items()),
        related=tuple(related),
    )


@dataclass
class Findings:
    """Everything found in one run, in a stable order."""

    items: list[Finding] = field(default_factory=list)

    def extend(self, more: Iterable[Finding]) -> None:
        self.items.extend(more)

    def sorted(self) -> list[Finding]:
        return sorted(self.items, key=Finding.sort_key)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.items if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.items if f.severity == "warning")

    def by_code(self) -> Mapping[str, int]:
        counts: dict[str, int] = {}
        for item in self.items:
            counts[item.code] = counts.get(item.code, 0) + 1
        return dict(sorted(counts.items()))
