"""``--set FIELD=VALUE``: dotted paths with list indexes (``items[0].kind``) and typed values.

A value is typed the way the loader types a plain YAML value (the schema decides): an integer
where the schema wants one, ``true``/``false`` where it wants a boolean, text otherwise. A date
may be typed as 03/05/2012 and is stored as 2012-05-03. A list of choices may be given in one go,
comma-separated (``categories=mo-coi-cha,ho-ngheo``).
"""

from __future__ import annotations

import re

from minhbach.records.yaml_strict import ScalarRejected
from minhbach.workflow.dates import DateProblem, parse_date
from minhbach.workflow.form import FormField, find

_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)")


class FieldError(ValueError):
    """A ``--set`` that names no field of the type, or a value of the wrong kind (bad usage).

    The message is Vietnamese; ``english`` says the same for ``--lang en``.
    """

    def __init__(self, message: str, english: str) -> None:
        super().__init__(message)
        self.english = english


def parse_path(text: str) -> tuple[str | int, ...]:
    """``items[0].kind`` → ``("items", 0, "kind")``."""
    path: list[str | int] = []
    for piece in text.split("."):
        match = _PART.fullmatch(piece)
        if match is None:
            raise FieldError(
                f"Tên trường `{text}` không đúng dạng (ví dụ: student.full_name, items[0].kind).",
                f"`{text}` is not a field name (e.g. student.full_name, items[0].kind).",
            )
        path.append(match[1])
        path.extend(int(i) for i in re.findall(r"\d+", match[2]))
    return tuple(path)


def typed(node: FormField, text: str) -> object:
    """The value of ``text`` at ``node``, typed by the schema."""
    from minhbach.records.shapes import Shape

    text = text.strip()
    if node.is_date and text:
        try:
            return parse_date(text).isoformat()
        except DateProblem:
            return text  # the validator explains what a date looks like
    try:
        value = Shape(types=set(node.types)).scalar(text, plain=True)
    except ScalarRejected:
        raise FieldError(
            f"`{_dotted(node.path)}` nhận true hoặc false, không nhận “{text}”.",
            f"`{_dotted(node.path)}` takes true or false, not “{text}”.",
        ) from None
    return text if value is None and "string" in node.types else value


def set_value(data: dict, form: FormField, path: tuple[str | int, ...], text: str) -> None:
    """Put the typed ``text`` at ``path`` into ``data``, creating objects and list items on the way."""
    node = find(form, path)
    if node is None:
        raise FieldError(
            f"Loại hồ sơ `{form.name}` không có trường `{_dotted(path)}`.",
            f"A `{form.name}` record has no field `{_dotted(path)}`.",
        )
    if node.kind == "object":
        example = f"{_dotted(path)}.{node.children[0].name}"
        raise FieldError(
            f"`{_dotted(path)}` là một nhóm trường; ghi từng trường con, ví dụ `{example}`.",
            f"`{_dotted(path)}` is a group of fields; set each one, e.g. `{example}`.",
        )
    if node.kind == "array":
        if node.item is None or node.item.kind != "scalar":
            first = node.item.children[0].name if node.item and node.item.children else "kind"
            example = f"{_dotted(path)}[0].{first}"
            raise FieldError(
                f"`{_dotted(path)}` là danh sách; ghi từng mục, ví dụ `{example}`.",
                f"`{_dotted(path)}` is a list; set each item, e.g. `{example}`.",
            )
        value: object = [typed(node.item, part) for part in text.split(",") if part.strip()]
    else:
        value = typed(node, text)
    container: object = data
    for index, part in enumerate(path[:-1]):
        following = path[index + 1]
        empty: object = [] if isinstance(following, int) else {}
        container = _child(container, part, empty)
    _assign(container, path[-1], value)


def _child(container: object, part: str | int, empty: object) -> object:
    if isinstance(part, int):
        assert isinstance(container, list)
        while len(container) <= part:
            container.append(type(empty)())
        return container[part]
    assert isinstance(container, dict)
    return container.setdefault(part, empty)


def _assign(container: object, part: str | int, value: object) -> None:
    if isinstance(part, int):
        assert isinstance(container, list)
        while len(container) <= part:
            container.append(None)
        container[part] = value
    else:
        assert isinstance(container, dict)
        container[part] = value


def _dotted(path: tuple[str | int, ...]) -> str:
    from minhbach.records.yaml_strict import field_name

    return field_name(path)
