"""``minhbach demo``: write a synthetic, obviously fictitious records tree."""

from __future__ import annotations

import argparse
from pathlib import Path

from minhbach.cli.common import EXIT_OK, UsageError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="tạo bộ dữ liệu minh họa")
    parser.add_argument("--out", required=True, help="thư mục ghi hồ sơ minh họa")
    parser.add_argument("--students", type=int, required=True, help="số học sinh được đề xuất")
    parser.add_argument(
        "--seed", type=int, default=1, help="hạt ngẫu nhiên (cùng hạt, cùng dữ liệu)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from minhbach.demo import DemoError, write_demo

    try:
        summary = write_demo(Path(args.out), students=args.students, seed=args.seed)
    except DemoError as exc:
        raise UsageError(str(exc), exc.english) from None
    if args.lang == "vi":
        print(f"Đã ghi {summary.files} tệp hồ sơ minh họa vào {args.out}.")
    else:
        print(f"Wrote {summary.files} demo record files into {args.out}.")
    return EXIT_OK
