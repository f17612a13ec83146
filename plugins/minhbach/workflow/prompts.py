"""Asking for the required fields ``--set`` did not give, in Vietnamese, one question at a time.

The questions come from the schema (``form``): title, field name, choices with their labels.
Input and output are injected (``ask`` returns None at the end of input), so tests drive the
questions with scripted stdin and the CLI stays the only place that touches the terminal. Each
answer is checked against its field's schema at once and asked again (up to three times) when
wrong; what is still missing at the end of input is left for the validator to report.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

from jsonschema import Draft202012Validator, FormatChecker

from minhbach.records.schemas import SchemaSet
from minhbach.records.yaml_strict import field_name
from minhbach.text.fold import fold
from minhbach.workflow.dates import DateProblem, parse_date
from minhbach.workflow.form import FormField

Ask = Callable[[str], str | None]
Say = Callable[[str], None]
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
    derived: Collection[tuple[str | int, ...]] = ()

    def fill(self, data: dict, form: FormField) -> None:
        """Ask for every required field of ``form`` missing from ``data`` (in place)."""
        try:
            self._object(data, form)
        except EndOfInput:
            self.say("(hết dữ liệu nhập: các trường còn thiếu sẽ được báo lỗi)")

    def _object(self, data: dict, node: FormField) -> None:
        for child in node.children:
            if child.path in self.derived or not child.required:
                continue
            if child.kind == "object":
                self._object(data.setdefault(child.name, {}), child)
            elif child.kind == "array":
                if not data.get(child.name):
                    data[child.name] = self._array(child)
            elif data.get(child.name) is None:
                value = self._scalar(child, child.path)
                if value is not None:
                    data[child.name] = value
        self._conditional(data, node)

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
            self.say(f"{node.title} — dòng {len(items) + 1}:")
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
        answer = self.ask("Thêm một dòng nữa? (có/không) [không]: ")
        if answer is None:
            raise EndOfInput
        return fold(answer) in _YES

    def _scalar(self, node: FormField, path: tuple, *, many: bool = False) -> object:
        question = self._question(node, path, many)
        for _ in range(TRIES):
            answer = self.ask(question)
            if answer is None:
                raise EndOfInput
            value, problem = self._parse(node, answer.strip(), many)
            if problem is None:
                return value
            self.say(f"  Chưa đúng: {problem} Nhập lại.")
        return None

    def _question(self, node: FormField, path: tuple, many: bool) -> str:
        lines = [f"{node.title or node.name} ({field_name(path)})"]
        if node.description:
            lines[0] += f" — {node.description}"
        if node.choices:
            lines += [
                f"  {i}. {value} = {label}"
                for i, (value, label) in enumerate(node.choices, start=1)
            ]
            lines.append(
                "Chọn số hoặc mã"
                + (", nhiều lựa chọn cách nhau bằng dấu phẩy" if many else "")
                + ": "
            )
        elif "boolean" in node.types:
            lines.append("(có/không) [không]: ")
        elif node.is_date:
            lines.append("(ngày/tháng/năm, ví dụ 05/10/2021): ")
        else:
            lines.append("> ")
        return "\n".join(lines)

    def _parse(self, node: FormField, answer: str, many: bool) -> tuple[object, str | None]:
        if many:
            values = []
            for part in filter(None, (p.strip() for p in answer.split(","))):
                value, problem = self._parse(node, part, False)
                if problem is not None:
                    return None, problem
                values.append(value)
            return (values, None) if values else (None, "cần ít nhất một lựa chọn.")
        if node.choices:
            return _choice(node, answer)
        if "boolean" in node.types:
            if not answer or fold(answer) in _NO:
                return False, None
            if fold(answer) in _YES:
                return True, None
            return None, "trả lời có hoặc không."
        if not answer:
            return None, "trường này bắt buộc."
        value: object = answer
        if node.is_date:
            try:
                value = parse_date(answer).isoformat()
            except DateProblem:
                return None, "viết ngày/tháng/năm, ví dụ 05/10/2021."
        elif "integer" in node.types:
            if not answer.isdigit():
                return None, "nhập một số nguyên, không dấu chấm."
            value = int(answer)
        validator = Draft202012Validator(
            node.schema, registry=self.schemas.registry, format_checker=FormatChecker()
        )
        if not validator.is_valid(value):
            return None, (node.description or "giá trị không hợp lệ.")
        return value, None


def _choice(node: FormField, answer: str) -> tuple[object, str | None]:
    if answer.isdigit() and 1 <= int(answer) <= len(node.choices):
        return node.choices[int(answer) - 1][0], None
    for value, label in node.choices:
        if answer == value or fold(answer) in (fold(value), fold(label)):
            return value, None
    return None, "chọn một số trong danh sách."


def _at_index(node: FormField, index: int) -> FormField:
    """A copy of an item's field with the list index of the item being asked for."""
    return replace(node, path=tuple(index if isinstance(p, int) else p for p in node.path))
