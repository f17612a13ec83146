"""``minhbach validate``: every problem in the records, one line each."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from minhbach.checks.context import CheckContext
from minhbach.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    add_as_of_option,
    add_records_option,
    records_folder,
)
from minhbach.cli.progress import Progress
from minhbach.cli.reporters import write_json, write_summary, write_text
from minhbach.settings import load_settings
from minhbach.validation import validate_folder


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("validate", help="kiểm tra toàn bộ hồ sơ")
    add_records_option(parser)
    add_as_of_option(parser)
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.set_defaults(run=run)


def context_from(args: argparse.Namespace) -> CheckContext:
    settings = load_settings(getattr(args, "settings", None))
    return CheckContext(
        as_of=args.as_of or dt.date.today(), waiting_warning_days=settings.WAITING_WARNING_DAYS
    )


def run(args: argparse.Namespace) -> int:
    folder = records_folder(args.records)
    progress = Progress("Đã đọc" if args.lang == "vi" else "Read")
    result = validate_folder(
        folder, context_from(args), display_root=args.records, on_file=progress.step
    )
    progress.done()
    args.keep(result)
    if args.format == "json":
        write_json(result.findings, sys.stdout, args.lang)
    else:
        write_text(result.findings, sys.stdout, args.lang)
    write_summary(result.findings, result.files, sys.stderr, args.lang)
    return EXIT_OK if result.ok else EXIT_DATA
