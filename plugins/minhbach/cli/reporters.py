"""Reporters: findings as text lines or JSON, with a per-code summary on standard error."""

from __future__ import annotations

import json
from typing import TextIO

from minhbach.findings import Findings


def write_text(findings: Findings, out: TextIO, lang: str) -> None:
    """One line per problem: ``PATH:LINE:COL: error|warning CODE: message``."""
    for item in findings.sorted():
        severity = (
            item.severity
            if lang == "en"
            else {"error": "error", "warning": "warning"}[item.severity]
        )
        out.write(
            f"{item.path}:{item.line}:{item.column}: {severity} {item.code}: {item.message(lang)}\n"
        )


def write_json(findings: Findings, out: TextIO, lang: str) -> None:
    payload = [
        {
            "path": item.path,
            "line": item.line,
            "column": item.column,
            "severity": item.severity,
            "code": item.code,
            "field": item.field,
            "message": item.message(lang),
            "related": list(item.related),
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
