"""Who may use whom (STYLE.md, "Our own shape"): a lower layer never imports a higher one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers import ROOT

PACKAGE = ROOT / "plugins" / "minhbach"

# A folder or module of the package, and the parts of the package it must never import.
FORBIDDEN = {
    "records": ("checks", "public", "site", "lookup", "guard", "reports", "build", "cli"),
    "text": ("records", "checks", "public", "site", "lookup", "guard", "reports", "build", "cli"),
    "checks": ("public", "site", "lookup", "guard", "reports", "build", "cli"),
    "consent.py": ("checks", "public", "site", "reports", "cli"),
    "public": ("site", "lookup", "guard", "reports", "build", "cli"),
    "lookup": ("site", "reports", "build", "cli"),
    "demo": ("cli", "build"),
    "reports": ("site", "build", "cli"),
    # The attacks read what an outsider reads (the published open data), never the records.
    "audit": ("records", "checks", "public", "site", "lookup", "guard", "reports", "build", "cli"),
    "erasure": ("site", "build", "cli"),
}


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_a_layer_never_imports_a_higher_one(part: str) -> None:
    files = [PACKAGE / part] if part.endswith(".py") else sorted((PACKAGE / part).rglob("*.py"))
    assert files
    for path in files:
        for name in imported(path):
            for higher in FORBIDDEN[part]:
                assert not name.startswith(f"minhbach.{higher}"), (
                    f"{path.relative_to(PACKAGE)} imports {name}"
                )
