"""Asking for the required fields ``--set`` did not give, in Vietnamese, one question at a time.

The questions come from the schema (``form``): title, field name, choices with their labels.
Input and output are injected (``ask`` returns None at the end of input), so tests drive the
questions with scripted stdin and the CLI stays the only place that touches the terminal. Each
answer is checked against its field's schema at once and asked again (up to three times) when
wrong; what is still missing at the end of input is left for the validator to report.

Three hooks come from what the records hold (``workflow.new``): ``offers`` turns a field into a
choice (a handover's student among the school's approved students still waiting, by masked name
and class, never a random id to type), ``infer`` fills a field another answer gives (the grade
of class 5A), and ``optional`` names the fields worth asking though not required (a serial;
Enter skips them). With ``lang="en"`` every question is English: a field by its name, a choice
by its English label where the schema has one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace

from jsonschema import Draft202012Validator, FormatChecker

from minhbach.labels import enum_labels
from minhbach.messages import render
from minhbach.records.schemas import SchemaSet
from minhbach.records.yaml_strict import field_name
from minhbach.text.fold import fold
from minhbach.workflow.dates import DateProblem, parse_date
from minhbach.workflow.form import FormField

Ask = Callable[[str], str | None]
Say = Callable[[str], None]
Path = tuple[str | int, ...]
# (the field's path, the record so far) → choices for it, or None; a value for it, or None.
Offers = Callable[[Path, dict], list[tuple[str, str]] | None]
Infer = Callable[[Path, dict], object]
TRIES = 3
_YES = {"c", "co", "y", "yes", "true", "dong y", "1"}
_NO = {"k", "khong", "n", "no", "false", "0"}


class EndOfInput(Exception):
    """Input ended before every question was answered."""


@dataclass
class Prompter:
    ask: Ask
    say: Say
    schemas: SchemaSet
    derived: Collection[Path] = ()
    lang: str = "vi"
    offers: Offers | None = None
    infer: Infer | None = None
    optional: Collection[Path] = ()  # list indexes written as 0
    _root: dict = field(default_factory=dict, init=False, repr=False)

    def text(self, code: str, **params: object) -> str:
        return render(code, self.lang, params)

    def fill(self, data: dict, form: FormField) -> None:
        """Ask for every required field of ``form`` missing from ``data`` (in place)."""
        self._root = data
        try:
            self._object(data, form)
        except EndOfInput:
            self.say(self.text("CLI-PROMPT-END"))

    def _object(self, data: dict, node: FormField) -> None:
        for child in node.children:
            asked = child.required or _generic(child.path) in self.optional
            if child.path in self.derived or not asked:
                continue
            if child.kind == "object":
                self._object(data.setdefault(child.name, {}), child)
            elif child.kind == "array":
                if not data.get(child.name):
                    data[child.name] = self._array(child)
            elif data.get(child.name) is None:
                value = self._inferred(child) if self.infer else None
                if value is None:
                    value = self._scalar(child, child.path, optional=not child.required)
                if value is not None:
                    data[child.name] = value
        self._conditional(data, node)

    def _inferred(self, node: FormField) -> object:
        assert self.infer is not None
        value = self.infer(node.path, self._root)
        if value is not None:
            self.say(
                self.text("CLI-PROMPT-INFERRED", field=self._name(node, node.path), value=value)
            )
        return value

    def _conditional(self, data: dict, node: FormField) -> None:
        """``if``/``then``/``else`` in the schema: ask for what the branch that applies requires."""
        condition = node.schema.get("if")
        if not isinstance(condition, dict):
            return
        matches = Draft202012Validator(condition, registry=self.schemas.registry).is_valid(data)
        branch = node.schema.get("then" if matches else "else") or {}
        for name in branch.get("required", []):
            child = next((c for c in node.children if c.name == name), None)
            if child is not None and child.kind == "scalar" and data.get(name) is None:
                value = self._scalar(child, child.path)
                if value is not None:
                    data[name] = value

    def _array(self, node: FormField) -> list:
        item = node.item
        assert item is not None
        if item.kind == "scalar":
            value = self._scalar(item, node.path, many=True)
            return value if isinstance(value, list) else []
        items: list[dict] = []
        while True:
            title = self._name(node, node.path)
            self.say(self.text("CLI-PROMPT-LINE", title=title, number=len(items) + 1))
            entry: dict = {}
            self._object_item(entry, item, len(items))
            items.append(entry)
            if len(items) >= max(node.min_items, 1) and not self._more():
                return items

    def _object_item(self, entry: dict, item: FormField, index: int) -> None:
        shifted = FormField(
            item.name,
            item.path,
            item.title,
            item.description,
            True,
            "object",
            item.types,
            schema=item.schema,
        )
        shifted.children = [_at_index(c, index) for c in item.children]
        self._object(entry, shifted)

    def _more(self) -> bool:
        """Another line? Only a yes or a no is an answer: "4500000" (an amount typed one
        question too early) is asked again, not read as "no"."""
        for _ in range(TRIES):
            answer = self.ask(self.text("CLI-PROMPT-MORE"))
            if answer is None:
                raise EndOfInput
            if not answer.strip() or fold(answer) in _NO:
                return False
            if fold(answer) in _YES:
                return True
            self.say(self.text("CLI-PROMPT-WRONG", problem=self.text("CLI-PROMPT-YES-NO")))
        return False

    def _scalar(
        self, node: FormField, path: tuple, *, many: bool = False, optional: bool = False
    ) -> object:
        offered = self.offers(_generic(path), self._root) if self.offers else None
        if offered:
            node = replace(node, choices=offered)
        question = self._question(node, path, many, optional, offered=bool(offered))
        for _ in range(TRIES):
            answer = self.ask(question)
            if answer is None:
                raise EndOfInput
            if optional and not answer.strip():
                return None
            value, problem = self._parse(node, answer.strip(), many)
            if problem is None:
                return value
            self.say(self.text("CLI-PROMPT-WRONG", problem=problem))
        return None

    def _name(self, node: FormField, path: tuple) -> str:
        """A field as a question names it: its Vietnamese title and path, or its path in English."""
        if self.lang == "en":
            return field_name(path)
        return f"{node.title or node.name} ({field_name(path)})"

    def _question(
        self, node: FormField, path: tuple, many: bool, optional: bool, *, offered: bool
    ) -> str:
        lines = [self._name(node, path)]
        if node.description and self.lang == "vi" and not offered:
            lines[0] += f" — {node.description}"
        if optional:
            lines[0] += self.text("CLI-PROMPT-OPTIONAL")
        if node.choices:
            labels = node.choices if self.lang == "vi" or offered else self._english(node)
            lines += [
                f"  {i}. {value} = {label}" if label and label != value else f"  {i}. {value}"
                for i, (value, label) in enumerate(labels, start=1)
            ]
            lines.append(self.text("CLI-PROMPT-CHOOSE-MANY" if many else "CLI-PROMPT-CHOOSE"))
        elif "boolean" in node.types:
            lines.append(self.text("CLI-PROMPT-BOOLEAN"))
        elif node.is_date:
            lines.append(self.text("CLI-PROMPT-DATE"))
        else:
            lines.append("> ")
        return "\n".join(lines)

    def _english(self, node: FormField) -> list[tuple[str, str]]:
        """Choices with the schema's English labels, or only their values when it has none."""
        english = enum_labels(node.schema, "en") if "x-enumDescriptions-en" in node.schema else {}
        return [(value, english.get(value, "")) for value, _ in node.choices]

    def _parse(self, node: FormField, answer: str, many: bool) -> tuple[object, str | None]:
        if many:
            values = []
            for part in filter(None, (p.strip() for p in answer.split(","))):
                value, problem = self._parse(node, part, False)
                if problem is not None:
                    return None, problem
                values.append(value)
            return (values, None) if values else (None, self.text("CLI-PROMPT-AT-LEAST-ONE"))
        if node.choices:
            value = _choice(node, answer)
            return (value, None) if value is not None else (None, self.text("CLI-PROMPT-PICK"))
        if "boolean" in node.types:
            if not answer or fold(answer) in _NO:
                return False, None
            if fold(answer) in _YES:
                return True, None
            return None, self.text("CLI-PROMPT-YES-NO")
        if not answer:
            return None, self.text("CLI-PROMPT-REQUIRED")
        value: object = answer
        if node.is_date:
            try:
                value = parse_date(answer).isoformat()
            except DateProblem:
                return None, self.text("CLI-PROMPT-BAD-DATE")
        elif "integer" in node.types:
            if not answer.isdigit():
                return None, self.text("CLI-PROMPT-INTEGER")
            value = int(answer)
        validator = Draft202012Validator(
            node.schema, registry=self.schemas.registry, format_checker=FormatChecker()
        )
        if not validator.is_valid(value):
            described = node.description if self.lang == "vi" else ""
            return None, (described or self.text("CLI-PROMPT-INVALID"))
        return value, None


def _choice(node: FormField, answer: str) -> object:
    if answer.isdigit() and 1 <= int(answer) <= len(node.choices):
        return node.choices[int(answer) - 1][0]
    for value, label in node.choices:
        if answer == value or fold(answer) in (fold(value), fold(label)):
            return value
    return None


def _generic(path: tuple) -> Path:
    """``("items", 2, "serial")`` → ``("items", 0, "serial")``: a field whatever its line."""
    return tuple(0 if isinstance(part, int) else part for part in path)


def _at_index(node: FormField, index: int) -> FormField:
    """A copy of an item's field with the list index of the item being asked for."""
    return replace(node, path=tuple(index if isinstance(p, int) else p for p in node.path))
