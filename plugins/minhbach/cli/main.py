"""``minhbach``: the entry point. Parses arguments, runs one command, maps outcomes to exit codes.

0 done · 1 the data is wrong (or would leak) · 2 bad usage · 3 the tool itself failed (the
traceback goes to .minhbach/last-error.log, the terminal gets one short line).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from minhbach.cli import (
    balance,
    build,
    demo,
    diff,
    forget,
    history,
    import_,
    new,
    report,
    validate,
)
from minhbach.cli.common import EXIT_OK, EXIT_TOOL, EXIT_USAGE, UsageError
from minhbach.settings import SettingsError

COMMANDS = (validate, build, demo, balance, report, new, import_, diff, history, forget)
ERROR_LOG = Path(".minhbach/last-error.log")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minhbach", description="Minh Bạch: hồ sơ và trang công khai"
    )
    parser.add_argument(
        "--lang", choices=["vi", "en"], default="vi", help="ngôn ngữ thông báo (mặc định: vi)"
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, *, keep: Callable[[object], None] | None = None) -> int:
    """Run one command; its exit code. ``keep`` receives what the command read (see ``console``)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.keep = keep or (lambda _value: None)
    try:
        return args.run(args)
    except (UsageError, SettingsError) as exc:
        print(f"minhbach: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_TOOL
    except BrokenPipeError:  # the reader (``| head``) went away: nothing left to say
        return EXIT_OK
    except Exception:
        ERROR_LOG.parent.mkdir(exist_ok=True)
        ERROR_LOG.write_text(traceback.format_exc(), encoding="utf-8")
        print(
            f"minhbach: lỗi của chương trình (không phải của dữ liệu); chi tiết ở {ERROR_LOG}. "
            "Báo cho nhóm phát triển kèm tệp này.",
            file=sys.stderr,
        )
        return EXIT_TOOL


def console() -> NoReturn:
    """The installed ``minhbach`` command: ``main``, then an exit that frees nothing.

    A province's validated records are some fifteen million small objects; freeing them one by
    one took about a second after the work was done and printed. The command hands them to
    ``keep`` so that they are still alive here, and the process ends with ``os._exit`` once the
    output is flushed: the operating system takes the memory back at once.
    """
    kept: list[object] = []
    code = main(keep=kept.append)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away: nothing left to say
        pass
    os._exit(code)


if __name__ == "__main__":
    console()
