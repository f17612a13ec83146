"""Writing a ``DiffResult`` as text (terminal), Markdown (a pull request's job summary) or JSON.

Personal data is masked here, at the last step (``masking``), unless ``full`` is asked for:
the job summary of a pull request must never hold a child's name, birth date, phone, gender or
category. A hidden list (a child's categories) is one line, so not even how many it holds shows.
Long lists are cut at ``LIMIT`` records per group (the JSON form is never cut). Vietnamese by
default, English with ``lang="en"``.
"""

from __future__ import annotations

import json
from collections import defaultdict

from babel.numbers import format_decimal

from minhbach import labels
from minhbach.records.types import BY_NAME
from minhbach.workflow.diff import DiffResult, RecordChange, Side
from minhbach.workflow.masking import display, masked_changes

LIMIT = 200
SIGN = {"added": "+", "changed": "~", "removed": "-"}

# Every word the summary prints: (Vietnamese, English).
WORDS: dict[str, tuple[str, str]] = {
    "added": ("thêm", "added"),
    "changed": ("sửa", "changed"),
    "removed": ("xóa", "removed"),
    "received": ("nhận", "received"),
    "allocated": ("phân bổ", "allocated"),
    "handed": ("bàn giao", "handed over"),
    "spent": ("đã chi", "spent"),
    "left": ("còn lại", "left"),
    "nominated": ("đề xuất", "nominated"),
    "approved": ("đã duyệt", "approved"),
    "rejected": ("không duyệt", "rejected"),
    "handed_over": ("đã nhận thiết bị", "received devices"),
    "waiting": ("chờ bàn giao", "waiting"),
    "devices_received": ("thiết bị nhận", "devices received"),
    "devices_handed": ("thiết bị đã trao", "devices handed over"),
    "devices_left": ("thiết bị còn", "devices left"),
    "working tree": ("thư mục làm việc", "working tree"),
    "valid": ("hợp lệ", "valid"),
    "valid with warnings": ("hợp lệ ({warnings} cảnh báo)", "valid ({warnings} warnings)"),
    "invalid": (
        "KHÔNG hợp lệ: {errors} lỗi, {warnings} cảnh báo",
        "NOT valid: {errors} errors, {warnings} warnings",
    ),
    "moved": (" (chuyển từ {path})", " (moved from {path})"),
    "unreadable": (
        " — tệp không đọc được (xem lỗi bên dưới)",
        " — the file cannot be read (see the errors below)",
    ),
    "same": (" (đã đổi)", " (changed)"),
    "summary": (
        "{added} hồ sơ thêm, {changed} sửa, {removed} xóa",
        "{added} records added, {changed} changed, {removed} removed",
    ),
    "compare": ("So sánh hồ sơ: {base} → {head}", "Records compared: {base} → {head}"),
    "more": ("… và {count} hồ sơ nữa", "… and {count} more records"),
    "see json": (" (xem --format json).", " (see --format json)."),
    "balances": ("Biến động số dư (theo nguồn và loại)", "Balance changes (by source and kind)"),
    "schools": ("Thay đổi theo trường", "Changes by school"),
    "findings": ("Lỗi và cảnh báo mới ({count})", "New errors and warnings ({count})"),
    "none": ("(không có)", "(none)"),
    "none sentence": ("Không có.", "None."),
    "fixed": (
        "Đã hết {count} lỗi/cảnh báo có ở {base}.",
        "{count} errors/warnings of {base} are gone.",
    ),
    "markdown title": (
        "## Thay đổi hồ sơ: `{base}` → `{head}`",
        "## Record changes: `{base}` → `{head}`",
    ),
    "markdown table": ("| phiên bản | tình trạng |", "| revision | state |"),
    "masked": (
        " Dữ liệu cá nhân đã được che (•••, chữ viết tắt).",
        " Personal data is masked (•••, initials).",
    ),
}


def _say(key: str, lang: str, **params: object) -> str:
    vi, en = WORDS[key]
    return (vi if lang == "vi" else en).format(**params)


def _number(value: int, money: bool = False) -> str:
    text = format_decimal(abs(value), locale="vi")
    sign = "+" if value > 0 else "−"
    return f"{sign}{text}\u00a0₫" if money else f"{sign}{text}"


def _fields(change: RecordChange, full: bool) -> list[tuple[str, object, object]]:
    return masked_changes(change.type, change.fields, change.old, change.new, full)


def _side_state(side: Side, lang: str) -> str:
    counts = {"errors": side.findings.errors, "warnings": side.findings.warnings}
    if side.valid:
        return _say("valid with warnings" if counts["warnings"] else "valid", lang, **counts)
    return _say("invalid", lang, **counts)


def _title(side: Side, lang: str) -> str:
    label = side.label or _say("working tree", lang)
    return f"{label} ({side.commit[:7]})" if side.commit else label


def _groups(result: DiffResult) -> dict[tuple[str, str | None], list[RecordChange]]:
    groups: dict[tuple[str, str | None], list[RecordChange]] = defaultdict(list)
    order = {name: i for i, name in enumerate(BY_NAME)}
    for change in sorted(result.changes, key=lambda c: (order[c.type], c.school or "", c.id)):
        groups[(change.type, change.school)].append(change)
    return groups


def _group_title(type_name: str, school: str | None, lang: str) -> str:
    record_type = BY_NAME[type_name]
    label = record_type.label_vi if lang == "vi" else record_type.label_en
    return f"{label[0].upper()}{label[1:]}" + (f" — {school}" if school else "")


def _change_lines(change: RecordChange, full: bool, lang: str) -> list[str]:
    path = change.new_path or change.old_path
    head = f"{SIGN[change.status]} {change.id} ({_say(change.status, lang)}) {path}"
    if change.old_path and change.new_path and change.old_path != change.new_path:
        head += _say("moved", lang, path=change.old_path)
    if change.unreadable:
        return [head + _say("unreadable", lang)]
    lines = [head]
    for name, old_value, new_value in _fields(change, full):
        old, new = display(old_value, lang), display(new_value, lang)
        if change.status == "added":
            lines.append(f"    {name}: {new}")
        elif change.status == "removed":
            lines.append(f"    {name}: {old}")
        else:
            same = _say("same", lang) if old == new else ""
            lines.append(f"    {name}: {old} → {new}{same}")
    return lines


def _balance_lines(result: DiffResult, lang: str) -> list[str]:
    kinds = labels.item_kinds(lang)
    lines = []
    for (source, kind), delta in result.balances.items():
        money = kind == "cash"
        parts = ", ".join(f"{_say(k, lang)} {_number(v, money)}" for k, v in delta.items())
        lines.append(f"{source} / {kinds.get(kind, kind)}: {parts}")
    return lines


def _school_lines(result: DiffResult, lang: str) -> list[str]:
    kinds = labels.item_kinds(lang)
    lines = []
    for school, delta in result.schools.items():
        parts = []
        for key, value in delta.items():
            group, _, kind = key.partition(".")
            name = _say(group, lang) + (f" ({kinds.get(kind, kind)})" if kind else "")
            parts.append(f"{name} {_number(value)}")
        lines.append(f"{school}: " + ", ".join(parts))
    return lines


def _finding_line(item, lang: str) -> str:
    return (
        f"{item.path}:{item.line}:{item.column}: {item.severity} {item.code}: {item.message(lang)}"
    )


def _summary(result: DiffResult, lang: str) -> str:
    counts = {
        s: sum(1 for c in result.changes if c.status == s) for s in ("added", "changed", "removed")
    }
    return _say("summary", lang, **counts)


def render_text(result: DiffResult, *, full: bool = False, lang: str = "vi") -> str:
    base, head = _title(result.base, lang), _title(result.head, lang)
    out = [
        _say("compare", lang, base=base, head=head),
        f"  {base}: {_side_state(result.base, lang)}",
        f"  {head}: {_side_state(result.head, lang)}",
        _summary(result, lang) + ".",
    ]
    for (type_name, school), changes in _groups(result).items():
        out += ["", f"== {_group_title(type_name, school, lang)} ({len(changes)}) =="]
        for change in changes[:LIMIT]:
            out += _change_lines(change, full, lang)
        if len(changes) > LIMIT:
            out.append(_say("more", lang, count=len(changes) - LIMIT) + _say("see json", lang))
    for title, lines in (
        (_say("balances", lang), _balance_lines(result, lang)),
        (_say("schools", lang), _school_lines(result, lang)),
    ):
        if lines:
            out += ["", f"== {title} ==", *lines]
    out += ["", f"== {_say('findings', lang, count=len(result.new_findings))} =="]
    out += [_finding_line(f, lang) for f in result.new_findings] or [_say("none", lang)]
    if result.fixed:
        out.append(_say("fixed", lang, count=result.fixed, base=base))
    return "\n".join(out) + "\n"


def render_markdown(result: DiffResult, *, full: bool = False, lang: str = "vi") -> str:
    base, head = result.base, result.head
    out = [
        _say("markdown title", lang, base=_title(base, lang), head=_title(head, lang)),
        "",
        _say("markdown table", lang),
        "|---|---|",
        f"| `{_title(base, lang)}` | {_mark(base)} {_side_state(base, lang)} |",
        f"| `{_title(head, lang)}` | {_mark(head)} {_side_state(head, lang)} |",
        "",
        f"**{_summary(result, lang)}.**" + ("" if full else _say("masked", lang)),
    ]
    for (type_name, school), changes in _groups(result).items():
        out += [
            "",
            f"<details><summary><b>{_group_title(type_name, school, lang)}</b> "
            f"({len(changes)})</summary>",
            "",
            "```diff",
        ]
        for change in changes[:LIMIT]:
            out += _change_lines(change, full, lang)
        if len(changes) > LIMIT:
            out.append(_say("more", lang, count=len(changes) - LIMIT))
        out += ["```", "</details>"]
    for title, lines in (
        (_say("balances", lang), _balance_lines(result, lang)),
        (_say("schools", lang), _school_lines(result, lang)),
    ):
        if lines:
            out += ["", f"### {title}", "", *(f"- {line}" for line in lines)]
    out += ["", f"### {_say('findings', lang, count=len(result.new_findings))}", ""]
    if result.new_findings:
        out += ["```", *(_finding_line(f, lang) for f in result.new_findings), "```"]
    else:
        out.append(_say("none sentence", lang))
    if result.fixed:
        out += ["", _say("fixed", lang, count=result.fixed, base=f"`{_title(base, lang)}`")]
    return "\n".join(out) + "\n"


def _mark(side: Side) -> str:
    return "✅" if side.valid else "❌"


def render_json(result: DiffResult, *, full: bool = False, lang: str = "vi") -> str:
    def side(s: Side) -> dict:
        return {
            "revision": s.label or None,
            "commit": s.commit,
            "valid": s.valid,
            "errors": s.findings.errors,
            "warnings": s.findings.warnings,
            "files": s.files,
        }

    payload = {
        "base": side(result.base),
        "head": side(result.head),
        "changes": [
            {
                "type": c.type,
                "id": c.id,
                "school": c.school,
                "status": c.status,
                "old_path": c.old_path,
                "new_path": c.new_path,
                "unreadable": c.unreadable,
                "fields": [
                    dict(zip(("field", "old", "new"), shown, strict=True))
                    for shown in _fields(c, full)
                ],
            }
            for c in result.changes
        ],
        "balances": [{"source": s, "kind": k, **d} for (s, k), d in result.balances.items()],
        "schools": [{"school": s, **d} for s, d in result.schools.items()],
        "new_findings": [
            {
                "path": f.path,
                "line": f.line,
                "column": f.column,
                "severity": f.severity,
                "code": f.code,
                "field": f.field,
                "message": f.message(lang),
                "related": list(f.related),
            }
            for f in result.new_findings
        ],
        "fixed": result.fixed,
        "masked": not full,
    }
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json}
