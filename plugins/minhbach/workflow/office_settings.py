"""The settings an office gives ``minhbach init``: the questions, the checks, and the rewrite of a
settings file that keeps everything else of it (comments included).

A setting is rewritten where it is assigned (the line ``NAME = …``, found by Python's own parser,
however many lines its value spans); one that is not there yet is added at the end with its
Vietnamese comment. The new text is parsed again and each value read back before it may be
written: a file that would not say exactly what was asked is never written.
"""

from __future__ import annotations

import ast
import json
import re
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from minhbach.placeholders import is_example_address

PELICANCONF, PUBLISHCONF = "pelicanconf.py", "publishconf.py"


class SettingProblem(ValueError):
    """An answer that cannot be the setting's value; ``code`` names the message."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _text(value: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise SettingProblem("INIT-EMPTY")
    return text


def _list(value: str) -> list[str]:
    items = [" ".join(part.split()) for part in value.split(";")]
    items = [item for item in items if item]
    if not items:
        raise SettingProblem("INIT-EMPTY")
    return items


_PHONE = re.compile(r"(\+84|0)[1-9]([ .-]?[0-9]){8,9}")


def _phone(value: str) -> str:
    text = _text(value)
    if not _PHONE.fullmatch(text):
        raise SettingProblem("INIT-PHONE", written=text)
    return text


def _address(value: str) -> str:
    text = _text(value).rstrip("/")
    parts = urllib.parse.urlsplit(text)
    if parts.scheme != "https" or not parts.hostname or "." not in parts.hostname:
        raise SettingProblem("INIT-ADDRESS", written=text)
    if is_example_address(text):
        raise SettingProblem("INIT-ADDRESS-EXAMPLE", written=text)
    return text


def _school_year(value: str) -> str:
    text = _text(value).replace(" ", "").replace("–", "-")
    match = re.fullmatch(r"(\d{4})-(\d{4})", text)
    if not match or int(match[2]) != int(match[1]) + 1:
        raise SettingProblem("INIT-SCHOOL-YEAR", written=text)
    return text


def _organisation(value: str) -> str:
    text = _text(value)
    if not re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?", text):
        raise SettingProblem("INIT-ORGANISATION", written=text)
    return text


def _key(value: str) -> str:
    text = value.strip()
    if len(text) < 32 or any(c.isspace() for c in text):
        raise SettingProblem("INIT-KEY")
    return text


@dataclass(frozen=True)
class OfficeSetting:
    """One setting ``init`` asks for: its question and how an answer becomes its value."""

    name: str
    question: str  # Vietnamese, as asked
    comment: str  # Vietnamese, written above the line when the file does not have it yet
    check: Callable[[str], object] = _text
    file: str = PELICANCONF
    asked: bool = True  # False: given with --set only (the lookup key is generated)


OFFICE_SETTINGS: tuple[OfficeSetting, ...] = (
    OfficeSetting("OFFICE_NAME", "Tên đầy đủ của Phòng", "Tên đầy đủ của Phòng."),
    OfficeSetting("OFFICE_SHORT_NAME", "Tên ngắn của Phòng", "Tên ngắn, dùng trong câu."),
    OfficeSetting(
        "OFFICE_HEADER_NAME",
        "Tên cơ quan ở đầu văn bản (dưới cơ quan chủ quản)",
        "Dòng tên cơ quan ở góc trái đầu văn bản.",
    ),
    OfficeSetting("OFFICE_ADDRESS", "Địa chỉ của Phòng (công khai)", "Địa chỉ của Phòng."),
    OfficeSetting(
        "OFFICE_PHONE",
        "Số điện thoại chính thức của Phòng (công khai)",
        "Số điện thoại chính thức của Phòng.",
        _phone,
    ),
    OfficeSetting("PARENT_BODY", "Cơ quan chủ quản", "Cơ quan chủ quản."),
    OfficeSetting("REPORT_RECIPIENT", "Nơi nhận báo cáo", "Nơi nhận báo cáo."),
    OfficeSetting(
        "PLACE_NAME",
        "Địa danh ghi trước ngày tháng văn bản",
        "Địa danh ghi trước ngày tháng văn bản.",
    ),
    OfficeSetting("SIGNER_TITLE", "Chức danh người ký báo cáo", "Chức danh người ký."),
    OfficeSetting("SIGNER_NAME", "Họ tên người ký báo cáo", "Họ tên người ký."),
    OfficeSetting("PROGRAM_NAME", "Tên chương trình", "Tên chương trình."),
    OfficeSetting(
        "SCHOOL_YEAR", "Năm học (ví dụ 2025-2026)", "Năm học của chương trình.", _school_year
    ),
    OfficeSetting(
        "PLAN_REFERENCE",
        "Văn bản căn cứ (ví dụ Kế hoạch số 12/KH-GDĐT ngày 05/09/2025)",
        "Văn bản căn cứ của chương trình.",
    ),
    OfficeSetting(
        "REPORT_NUMBER_PREFIX",
        "Phần sau số của báo cáo (ví dụ BC-GDĐT)",
        "Phần sau số của báo cáo gửi UBND.",
    ),
    OfficeSetting(
        "RECEPTION_BOARDS",
        "Các ban tiếp nhận tài trợ (cách nhau bằng dấu ;)",
        "Các ban tiếp nhận tài trợ.",
        _list,
    ),
    OfficeSetting(
        "CONTACT_NOTE",
        "Lời hướng dẫn liên hệ in trên phiếu mã tra cứu",
        "Lời hướng dẫn liên hệ in trên phiếu mã tra cứu.",
    ),
    OfficeSetting("SITENAME", "Tên của trang công khai", "Tên của trang."),
    OfficeSetting(
        "SITEURL",
        "Địa chỉ thật của trang (bắt đầu bằng https://)",
        "Địa chỉ thật của trang; mã QR trên giấy tờ mang địa chỉ này.",
        _address,
        PUBLISHCONF,
    ),
    OfficeSetting(
        "GITHUB_ORGANISATION",
        "Tên tổ chức GitHub giữ kho (cho người duyệt pull request)",
        "Tổ chức GitHub giữ kho: người duyệt trong .github/CODEOWNERS là các nhóm của tổ chức này.",
        _organisation,
    ),
    OfficeSetting(
        "LOOKUP_SITE_KEY",
        "Khoá đặt tên tệp tra cứu",
        "Khoá bí mật đặt tên các tệp tra cứu trên trang; giữ nguyên suốt chương trình.",
        _key,
        asked=False,
    ),
)
BY_SETTING: dict[str, OfficeSetting] = {s.name: s for s in OFFICE_SETTINGS}


def check_answer(name: str, answer: str) -> object:
    """The value of setting ``name`` from what the office typed; raises ``SettingProblem``."""
    return BY_SETTING[name].check(answer)


def literal(value: object) -> str:
    """``value`` as Python source: strings in double quotes, Vietnamese kept as written."""
    return json.dumps(value, ensure_ascii=False)


def rewrite(text: str, values: Mapping[str, object]) -> str:
    """``text`` (a settings file) with each of ``values`` assigned, everything else kept.

    Raises ``ValueError`` if the result would not read back as those values (a file Python
    cannot parse, a name assigned in a way this does not rewrite).
    """
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    spans = _assignments(tree)
    added: list[str] = []
    for name, value in values.items():
        if name in spans:
            first, last = spans[name]
            lines[first:last] = [f"{name} = {literal(value)}\n"] + [""] * (last - first - 1)
        else:
            comment = BY_SETTING[name].comment if name in BY_SETTING else ""
            added += ([f"# {comment}\n"] if comment else []) + [f"{name} = {literal(value)}\n"]
    if added and lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    result = "".join(lines) + ("\n" + "".join(added) if added else "")
    _check_reads_back(result, values)
    return result


def _assignments(tree: ast.Module) -> dict[str, tuple[int, int]]:
    """The last top-level ``NAME = value`` of each name: (first line index, end line index)."""
    spans: dict[str, tuple[int, int]] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if isinstance(target, ast.Name):
                spans[target.id] = (statement.lineno - 1, statement.end_lineno or statement.lineno)
    return spans


def _check_reads_back(text: str, values: Mapping[str, object]) -> None:
    tree = ast.parse(text)
    found = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if isinstance(target, ast.Name) and target.id in values:
                try:
                    found[target.id] = ast.literal_eval(statement.value)
                except ValueError:
                    found[target.id] = None
    for name, value in values.items():
        if found.get(name) != value:
            raise ValueError(f"{name} would not read back as written")
