"""``minhbach diff BASE [HEAD]``: a readable summary of what a change does to the records."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from minhbach.cli.common import EXIT_OK, UsageError, add_as_of_option, add_records_option


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="tóm tắt thay đổi hồ sơ giữa hai phiên bản git",
        description="So sánh hồ sơ ở phiên bản BASE với HEAD (mặc định: thư mục làm việc): hồ sơ thêm, "
        "sửa, xóa; biến động số dư; lỗi và cảnh báo mới. Dữ liệu cá nhân được che trừ khi có --full.",
    )
    parser.add_argument(
        "base", metavar="BASE", help="phiên bản gốc (nhánh, thẻ hoặc mã commit), ví dụ origin/main"
    )
    parser.add_argument(
        "head", metavar="HEAD", nargs="?", help="phiên bản mới (mặc định: thư mục làm việc)"
    )
    parser.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    parser.add_argument(
        "--full", action="store_true", help="không che dữ liệu cá nhân (chỉ dùng trên máy mình)"
    )
    add_records_option(parser)
    add_as_of_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from minhbach.checks.context import CheckContext
    from minhbach.settings import load_settings
    from minhbach.workflow.diff import diff_revisions
    from minhbach.workflow.diff_render import RENDERERS
    from minhbach.workflow.gitrevs import GitError

    settings = load_settings(getattr(args, "settings", None))
    context = CheckContext(
        as_of=args.as_of or dt.date.today(), waiting_warning_days=settings.WAITING_WARNING_DAYS
    )
    try:
        result = diff_revisions(
            Path(args.records), args.base, args.head, context, display_root=args.records
        )
    except GitError as exc:
        raise UsageError(str(exc), exc.english) from None
    sys.stdout.write(RENDERERS[args.format](result, full=args.full, lang=args.lang))
    return EXIT_OK
