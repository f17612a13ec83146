"""Schema checks: jsonschema's errors for one record, turned into findings people can act on.

jsonschema says *what* failed (``error.validator``, ``error.absolute_path``); we add *where*
(the YAML line and column), *which field* in words (the schema's Vietnamese title) and *what to
do*. One finding per problem; a value the loader already rejected is not reported twice.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator

from jsonschema import Draft202012Validator, ValidationError

from minhbach.findings import Bilingual, Finding, finding
from minhbach.records.shapes import Shape
from minhbach.records.store import Record
from minhbach.records.types import BY_NAME
from minhbach.records.yaml_strict import field_name

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_TYPE_WORDS = {
    "string": ("một chuỗi chữ", "text"),
    "integer": (
        "một số nguyên (không dấu chấm, không số 0 ở đầu)",
        "a whole number (no dots, no leading zero)",
    ),
    "boolean": ("`true` hoặc `false`", "`true` or `false`"),
    "object": ("một nhóm trường `tên: giá trị`", "a mapping of `name: value` fields"),
    "array": (
        "một danh sách (mỗi dòng bắt đầu bằng `- `)",
        "a list (each line starting with `- `)",
    ),
    "number": ("một số", "a number"),
}


def schema_findings(
    record: Record, validator: Draft202012Validator, shape: Shape, skip_fields: Iterable[str] = ()
) -> list[Finding]:
    """Every schema problem of ``record``, one finding each, in file order."""
    skip = set(skip_fields)
    found: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for error in sorted(validator.iter_errors(record.data), key=_error_order):
        for item in _translate(record, error, shape):
            if item.field in skip:
                continue
            key = (item.field or "", _family(item.code))
            if key in seen:
                continue
            seen.add(key)
            found.append(item)
    return found


def _error_order(error: ValidationError) -> tuple:
    # Pattern before format, so that a wrongly written date gets the "write YYYY-MM-DD" message.
    rank = {"pattern": 0, "format": 1}.get(error.validator, 2)
    return (tuple(str(p) for p in error.absolute_path), rank)


def _family(code: str) -> str:
    return "form" if code in ("SCHEMA-PATTERN", "SCHEMA-DATE", "SCHEMA-TYPE") else code


def _shape_at(shape: Shape, path: Iterable[str | int]) -> Shape:
    for part in path:
        shape = shape.item() if isinstance(part, int) else shape.child(part)
    return shape


def _title(shape: Shape) -> Bilingual:
    return Bilingual(shape.title or "giá trị", shape.title or "value")


def _translate(record: Record, error: ValidationError, shape: Shape) -> Iterator[Finding]:
    path = tuple(error.absolute_path)
    here = _shape_at(shape, path)
    name = field_name(path)
    keyword = error.validator

    def make(code: str, at: tuple = path, field: str | None = name, **params: object) -> Finding:
        return finding(record.path, record.where(*at), code, field=field or None, **params)

    if keyword == "required":
        missing = error.message.split("'")[1]
        inside = Bilingual(f" trong `{name}`", f" in `{name}`") if name else ""
        yield make(
            "SCHEMA-REQUIRED",
            field=field_name(path + (missing,)),
            name=missing,
            title=_title(here.child(missing)),
            inside=inside,
        )
    elif keyword == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        for extra in (k for k in error.instance if k not in allowed):
            close = difflib.get_close_matches(extra, allowed, n=1, cutoff=0.6)
            hint = (
                Bilingual(f" Có phải ý bạn là `{close[0]}`?", f" Did you mean `{close[0]}`?")
                if close
                else ""
            )
            rtype = BY_NAME[record.type]
            yield make(
                "SCHEMA-UNKNOWN-FIELD",
                at=path + (extra,),
                field=field_name(path + (extra,)),
                type=Bilingual(rtype.label_vi, rtype.label_en),
                hint=hint,
            )
    elif keyword == "type":
        expected = (
            error.validator_value
            if isinstance(error.validator_value, str)
            else error.validator_value[0]
        )
        vi, en = _TYPE_WORDS.get(expected, (expected, expected))
        yield make(
            "SCHEMA-TYPE",
            title=_title(here),
            expected=Bilingual(vi, en),
            hint=_type_hint(error.instance),
        )
    elif keyword == "enum":
        choices = [
            f"`{value}` ({here.labels[value]})" if value in here.labels else f"`{value}`"
            for value in error.validator_value
        ]
        plain = [f"`{value}`" for value in error.validator_value]
        yield make(
            "SCHEMA-ENUM",
            title=_title(here),
            written=_short(error.instance),
            choices=Bilingual(", ".join(choices), ", ".join(plain)),
        )
    elif keyword == "const":
        yield make(
            "SCHEMA-ENUM",
            title=_title(here),
            written=_short(error.instance),
            choices=f"`{error.validator_value}`",
        )
    elif keyword == "pattern":
        rule = here.description or ""
        yield make("SCHEMA-PATTERN", title=_title(here), rule=Bilingual(rule, _english_rule(here)))
    elif keyword == "format":
        yield make("SCHEMA-DATE", title=_title(here), written=_as_ddmmyyyy(error.instance))
    elif keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bound = (
            Bilingual("không nhỏ hơn", "at least")
            if "minimum" in keyword.lower()
            else Bilingual("không lớn hơn", "at most")
        )
        yield make("SCHEMA-RANGE", title=_title(here), bound=bound, limit=error.validator_value)
    elif keyword in ("minLength", "maxLength"):
        if keyword == "minLength":
            problem = Bilingual(
                "đang để trống hoặc quá ngắn: điền giá trị", "is empty or too short: fill it in"
            )
        else:
            limit = error.validator_value
            problem = Bilingual(
                f"dài quá {limit} ký tự: rút gọn", f"is longer than {limit} characters: shorten it"
            )
        yield make("SCHEMA-LENGTH", title=_title(here), problem=problem)
    elif keyword == "minItems":
        yield make("SCHEMA-ITEMS", title=_title(here), limit=error.validator_value)
    elif keyword == "uniqueItems":
        yield make("SCHEMA-DUPLICATE-ITEM", title=_title(here))
    elif keyword == "not":
        rule = error.schema.get("x-message") or {}
        yield make(
            "SCHEMA-COMBINATION",
            rule=Bilingual(
                rule.get("vi", "các trường này không được dùng cùng nhau."),
                rule.get("en", "these fields cannot be used together."),
            ),
        )
    else:
        yield make("SCHEMA-OTHER", title=_title(here), keyword=keyword)


def _type_hint(instance: object) -> Bilingual | str:
    if instance is None:
        return Bilingual(
            " Trường đang để trống: điền giá trị hoặc xóa dòng.",
            " The field is empty: fill it in or remove the line.",
        )
    if isinstance(instance, str) and re.fullmatch(r"[0-9][0-9.,\s]*", instance):
        return Bilingual(
            " Viết liền các chữ số, ví dụ 1500000.", " Write the digits only, e.g. 1500000."
        )
    return ""


def _english_rule(shape: Shape) -> str:
    if shape.types == {"string"} and shape.title and "Ngày" in shape.title:
        return "Write the date as YYYY-MM-DD."
    return "See the field's description in the schema."


def _as_ddmmyyyy(value: object) -> str:
    if isinstance(value, str):
        match = _ISO_DATE.fullmatch(value)
        if match:
            year, month, day = match.groups()
            return f"{day}/{month}/{year}"
        return _short(value)
    return "?"


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "…"
