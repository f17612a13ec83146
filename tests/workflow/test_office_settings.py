"""The office's answers to ``minhbach init``: checked, then written into a settings file whose
comments and other lines stay as they were."""

from __future__ import annotations

import pytest

from minhbach.workflow.office_settings import SettingProblem, check_answer, rewrite
from minhbach.workflow.settings_prompts import ask_settings

TEXT = '''"""Cài đặt."""

# Tên đầy đủ của Phòng.
OFFICE_NAME = "Phòng cũ"  # ghi chú cuối dòng
RECEPTION_BOARDS = [
    "Ban A",
    "Ban B",
]
AUTHOR = OFFICE_NAME
'''


def test_a_rewrite_keeps_everything_else() -> None:
    text = rewrite(
        TEXT,
        {
            "OFFICE_NAME": 'Phòng "Mới"',
            "RECEPTION_BOARDS": ["Ban tiếp nhận"],
            "SIGNER_NAME": "Nguyễn Thị Hoa",
        },
    )
    assert text.startswith(
        '"""Cài đặt."""\n\n# Tên đầy đủ của Phòng.\nOFFICE_NAME = "Phòng \\"Mới\\""\n'
    )
    assert 'RECEPTION_BOARDS = ["Ban tiếp nhận"]\nAUTHOR = OFFICE_NAME\n' in text
    assert text.endswith('\n# Họ tên người ký.\nSIGNER_NAME = "Nguyễn Thị Hoa"\n')
    namespace: dict = {}
    exec(compile(text, "pelicanconf.py", "exec"), namespace)
    assert namespace["AUTHOR"] == 'Phòng "Mới"'
    assert rewrite(text, {"OFFICE_NAME": 'Phòng "Mới"'}) == text  # idempotent


@pytest.mark.parametrize(
    ("name", "answer", "value"),
    [
        ("OFFICE_PHONE", " 028 3873  9999 ", "028 3873 9999"),
        ("SITEURL", "https://minhbach.pgdnhabe.edu.vn/", "https://minhbach.pgdnhabe.edu.vn"),
        ("SCHOOL_YEAR", "2025 – 2026", "2025-2026"),
        ("RECEPTION_BOARDS", "Ban A; ; Ban B ", ["Ban A", "Ban B"]),
        ("GITHUB_ORGANISATION", "pgd-nha-be", "pgd-nha-be"),
    ],
)
def test_answers_become_values(name: str, answer: str, value: object) -> None:
    assert check_answer(name, answer) == value


@pytest.mark.parametrize(
    ("name", "answer", "code"),
    [
        ("OFFICE_NAME", "  ", "INIT-EMPTY"),
        ("OFFICE_PHONE", "3873 9999", "INIT-PHONE"),
        ("SITEURL", "http://minhbach.pgdnhabe.edu.vn", "INIT-ADDRESS"),
        ("SITEURL", "https://localhost", "INIT-ADDRESS"),
        ("SITEURL", "https://minhbach.example.edu.vn", "INIT-ADDRESS-EXAMPLE"),
        ("SCHOOL_YEAR", "2025-2027", "INIT-SCHOOL-YEAR"),
        ("GITHUB_ORGANISATION", "pgd nhà bè", "INIT-ORGANISATION"),
        ("LOOKUP_SITE_KEY", "ngan", "INIT-KEY"),
    ],
)
def test_wrong_answers_say_why(name: str, answer: str, code: str) -> None:
    with pytest.raises(SettingProblem) as problem:
        check_answer(name, answer)
    assert problem.value.code == code


def test_questions_stop_at_the_end_of_input() -> None:
    answers = iter(["Phòng mới", "", "", "", "0283873999"])
    said: list[str] = []
    got = ask_settings(
        {
            "OFFICE_NAME": "Phòng cũ",
            "OFFICE_SHORT_NAME": "PGD",
            "OFFICE_HEADER_NAME": "Phòng",
            "OFFICE_ADDRESS": "Nhà Bè",
        },
        {"SIGNER_NAME": "Nguyễn Thị Hoa"},
        {"OFFICE_PHONE"},
        lambda question: next(answers, None),
        said.append,
    )
    assert got == {"OFFICE_NAME": "Phòng mới", "OFFICE_PHONE": "0283873999"}
    assert said == []  # every answer was right; the input ended at PARENT_BODY
