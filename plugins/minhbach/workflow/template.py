"""``minhbach new TYPE --template``: an empty record with a Vietnamese comment above every field.

The first line tells editors with the YAML extension which schema to use, so the file
autocompletes even outside the records folders that .vscode/settings.json maps.
"""

from __future__ import annotations

from minhbach.records.schemas import SchemaSet
from minhbach.records.types import BY_NAME
from minhbach.workflow.form import FormField, build_form


def schema_comment(type_name: str) -> str:
    """``# yaml-language-server: $schema=…`` with the path from the record's folder to schema/."""
    depth = 3 if BY_NAME[type_name].per_school else 2  # records/<folder>[/<school>]/<id>.yaml
    return f"# yaml-language-server: $schema={'../' * depth}schema/{type_name}.json"


def annotated_template(type_name: str, schemas: SchemaSet | None = None) -> str:
    """The template text for ``type_name``."""
    form = build_form(schemas or SchemaSet.from_folder(), type_name)
    record_type = BY_NAME[type_name]
    lines = [
        schema_comment(type_name),
        f"# {form.title}: {form.description}",
        f"# Mẫu hồ sơ “{record_type.label_vi}”. Điền giá trị sau dấu hai chấm; xóa các dòng không dùng.",
        "# (bắt buộc) là trường phải có. Ngày viết YYYY-MM-DD. Dễ hơn: `minhbach new "
        f"{type_name}` hỏi từng trường và tự tạo mã.",
    ]
    for child in form.children:
        _field(child, lines, indent="")
    return "\n".join(lines) + "\n"


def _comment(node: FormField, indent: str) -> list[str]:
    text = node.title or node.name
    if node.description:
        text += f": {node.description}"
    if node.required:
        text = "(bắt buộc) " + text
    lines = [f"{indent}# {text}"]
    if node.choices:
        lines.append(
            f"{indent}#   chọn: " + "; ".join(f"{v} = {label}" for v, label in node.choices)
        )
    elif "boolean" in node.types:
        lines.append(f"{indent}#   true hoặc false")
    return lines


def _field(node: FormField, lines: list[str], indent: str) -> None:
    lines.extend(_comment(node, indent))
    if node.kind == "object":
        lines.append(f"{indent}{node.name}:")
        for child in node.children:
            _field(child, lines, indent + "  ")
    elif node.kind == "array" and node.item is not None:
        lines.append(f"{indent}{node.name}:")
        item = node.item
        if item.kind == "object":
            lines.extend(f"{indent}  # {line}" for line in [f"mỗi dòng một mục: {item.title}"])
            for position, child in enumerate(item.children):
                lines.extend(_comment(child, indent + "    "))
                prefix = "  - " if position == 0 else "    "
                if child.kind == "scalar":
                    lines.append(f"{indent}{prefix}{child.name}:")
                else:
                    lines.append(f"{indent}{prefix}{child.name}: []")
        else:
            lines.extend(_comment(item, indent + "  "))
            lines.append(f"{indent}  -")
    else:
        lines.append(f"{indent}{node.name}:")
