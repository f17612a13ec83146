"""``minhbach init``: turn the demo checkout into the office's own programme (``workflow.init``).

Settings come from ``--set NAME=VALUE`` and, at a terminal, from questions. Without a terminal
(a script, CI) nothing is asked: everything needed must be given, or the command names what is
missing and writes nothing. Records without ``demo: true`` stop it (exit 2): it never deletes
the office's data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from minhbach.cli.common import EXIT_OK, UsageError, add_records_option
from minhbach.messages import render

if TYPE_CHECKING:  # the workflow is imported when the command runs (``main``: start-up time)
    from minhbach.workflow.init import InitPlan


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init",
        help="bắt đầu chương trình của Phòng: xoá bản minh họa, ghi cài đặt của Phòng",
        description="Biến bản minh họa thành chương trình của Phòng: xoá hồ sơ, tin và báo cáo "
        "minh họa; ghi cài đặt của Phòng vào pelicanconf.py và publishconf.py (hỏi từng câu, hoặc "
        "--set); tạo khoá tra cứu mới; viết lại .github/CODEOWNERS; tạo các thư mục hồ sơ trống. "
        "Không làm gì khi đã có hồ sơ thật.",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="TÊN=GIÁ-TRỊ",
        dest="values",
        help="một cài đặt, ví dụ --set SITEURL=https://minhbach.pgdnhabe.edu.vn "
        "--set SIGNER_NAME='Nguyễn Văn An' (danh sách: cách nhau bằng dấu ;)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="chỉ cho biết sẽ làm gì, không ghi, không xoá"
    )
    add_records_option(parser)
    parser.add_argument(
        "--reports", default="reports", help="thư mục báo cáo nội bộ (mặc định: reports)"
    )
    parser.add_argument(
        "--output", default="output", help="thư mục trang công khai (mặc định: output)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from minhbach.workflow import init
    from minhbach.workflow.settings_prompts import ask_settings

    lang = args.lang
    checkout = init.Checkout(Path.cwd(), Path(args.records), Path(args.reports), Path(args.output))
    missing = [
        name
        for name, path in (
            ("pelicanconf.py", checkout.settings_file),
            ("publishconf.py", checkout.publish_file),
        )
        if not path.is_file()
    ]
    if missing:
        raise UsageError(render("INIT-NOT-A-CHECKOUT", lang, {"missing": ", ".join(missing)}))
    state = init.read_records_state(checkout.records)
    if state.real:
        examples = ", ".join(state.real[:3]) + (", …" if len(state.real) > 3 else "")
        params = {"records": args.records, "count": len(state.real), "examples": examples}
        raise UsageError(render("INIT-REAL-RECORDS", lang, params))
    given = _given(args.values, lang)
    if sys.stdin.isatty():
        _say(render("INIT-INTRO", lang, {}))
        current = init.current_values(checkout)
        placeholders = init.placeholder_settings(checkout)
        given |= ask_settings(current, given, placeholders, _ask, _say, lang)
    still = [name for name in init.needed(checkout) if name not in given]
    if still:
        raise UsageError(render("INIT-MISSING", lang, {"lines": _missing_lines(still, lang)}))
    plan = init.plan_init(checkout, given, state)
    _describe(plan, lang)
    if args.dry_run:
        _say(render("INIT-DRY-RUN", lang, {}))
        return EXIT_OK
    init.apply_init(plan, checkout.records)
    _say(render("INIT-DONE", lang, {}))
    return EXIT_OK


def _given(assignments: list[str], lang: str) -> dict[str, object]:
    """The ``--set`` values, each checked as its question's answer would be."""
    from minhbach.workflow.office_settings import BY_SETTING, SettingProblem

    given: dict[str, object] = {}
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        name = name.strip().upper()
        if not sep or not name:
            raise UsageError(render("INIT-SET-FORM", lang, {"written": assignment}))
        if name not in BY_SETTING:
            known = ", ".join(BY_SETTING)
            raise UsageError(render("INIT-SET-UNKNOWN", lang, {"name": name, "known": known}))
        try:
            given[name] = BY_SETTING[name].check(value)
        except SettingProblem as problem:
            why = render(problem.code, lang, problem.params)
            raise UsageError(render("INIT-SET-WRONG", lang, {"name": name, "why": why})) from None
    return given


def _missing_lines(names: list[str], lang: str) -> str:
    from minhbach.workflow.office_settings import BY_SETTING

    return "\n".join(
        render("INIT-MISSING-LINE", lang, {"name": n, "question": BY_SETTING[n].question})
        for n in names
    )


def _describe(plan: InitPlan, lang: str) -> None:
    """What init is about to do (or would do), then every setting that changes."""
    if plan.demo_records or plan.demo_content:
        params = {"records": len(plan.demo_records), "content": len(plan.demo_content)}
        _say(render("INIT-WILL-REMOVE", lang, params))
    if plan.folders_removed:
        folders = ", ".join(f"{_shown(folder)}/" for folder in plan.folders_removed)
        _say(render("INIT-WILL-REMOVE-FOLDERS", lang, {"folders": folders}))
    if not (plan.demo_records or plan.demo_content or plan.folders_removed):
        _say(render("INIT-NOTHING-TO-REMOVE", lang, {}))
    written = sorted({_shown(path) for path in plan.writes if path.name != ".gitkeep"})
    if written:
        _say(render("INIT-WILL-WRITE", lang, {"files": ", ".join(written)}))
    for name in plan.changed:
        if name == "LOOKUP_SITE_KEY":
            if plan.key_made:
                _say(render("INIT-KEY-MADE", lang, {}))
            continue
        value = plan.values[name]
        shown = "; ".join(value) if isinstance(value, list) else value
        _say(render("INIT-SETTING", lang, {"name": name, "value": shown}))


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _ask(question: str) -> str | None:
    sys.stderr.write(question)
    sys.stderr.flush()
    line = sys.stdin.readline()
    return None if line == "" else line.rstrip("\n")


def _say(text: str) -> None:
    print(text, file=sys.stderr)
