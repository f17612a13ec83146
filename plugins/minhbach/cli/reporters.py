"""Reporters: findings as text lines or JSON, with a per-code summary on standard error.

A file name (or a quoted wrong value) may hold a newline, a tab or a terminal escape sequence:
printed as it is, it would split one problem over two lines or recolour the reader's terminal.
Such characters are shown escaped (``\\n``, ``\\x1b``), the same way in text and in JSON.
"""

from __future__ import annotations

import json
import unicodedata
from typing import TextIO

from minhbach.findings import Findings

# Controls, invisible format characters (bidirectional overrides too), line and paragraph
# separators, surrogates: nothing a reader should receive raw.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def printable(text: str) -> str:
    """``text`` with every control or invisible character written as its escape."""
    if text.isprintable():
        return text
    return "".join(
        char.encode("unicode_escape", "backslashreplace").decode("ascii")
        if unicodedata.category(char) in _ESCAPED_CATEGORIES
        else char
        for char in text
    )


def write_text(findings: Findings, out: TextIO, lang: str) -> None:
    """One line per problem: ``PATH:LINE:COL: error|warning CODE: message``."""
    for item in findings.sorted():
        severity = (
            item.severity
            if lang == "en"
            else {"error": "error", "warning": "warning"}[item.severity]
        )
        out.write(
            f"{printable(item.path)}:{item.line}:{item.column}: {severity} {item.code}: "
            f"{printable(item.message(lang))}\n"
        )


def write_json(findings: Findings, out: TextIO, lang: str) -> None:
    payload = [
        {
            "path": printable(item.path),
            "line": item.line,
            "column": item.column,
            "severity": item.severity,
            "code": item.code,
            "field": None if item.field is None else printable(item.field),
            "message": printable(item.message(lang)),
            "related": [printable(path) for path in item.related],
        }
        for item in findings.sorted()
    ]
    json.dump(payload, out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_summary(findings: Findings, files: int, out: TextIO, lang: str) -> None:
    """Counts per code, then totals; goes to standard error so stdout stays one problem a line."""
    counts = findings.by_code()
    if counts:
        out.write("Tóm tắt theo mã:\n" if lang == "vi" else "Summary by code:\n")
        for code, count in counts.items():
            out.write(f"  {code}: {count}\n")
    if lang == "vi":
        out.write(f"{files} tệp, {findings.errors} lỗi, {findings.warnings} cảnh báo.\n")
    else:
        out.write(f"{files} files, {findings.errors} errors, {findings.warnings} warnings.\n")
