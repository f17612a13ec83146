"""``minhbach build``: validate, build the public site, check for leaks, then swap it in."""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import json
import os
import signal
import sys
import tempfile
import threading
from pathlib import Path

from minhbach.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    EXIT_TOOL,
    EXIT_USAGE,
    UsageError,
    add_as_of_option,
    add_records_option,
    records_folder,
)
from minhbach.cli.holds import describe_hold
from minhbach.cli.previous import download_release, is_url
from minhbach.cli.progress import StageProgress
from minhbach.cli.reporters import write_summary, write_text
from minhbach.findings import Findings
from minhbach.messages import render

EXIT_TERMINATED = 128 + 15  # what shells report for a process ended by SIGTERM


class _Terminated(BaseException):
    """SIGTERM (a service manager, ``kill``, a CI job cancelled): the build's ``finally`` blocks
    still run, so the reports process is stopped and the staging area removed."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "build", help="kiểm tra hồ sơ rồi dựng trang công khai vào output/"
    )
    add_records_option(parser)
    add_as_of_option(parser)
    parser.add_argument(
        "--output", default="output", help="thư mục trang công khai (mặc định: output)"
    )
    parser.add_argument(
        "--reports", default="reports", help="thư mục báo cáo nội bộ (mặc định: reports)"
    )
    parser.add_argument(
        "--settings",
        default="pelicanconf.py",
        help="tệp cấu hình (mặc định: pelicanconf.py; khi đăng thật: publishconf.py)",
    )
    parser.add_argument(
        "--previous",
        default=None,
        help="bản đang công bố, để kiểm tra bản mới không làm lộ thông tin khi so với nó: thư mục chứa "
        "các tệp /du-lieu/, hoặc địa chỉ https:// của trang (tải về) "
        "(mặc định: dữ liệu mở của trang đang có trong --output)",
    )
    parser.add_argument(
        "--cache-dir",
        default=None,
        help="nơi ghi nhớ lần dựng trước để bỏ qua khi không có gì thay đổi "
        "(mặc định: .minhbach/build-cache; thư mục trống = dựng lại từ đầu)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from minhbach.placeholders import PlaceholderError, is_example_address

    if args.previous and is_url(args.previous) and is_example_address(args.previous, local=False):
        raise UsageError(
            _say(
                args.lang,
                f"--previous {args.previous}: đây là địa chỉ mẫu, không có trang nào ở đó. Ghi địa "
                f"chỉ thật của trang vào SITEURL trong {args.settings} (`minhbach init` hỏi và ghi giúp).",
                f"--previous {args.previous}: an example address, no site lives there. Write the "
                f"site's real address as SITEURL in {args.settings} (`minhbach init` asks for it).",
            )
        )
    try:
        return _run_signalled(args)
    except PlaceholderError as exc:
        raise UsageError(exc.message(args.lang)) from None


def _run_signalled(args: argparse.Namespace) -> int:
    """SIGTERM ends the build like Ctrl+C: cleanup runs, and the user reads why it stopped."""
    if threading.current_thread() is not threading.main_thread():  # signals reach that one only
        return _run_from(args)
    before = signal.signal(signal.SIGTERM, _terminate)
    try:
        return _run_from(args)
    except _Terminated:
        print(_say(args.lang, "Đã dừng.", "Stopped."), file=sys.stderr)
        return EXIT_TERMINATED
    finally:
        signal.signal(signal.SIGTERM, before)


def _terminate(_signal: int, _frame: object) -> None:
    raise _Terminated


def _run_from(args: argparse.Namespace) -> int:
    if args.previous and is_url(args.previous):
        with tempfile.TemporaryDirectory(prefix="minhbach-ban-truoc-") as folder:
            if not download_release(args.previous, Path(folder)):
                print(
                    _say(
                        args.lang,
                        f"{args.previous} chưa có bản công bố nào: bản này là bản đầu tiên.",
                        f"{args.previous} has no release yet: this is the first one.",
                    ),
                    file=sys.stderr,
                )
            return _run(args, Path(folder))
    return _run(args, Path(args.previous) if args.previous else None)


def _run(args: argparse.Namespace, previous: Path | None) -> int:
    # Imported here: Pelican is heavy, and `minhbach validate` should not wait for it to load.
    from minhbach.build import BuildOptions, build
    from minhbach.build.lock import BuildBusyError

    options = BuildOptions(
        records=records_folder(args.records),
        output=Path(args.output),
        settings_file=Path(args.settings),
        as_of=args.as_of or dt.date.today(),
        reports=Path(args.reports),
        display_root=args.records,
        previous=previous,
        **({"cache_dir": Path(args.cache_dir)} if args.cache_dir else {}),
    )
    try:
        outcome = build(options, StageProgress(_STAGES[args.lang]))
    except BuildBusyError as busy:
        pid = busy.pid if busy.pid is not None else "?"
        said = render("BUILD-BUSY", args.lang, {"pid": pid, "folder": args.output})
        print(f"minhbach: BUILD-BUSY: {said}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        said = render("BUILD-CANNOT-RENAME", args.lang, {"path": error.filename})
        print(f"minhbach: BUILD-CANNOT-RENAME: {said}", file=sys.stderr)
        return EXIT_TOOL
    args.keep(outcome)
    if outcome.recovered:
        said = render("BUILD-SWAP-RECOVERED", args.lang, {"folder": args.output})
        print(f"BUILD-SWAP-RECOVERED: {said}", file=sys.stderr)
    if os.environ.get("MINHBACH_TIMINGS"):  # make bench: seconds per stage
        print(json.dumps(outcome.timings), file=sys.stderr)
    if outcome.unchanged:
        print(
            _say(
                args.lang,
                f"Không có gì thay đổi từ lần dựng trước: {args.output}/ và {args.reports}/ giữ nguyên "
                "(chạy `minhbach validate` để xem lại các cảnh báo).",
                f"Nothing changed since the last build: {args.output}/ and {args.reports}/ are kept "
                "(run `minhbach validate` to see the warnings again).",
            ),
            file=sys.stderr,
        )
        return EXIT_OK
    findings = Findings(outcome.findings)
    write_text(findings, sys.stdout, args.lang)
    files = outcome.validation.files if outcome.validation else 0
    write_summary(findings, files, sys.stderr, args.lang)
    if outcome.tool_errors:
        print(
            _say(
                args.lang,
                "Pelican gặp lỗi; trang cũ được giữ nguyên.",
                "Pelican failed; the previous site was kept.",
            ),
            file=sys.stderr,
        )
        return EXIT_TOOL
    if not outcome.swapped:
        print(
            _say(
                args.lang,
                "Dữ liệu có lỗi; trang cũ được giữ nguyên.",
                "The data has errors; the previous site was kept.",
            ),
            file=sys.stderr,
        )
        return EXIT_DATA
    for hold in outcome.holds:
        print(describe_hold(hold, args.lang), file=sys.stderr)
    print(
        _say(
            args.lang,
            f"Đã dựng {outcome.pages} trang vào {args.output}/ trong {outcome.seconds:.1f} giây.",
            f"Built {outcome.pages} pages into {args.output}/ in {outcome.seconds:.1f} s.",
        ),
        file=sys.stderr,
    )
    return EXIT_OK


# What the progress line says during each stage of the build (BuildOutcome.timings names them).
_STAGES = {
    "vi": {
        "fingerprint": "Đang xem có gì thay đổi",
        "validate": "Đã đọc (tệp hồ sơ)",
        "previous release": "Đang đọc bản đã công bố trước",
        "public views": "Đang chuẩn bị dữ liệu công khai",
        "disclosure audit": "Đang kiểm tra công bố so với bản trước",
        "pelican": "Đã ghi (trang)",
        "lookup files": "Đã ghi (tệp tra cứu)",
        "reports (waiting)": "Đang chờ báo cáo nội bộ",
        "search index": "Đang lập chỉ mục tìm kiếm",
        "leak guard": "Kiểm tra rò rỉ (tệp)",
        "swap": "Đang thay trang cũ bằng trang mới",
        "remember": "Đang ghi nhớ lần dựng",
    },
    "en": {
        "fingerprint": "Looking for changes",
        "validate": "Read (record files)",
        "previous release": "Reading the previous release",
        "public views": "Preparing the public data",
        "disclosure audit": "Auditing the release against the previous one",
        "pelican": "Written (pages)",
        "lookup files": "Written (lookup files)",
        "reports (waiting)": "Waiting for the internal reports",
        "search index": "Building the search index",
        "leak guard": "Leak check (files)",
        "swap": "Replacing the old site with the new one",
        "remember": "Remembering this build",
    },
}


def _say(lang: str, vi: str, en: str) -> str:
    return vi if lang == "vi" else en
