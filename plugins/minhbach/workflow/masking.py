"""Masking personal data in ``diff`` and ``history`` output (CI logs and job summaries included).

Full names become initials ("Nguyễn Văn An" → "N.V.A.", the site's own rule from public/);
birth dates, phones, addresses, guardians' details, codes, circumstances, reasons and notes
become "•••". ``--full`` shows everything, for a reviewer at their own desk.
Fields are named without list indexes (``contact.phone``, ``received_by.name``).
"""

from __future__ import annotations

from minhbach.public.masking import mask_name

HIDDEN = "•••"

# (type or "*", field) → "initials" or "hidden". "*" applies to every record type.
RULES: dict[tuple[str, str], str] = {
    ("nomination", "student.full_name"): "initials",
    ("nomination", "student.birth_date"): "hidden",
    ("nomination", "student.address"): "hidden",
    ("nomination", "student.student_code"): "hidden",
    ("nomination", "student.class"): "hidden",
    ("nomination", "guardian.name"): "initials",
    ("nomination", "guardian.relation"): "hidden",
    ("nomination", "guardian.phone"): "hidden",
    ("nomination", "circumstances"): "hidden",
    ("nomination", "decision.reason"): "hidden",
    ("handover", "received_by.name"): "initials",
    ("handover", "received_by.relation"): "hidden",
    ("handover", "handed_by"): "hidden",
    ("donor", "tax_code"): "hidden",
    ("*", "lookup_code"): "hidden",
    ("*", "contact.name"): "initials",
    ("*", "contact.phone"): "hidden",
    ("*", "contact.email"): "hidden",
    ("*", "contact.address"): "hidden",
    ("*", "note"): "hidden",
}


def plain_field(dotted: str) -> str:
    """``items[0].serial`` → ``items.serial``: the field without its list indexes."""
    out, depth = [], 0
    for char in dotted:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def rule_for(type_name: str, dotted: str, record: dict | None = None) -> str | None:
    name = plain_field(dotted)
    if type_name == "donor" and name == "name" and (record or {}).get("display") == "anonymous":
        return "hidden"
    return RULES.get((type_name, name)) or RULES.get(("*", name))


def mask(
    type_name: str, dotted: str, value: object, record: dict | None = None, full: bool = False
) -> object:
    """``value`` as it may be shown; ``record`` is the whole record (a donor's display choice)."""
    if full or value is None:
        return value
    rule = rule_for(type_name, dotted, record)
    if rule == "initials" and isinstance(value, str):
        return mask_name(value, "initials") or HIDDEN
    if rule is not None:
        return HIDDEN
    return value


def display(value: object) -> str:
    """A value as diff and history print it: ``(trống)`` for none, true/false as in YAML."""
    if value is None:
        return "(trống)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict) and not value:
        return "[]" if isinstance(value, list) else "{}"
    return str(value)
