"""``minhbach``: the entry point. Parses arguments, runs one command, maps outcomes to exit codes.

0 done · 1 the data is wrong (or would leak) · 2 bad usage · 3 the tool itself failed (the
traceback goes to .minhbach/last-error.log, the terminal gets one short line).
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from minhbach import shortcuts
from minhbach.cli import balance, build, demo, diff, history, import_, new, report, validate
from minhbach.cli.common import EXIT_OK, EXIT_TOOL, EXIT_USAGE, UsageError
from minhbach.settings import SettingsError

COMMANDS = (validate, build, demo, balance, report, new, import_, diff, history)
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

    A speed shortcut (``minhbach.shortcuts.end_process``, where its gain is measured): the
    commands hand what they read to ``keep``, and the process ends without freeing it.
    """
    shortcuts.end_process(lambda keep: main(keep=keep))


if __name__ == "__main__":
    console()
