"""argparse's own words in the user's language: "Cách dùng:", "thiếu tham số bắt buộc"…

The commands' own help is written in Vietnamese; ``parser_class("en")`` shows it in English
(``messages/help.py``).

argparse writes its usage line, section titles and errors in English through gettext. The command
line is for Vietnamese office staff first, so ``speaking("vi")`` gives argparse the Vietnamese of
each of its messages for the time the options are parsed (``--lang en`` keeps argparse's English).
Our own option errors (a date that is not a date) are written the same way, an English message
with its Vietnamese here, so that they follow ``--lang`` too (``message``).

A message argparse adds in a later Python version and missing here stays English: the test
``tests/cli/test_argparse_text.py`` lists argparse's messages and fails on one without Vietnamese.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from minhbach.messages.help import HELP_EN
from minhbach.private_api import argparse_word, argparse_words, translating_formatter

VIETNAMESE: dict[str, str] = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi dừng",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu tham số: %s (xem --help)",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r (cần kiểu %(type)s)",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn không rõ: %(option)s có thể là %(matches)s"
    ),
    "not allowed with argument %s": "không dùng cùng với %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)"
    ),
    "show program's version number and exit": "in số phiên bản rồi dừng",
    # Ours, made the same way (see ``message``).
    "invalid date: %(value)r (write YYYY-MM-DD)": (
        "ngày không hợp lệ: %(value)r (viết YYYY-MM-DD)"
    ),
    "the day %(day)s is outside %(first)s–%(last)s; check the year (write YYYY-MM-DD)": (
        "ngày %(day)s nằm ngoài khoảng %(first)s–%(last)s; kiểm tra lại năm (viết YYYY-MM-DD)"
    ),
}
VIETNAMESE_PLURAL: dict[str, str] = {
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "conflicting option string: %s": "tùy chọn trùng: %s",
    "conflicting option strings: %s": "tùy chọn trùng: %s",
}


def _vietnamese(text: str) -> str:
    return VIETNAMESE.get(text, text)


def _vietnamese_plural(singular: str, plural: str, count: int) -> str:
    chosen = singular if count == 1 else plural
    return VIETNAMESE_PLURAL.get(chosen, chosen)


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """argparse (and ``message``) speak ``lang`` in the block: Vietnamese unless "en"."""
    if lang == "en":
        with argparse_words(lambda text: text, _english_plural):
            yield
        return
    with argparse_words(_vietnamese, _vietnamese_plural):
        yield


def _english_plural(singular: str, plural: str, count: int) -> str:
    return singular if count == 1 else plural


def message(english: str, **params: object) -> str:
    """One of our own option errors, in the language argparse speaks now (see ``speaking``)."""
    return argparse_word(english) % params


def parser_class(lang: str) -> type[argparse.ArgumentParser]:
    """An ``ArgumentParser`` whose help is in ``lang``; its subcommands' parsers are of it too
    (argparse makes them of the class of the parser they belong to)."""
    formatter = translating_formatter(_english_help if lang == "en" else _as_written)

    class Parser(argparse.ArgumentParser):
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs.setdefault("formatter_class", formatter)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    return Parser


def _english_help(text: str) -> str:
    return HELP_EN.get(text, text)


def _as_written(text: str) -> str:
    return text
