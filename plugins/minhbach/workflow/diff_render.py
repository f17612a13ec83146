"""Writing a ``DiffResult`` as text (terminal), Markdown (a pull request's job summary) or JSON.

Personal data is masked here, at the last step (``masking``), unless ``full`` is asked for:
the job summary of a pull request must never hold a child's name, birth date or phone in full.
Long lists are cut at ``LIMIT`` records per group (the JSON form is never cut).
"""

from __future__ import annotations

import json
from collections import defaultdict

from babel.numbers import format_decimal

from minhbach import labels
from minhbach.records.types import BY_NAME
from minhbach.workflow.changes import FieldChange
from minhbach.workflow.diff import DiffResult, RecordChange, Side
from minhbach.workflow.masking import display, mask

LIMIT = 200
STATUS_VI = {"added": "thêm", "changed": "sửa", "removed": "xóa"}
SIGN = {"added": "+", "changed": "~", "removed": "-"}
POSITION_VI = {
    "received": "nhận",
    "allocated": "phân bổ",
    "handed": "bàn giao",
    "spent": "đã chi",
    "left": "còn lại",
}
SCHOOL_VI = {
    "nominated": "đề xuất",
    "approved": "đã duyệt",
    "rejected": "không duyệt",
    "handed_over": "đã nhận thiết bị",
    "waiting": "chờ bàn giao",
    "devices_received": "thiết bị nhận",
    "devices_handed": "thiết bị đã trao",
    "devices_left": "thiết bị còn",
}


def _number(value: int, money: bool = False) -> str:
    text = format_decimal(abs(value), locale="vi")
    sign = "+" if value > 0 else "−"
    return f"{sign}{text}\u00a0₫" if money else f"{sign}{text}"


def _field(change: RecordChange, item: FieldChange, full: bool) -> tuple[str, str, str]:
    old = mask(change.type, item.field, item.old, change.old, full)
    new = mask(change.type, item.field, item.new, change.new, full)
    return item.field, display(old), display(new)


def _side_state(side: Side) -> str:
    if side.valid:
        return f"hợp lệ ({side.findings.warnings} cảnh báo)" if side.findings.warnings else "hợp lệ"
    return f"KHÔNG hợp lệ: {side.findings.errors} lỗi, {side.findings.warnings} cảnh báo"


def _title(side: Side) -> str:
    return f"{side.label} ({side.commit[:7]})" if side.commit else side.label


def _groups(result: DiffResult) -> dict[tuple[str, str | None], list[RecordChange]]:
    groups: dict[tuple[str, str | None], list[RecordChange]] = defaultdict(list)
    order = {name: i for i, name in enumerate(BY_NAME)}
    for change in sorted(result.changes, key=lambda c: (order[c.type], c.school or "", c.id)):
        groups[(change.type, change.school)].append(change)
    return groups


def _group_title(type_name: str, school: str | None) -> str:
    label = BY_NAME[type_name].label_vi
    return f"{label[0].upper()}{label[1:]}" + (f" — {school}" if school else "")


def _change_lines(change: RecordChange, full: bool) -> list[str]:
    path = change.new_path or change.old_path
    head = f"{SIGN[change.status]} {change.id} ({STATUS_VI[change.status]}) {path}"
    if change.old_path and change.new_path and change.old_path != change.new_path:
        head += f" (chuyển từ {change.old_path})"
    if change.unreadable:
        return [head + " — tệp không đọc được (xem lỗi bên dưới)"]
    lines = [head]
    for item in change.fields:
        name, old, new = _field(change, item, full)
        if change.status == "added":
            lines.append(f"    {name}: {new}")
        elif change.status == "removed":
            lines.append(f"    {name}: {old}")
        elif change.status == "changed":
            same = " (đã đổi)" if old == new else ""
            lines.append(f"    {name}: {old} → {new}{same}")
    return lines


def _balance_lines(result: DiffResult) -> list[str]:
    kinds = labels.item_kinds()
    lines = []
    for (source, kind), delta in result.balances.items():
        money = kind == "cash"
        parts = ", ".join(f"{POSITION_VI[k]} {_number(v, money)}" for k, v in delta.items())
        lines.append(f"{source} / {kinds.get(kind, kind)}: {parts}")
    return lines


def _school_lines(result: DiffResult) -> list[str]:
    kinds = labels.item_kinds()
    lines = []
    for school, delta in result.schools.items():
        parts = []
        for key, value in delta.items():
            group, _, kind = key.partition(".")
            name = SCHOOL_VI[group] + (f" ({kinds.get(kind, kind)})" if kind else "")
            parts.append(f"{name} {_number(value)}")
        lines.append(f"{school}: " + ", ".join(parts))
    return lines


def _finding_line(item, lang: str) -> str:
    return (
        f"{item.path}:{item.line}:{item.column}: {item.severity} {item.code}: {item.message(lang)}"
    )


def _summary(result: DiffResult) -> str:
    counts = {
        s: sum(1 for c in result.changes if c.status == s) for s in ("added", "changed", "removed")
    }
    return f"{counts['added']} hồ sơ thêm, {counts['changed']} sửa, {counts['removed']} xóa"


def render_text(result: DiffResult, *, full: bool = False, lang: str = "vi") -> str:
    out = [
        f"So sánh hồ sơ: {_title(result.base)} → {_title(result.head)}",
        f"  {_title(result.base)}: {_side_state(result.base)}",
        f"  {_title(result.head)}: {_side_state(result.head)}",
        _summary(result) + ".",
    ]
    for (type_name, school), changes in _groups(result).items():
        out += ["", f"== {_group_title(type_name, school)} ({len(changes)}) =="]
        for change in changes[:LIMIT]:
            out += _change_lines(change, full)
        if len(changes) > LIMIT:
            out.append(f"… và {len(changes) - LIMIT} hồ sơ nữa (xem --format json).")
    for title, lines in (
        ("Biến động số dư (theo nguồn và loại)", _balance_lines(result)),
        ("Thay đổi theo trường", _school_lines(result)),
    ):
        if lines:
            out += ["", f"== {title} ==", *lines]
    out += ["", f"== Lỗi và cảnh báo mới ({len(result.new_findings)}) =="]
    out += [_finding_line(f, lang) for f in result.new_findings] or ["(không có)"]
    if result.fixed:
        out.append(f"Đã hết {result.fixed} lỗi/cảnh báo có ở {_title(result.base)}.")
    return "\n".join(out) + "\n"


def render_markdown(result: DiffResult, *, full: bool = False, lang: str = "vi") -> str:
    base, head = result.base, result.head
    out = [
        f"## Thay đổi hồ sơ: `{_title(base)}` → `{_title(head)}`",
        "",
        "| phiên bản | tình trạng |",
        "|---|---|",
        f"| `{_title(base)}` | {_mark(base)} {_side_state(base)} |",
        f"| `{_title(head)}` | {_mark(head)} {_side_state(head)} |",
        "",
        f"**{_summary(result)}.**"
        + ("" if full else " Dữ liệu cá nhân đã được che (•••, chữ viết tắt)."),
    ]
    for (type_name, school), changes in _groups(result).items():
        out += [
            "",
            f"<details><summary><b>{_group_title(type_name, school)}</b> ({len(changes)})</summary>",
            "",
            "```diff",
        ]
        for change in changes[:LIMIT]:
            out += _change_lines(change, full)
        if len(changes) > LIMIT:
            out.append(f"… và {len(changes) - LIMIT} hồ sơ nữa")
        out += ["```", "</details>"]
    for title, lines in (
        ("Biến động số dư (theo nguồn và loại)", _balance_lines(result)),
        ("Thay đổi theo trường", _school_lines(result)),
    ):
        if lines:
            out += ["", f"### {title}", "", *(f"- {line}" for line in lines)]
    out += ["", f"### Lỗi và cảnh báo mới ({len(result.new_findings)})", ""]
    if result.new_findings:
        out += ["```", *(_finding_line(f, lang) for f in result.new_findings), "```"]
    else:
        out.append("Không có.")
    if result.fixed:
        out += ["", f"Đã hết {result.fixed} lỗi/cảnh báo có ở `{_title(base)}`."]
    return "\n".join(out) + "\n"


def _mark(side: Side) -> str:
    return "✅" if side.valid else "❌"


def render_json(result: DiffResult, *, full: bool = False, lang: str = "vi") -> str:
    def side(s: Side) -> dict:
        return {
            "revision": s.label,
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
                    dict(zip(("field", "old", "new"), _raw(c, f, full), strict=True))
                    for f in c.fields
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


def _raw(change: RecordChange, item: FieldChange, full: bool) -> tuple[str, object, object]:
    return (
        item.field,
        mask(change.type, item.field, item.old, change.old, full),
        mask(change.type, item.field, item.new, change.new, full),
    )


RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json}
