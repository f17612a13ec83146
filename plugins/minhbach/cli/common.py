"""Options and helpers every command shares: --records, --lang, --as-of, exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from minhbach.cli.argparse_text import message

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_TOOL = 0, 1, 2, 3


class UsageError(Exception):
    """Bad usage: a missing folder, a wrong option value. Exit 2 with the message.

    The message is Vietnamese; ``english`` is what ``--lang en`` prints instead (a message
    already rendered in the user's language needs none).
    """

    def __init__(self, message: str, english: str | None = None) -> None:
        super().__init__(message)
        self.english = english

    def text(self, lang: str) -> str:
        return self.english if lang == "en" and self.english else str(self)


def add_records_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--records", default="records", metavar="THƯ-MỤC", help="thư mục hồ sơ (mặc định: records)"
    )


def add_as_of_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        type=parse_date,
        default=None,
        metavar="NGÀY",
        help="ngày dùng để xét 'không ở tương lai', tuổi và đồng ý (YYYY-MM-DD, mặc định: hôm nay)",
    )


# The days ``--as-of`` may name. A programme's records lie well inside; a day outside is a typo,
# and past 2107 a zip entry (every .docx and .xlsx) cannot even carry the date.
FIRST_DAY, LAST_DAY = dt.date(2000, 1, 1), dt.date(2100, 12, 31)


def parse_date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            message("invalid date: %(value)r (write YYYY-MM-DD)", value=text)
        ) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            message(
                "the day %(day)s is outside %(first)s–%(last)s; check the year (write YYYY-MM-DD)",
                day=f"{day:%d/%m/%Y}",
                first=f"{FIRST_DAY:%d/%m/%Y}",
                last=f"{LAST_DAY:%d/%m/%Y}",
            )
        )
    return day


def records_folder(value: str) -> Path:
    folder = Path(value)
    if not folder.is_dir():
        raise UsageError(
            f"Không tìm thấy thư mục hồ sơ `{value}`. Dùng --records để chỉ đúng thư mục.",
            f"Records folder `{value}` not found. Use --records to name the right folder.",
        )
    return folder
