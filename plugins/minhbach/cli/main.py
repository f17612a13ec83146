"""``minhbach``: the entry point. Parses arguments, runs one command, maps outcomes to exit codes.

0 done · 1 the data is wrong (or would leak) · 2 bad usage · 3 the tool could not finish: the
machine said no (a full disk, a read-only or missing folder, a permission: one line naming the
path, the cause and what to do, see ``os_errors``) or a bug (the traceback goes to
.minhbach/last-error.log, the terminal gets one short line) · 130 stopped with Ctrl+C.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from minhbach import shortcuts
from minhbach.cli.argparse_text import parser_class, speaking
from minhbach.cli.common import EXIT_OK, EXIT_TOOL, EXIT_USAGE, UsageError
from minhbach.cli.os_errors import environment_code, explain
from minhbach.settings import SettingsError

ERROR_LOG = Path(".minhbach/last-error.log")
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl+C
# Where a command writes, for an error that names no file (a write that fails half-way).
_WRITES_TO = ("out", "template", "reports", "output")


def build_parser(lang: str = "vi") -> argparse.ArgumentParser:
    """Every command's options. The commands are imported here, not when this module is: that
    takes most of a second, and a Ctrl+C meanwhile must still end with "Đã dừng." (``main``)."""
    from minhbach.cli import (
        approve,
        balance,
        build,
        demo,
        diff,
        forget,
        history,
        import_,
        init,
        new,
        report,
        validate,
    )

    parser = parser_class(lang)(prog="minhbach", description="Minh Bạch: hồ sơ và trang công khai")
    parser.add_argument(
        "--lang", choices=["vi", "en"], default="vi", help="ngôn ngữ thông báo (mặc định: vi)"
    )
    subparsers = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND" if lang == "en" else "LỆNH"
    )
    commands = (validate, build, demo, balance, report, new, import_, diff, history, forget)
    # An office's own programme (issue 16): start from the demo, decide in batches.
    commands += (init, approve)
    for command in commands:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, *, keep: Callable[[object], None] | None = None) -> int:
    """Run one command; its exit code. ``keep`` receives what the command read (see ``console``)."""
    words = sys.argv[1:] if argv is None else list(argv)
    try:
        lang = _language(words)
        with speaking(lang):
            args = build_parser(lang).parse_args(words)
        args.keep = keep or (lambda _value: None)
        return _run(args)
    except KeyboardInterrupt:  # also while the commands are imported or the options parsed
        print("Stopped." if _language(words) == "en" else "Đã dừng.", file=sys.stderr)
        return EXIT_INTERRUPTED


def _language(words: list[str]) -> str:
    """The ``--lang`` asked for, read before (or without) parsing the options."""
    for index, word in enumerate(words):
        if word == "--lang" and index + 1 < len(words):
            return words[index + 1]
        if word.startswith("--lang="):
            return word.partition("=")[2]
    return "vi"


def _run(args: argparse.Namespace) -> int:
    try:
        return args.run(args)
    except UsageError as exc:
        print(f"minhbach: {exc.text(args.lang)}", file=sys.stderr)
        return EXIT_USAGE
    except SettingsError as exc:
        print(f"minhbach: {exc.text(args.lang)}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader (``| head``) went away: nothing left to say
        return EXIT_OK
    except OSError as error:
        if environment_code(error) is None:
            return _bug(args.lang)
        print(f"minhbach: {explain(error, args.lang, _writes_to(args))}", file=sys.stderr)
        return EXIT_TOOL
    except Exception:
        return _bug(args.lang)


def _writes_to(args: argparse.Namespace) -> str | None:
    return next((str(getattr(args, n)) for n in _WRITES_TO if getattr(args, n, None)), None)


def _bug(lang: str) -> int:
    """A fault of the program: the traceback to the log, one short line to the terminal."""
    try:
        ERROR_LOG.parent.mkdir(exist_ok=True)
        ERROR_LOG.write_text(traceback.format_exc(), encoding="utf-8")
        where = f"chi tiết ở {ERROR_LOG}" if lang == "vi" else f"details in {ERROR_LOG}"
    except OSError:  # the disk that failed the command may not take the log either
        where = "không ghi được tệp chi tiết" if lang == "vi" else "the details could not be saved"
    if lang == "vi":
        print(
            f"minhbach: lỗi của chương trình (không phải của dữ liệu); {where}. "
            "Báo cho nhóm phát triển kèm tệp này.",
            file=sys.stderr,
        )
    else:
        print(
            f"minhbach: a fault of the program (not of the data); {where}. "
            "Report it to the developers with that file.",
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
