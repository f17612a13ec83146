"""Masking personal data in ``diff`` and ``history`` output (CI logs and job summaries included).

A nomination is one child's file: only what a reviewer needs to judge the change and what says
nothing about the child is shown (``NOMINATION_SHOWN``: status, decision, needs, grade, consent,
dates); the names become initials ("Nguyễn Văn An" → "N.V.A.", the site's own rule from public/)
and every other field "•••", gender and categories included (a single student's category is
never shown, DESIGN "Public and private"). A field added to the schema later is hidden until it
is named here. Other records are masked field by field (``RULES``): contacts, guardians' details,
codes, reasons, notes. ``--full`` shows everything, for a reviewer at their own desk.
Fields are named without list indexes (``contact.phone``, ``received_by.name``).
"""

from __future__ import annotations

from minhbach.public.masking import mask_name

HIDDEN = "•••"

# What a diff shows of a nomination; anything else is hidden (an allow-list, like the site's).
NOMINATION_SHOWN = frozenset(
    {
        "id",
        "school",
        "nominated_on",
        "student.grade",
        "needs",
        "needs.kind",
        "needs.quantity",
        "status",
        "decision",
        "decision.date",
        "decision.by",
        "decision.document",
        "consent",
        "consent.guardian",
        "consent.child",
        "consent.recorded_on",
        "consent.withdrawn_on",
        "forgotten_on",
        "demo",
    }
)
NOMINATION_INITIALS = frozenset({"student.full_name", "guardian.name"})

# (type or "*", field) → "initials" or "hidden". "*" applies to every record type.
RULES: dict[tuple[str, str], str] = {
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
    if type_name == "nomination":
        if name in NOMINATION_INITIALS:
            return "initials"
        return None if name in NOMINATION_SHOWN else "hidden"
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


def masked_changes(
    type_name: str, changes: list, old: dict | None, new: dict | None, full: bool = False
) -> list[tuple[str, object, object]]:
    """(field, old, new) of ``changes`` (``FieldChange``) as they may be shown. The items of a
    hidden list are one line under the list's name ("categories", not "categories[1]": how many
    categories a child has is private too)."""
    shown: list[tuple[str, object, object]] = []
    for item in changes:
        before = mask(type_name, item.field, item.old, old, full)
        after = mask(type_name, item.field, item.new, new, full)
        name = item.field
        if HIDDEN in (before, after) and name.endswith("]"):
            name = plain_field(name)
            if shown and shown[-1][0] == name:
                continue
        shown.append((name, before, after))
    return shown


def display(value: object, lang: str = "vi") -> str:
    """A value as diff and history print it: ``(trống)`` for none, true/false as in YAML."""
    if value is None:
        return "(trống)" if lang == "vi" else "(empty)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict) and not value:
        return "[]" if isinstance(value, list) else "{}"
    return str(value)
