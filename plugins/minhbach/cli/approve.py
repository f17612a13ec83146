"""``minhbach approve``: record one decision of the office on many nominations (``workflow.approval``).

Which nominations: every proposed one of ``--school``, the ids named, or the rows of a list
(``--list``: the school's own list, or the office's with ids). One change, the size of one
commit: every file or none. The summary names students by initials only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from minhbach.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    UsageError,
    add_as_of_option,
    add_records_option,
    records_folder,
)
from minhbach.cli.reporters import printable, write_text
from minhbach.findings import Findings
from minhbach.messages import render

if TYPE_CHECKING:  # the workflow is imported when the command runs (``main``: start-up time)
    from minhbach.workflow.approval import Decision, Selection

COMMAND_LINE = "minhbach approve"  # where an id named on the command line was named


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "approve",
        help="ghi một quyết định duyệt (hoặc không duyệt) cho nhiều đề xuất một lần",
        description="Ghi quyết định của Phòng vào các đề xuất: mọi đề xuất đang chờ của một trường "
        "(--school), các mã đề xuất ghi sau lệnh, hoặc các dòng của một danh sách (--list). Ghi tất "
        "cả hoặc không ghi gì; kiểm tra như `minhbach validate` trước khi ghi.",
    )
    parser.add_argument("ids", nargs="*", metavar="MÃ", help="mã đề xuất, ví dụ dx-7k3q9x2m")
    parser.add_argument("--school", metavar="MÃ-TRƯỜNG", help="mọi đề xuất đang chờ của trường này")
    parser.add_argument(
        "--list",
        metavar="TỆP",
        dest="list_file",
        help="danh sách .xlsx/.csv: danh sách trường gửi, hoặc danh sách của Phòng có cột mã đề xuất",
    )
    parser.add_argument(
        "--decision", required=True, metavar="SỐ", help="số quyết định, ví dụ 112/QĐ-GDĐT"
    )
    parser.add_argument(
        "--date", required=True, metavar="NGÀY", help="ngày quyết định: 05/03/2022 hoặc 2022-03-05"
    )
    parser.add_argument(
        "--by", required=True, metavar="NGƯỜI-KÝ", help="người ký, ví dụ 'Lê Văn A, Trưởng phòng'"
    )
    parser.add_argument(
        "--reject", action="store_true", help="không duyệt (cần --reason) thay vì duyệt"
    )
    parser.add_argument("--reason", metavar="LÝ-DO", help="lý do không duyệt (riêng tư)")
    parser.add_argument(
        "--dry-run", action="store_true", help="chỉ cho biết sẽ ghi gì, không ghi tệp"
    )
    add_records_option(parser)
    add_as_of_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from minhbach.checks.context import CheckContext
    from minhbach.records.schemas import SchemaSet
    from minhbach.records.store import load_records
    from minhbach.workflow import approval

    lang = args.lang
    decision = _decision(args)
    folder = records_folder(args.records)
    if not (args.ids or args.list_file or args.school):
        raise UsageError(render("APPROVE-WHICH", lang, {}))
    schemas = SchemaSet.from_folder()
    loaded = load_records(folder, schemas, args.records)
    nominations = {r.id: r for r in loaded.records if r.type == "nomination"}
    if args.school:
        _check_school(args, folder, nominations.values())
    wanted, problems = _wanted(args, nominations, decision)
    selection = approval.select(nominations, wanted, decision, args.school)
    problems += selection.problems
    if problems:
        write_text(Findings(problems), sys.stdout, lang)
        _say(render("APPROVE-NOT-WRITTEN", lang, {"count": len(problems)}))
        return EXIT_DATA
    if not selection.targets:
        params = {"count": len(selection.unchanged), "document": decision.document}
        _say(render("APPROVE-NOTHING", lang, params))
        return EXIT_OK
    _summary(selection, decision, lang)
    context = CheckContext(as_of=args.as_of or dt.date.today())
    result = approval.record_decision(
        folder,
        loaded,
        selection.targets,
        decision,
        context,
        schemas=schemas,
        display_root=args.records,
        dry_run=args.dry_run,
    )
    # The errors when there are any (the warnings can wait until they are fixed), else the warnings.
    write_text(Findings(result.errors or result.findings), sys.stdout, lang)
    if result.errors:
        _say(render("APPROVE-NOT-WRITTEN", lang, {"count": len(result.errors)}))
        return EXIT_DATA
    if args.dry_run:
        _say(render("APPROVE-DRY-RUN", lang, {}))
    else:
        params = {
            "count": len(result.changes),
            "records": args.records,
            "decision": decision.document,
        }
        _say(render("APPROVE-WRITTEN", lang, params))
    return EXIT_OK


def _decision(args: argparse.Namespace) -> Decision:
    from minhbach.workflow.approval import APPROVED, REJECTED, Decision
    from minhbach.workflow.dates import DateProblem, parse_date

    if args.reject and not (args.reason or "").strip():
        raise UsageError(render("APPROVE-REASON-NEEDED", args.lang, {}))
    if args.reason and not args.reject:
        raise UsageError(render("APPROVE-REASON-ONLY-REJECT", args.lang, {}))
    try:
        day = parse_date(args.date.strip())
    except DateProblem:
        raise UsageError(render("APPROVE-DATE", args.lang, {"written": args.date})) from None
    return Decision(
        REJECTED if args.reject else APPROVED,
        " ".join(args.decision.split()),
        day.isoformat(),
        " ".join(args.by.split()),
        args.reason.strip() if args.reject else None,
    )


def _check_school(args: argparse.Namespace, folder: Path, nominations) -> None:
    known = {p.stem for p in (folder / "schools").glob("*.yaml")}
    known |= {n.data.get("school") for n in nominations}
    if args.school not in known:
        close = difflib.get_close_matches(args.school, sorted(known), n=1)
        hint = render("APPROVE-DID-YOU-MEAN", args.lang, {"school": close[0]}) if close else ""
        params = {"school": args.school, "records": args.records, "hint": hint}
        raise UsageError(render("APPROVE-UNKNOWN-SCHOOL", args.lang, params))


def _wanted(args: argparse.Namespace, nominations: dict, decision: Decision) -> tuple[list, list]:
    """The nominations asked for, each with where it was named (for messages), and the rows of
    a list that name nobody."""
    from minhbach.workflow.approval import proposed_of_school
    from minhbach.workflow.approval_rows import named_rows
    from minhbach.workflow.readers import TooLarge, UnreadableFile

    wanted = [(record_id, COMMAND_LINE, (1, 1)) for record_id in args.ids]
    problems: list = []
    if args.list_file:
        source = Path(args.list_file)
        if not source.is_file():
            raise UsageError(render("APPROVE-NO-LIST", args.lang, {"file": args.list_file}))
        pool = [
            n
            for n in nominations.values()
            if not args.school or n.data.get("school") == args.school
        ]
        try:
            named = named_rows(source, pool)
        except (UnreadableFile, TooLarge) as exc:
            raise UsageError(str(exc)) from None
        wanted += named.wanted
        problems += named.problems
    if args.school and not (args.ids or args.list_file):
        proposed = proposed_of_school(nominations.values(), args.school, decision)
        wanted += [(n.id, n.path, (1, 1)) for n in proposed]
    return wanted, problems


def _summary(selection: Selection, decision: Decision, lang: str) -> None:
    """One line per nomination (id, school, initials) on stdout; the counts on stderr."""
    from minhbach.public.masking import mask_name
    from minhbach.workflow.approval import APPROVED

    verb = render("APPROVE-VERB" if decision.status == APPROVED else "REJECT-VERB", lang, {})
    for record in selection.targets:
        name = (record.data.get("student") or {}).get("full_name")
        shown = mask_name(name) if isinstance(name, str) else "—"
        print(printable(f"{verb} {record.id} {record.data.get('school')} {shown}"))
    schools = Counter(r.data.get("school") for r in selection.targets)
    per_school = ", ".join(f"{school} {count}" for school, count in sorted(schools.items())) or "—"
    params = {
        "document": decision.document,
        "date": dt.date.fromisoformat(decision.date).strftime("%d/%m/%Y"),
        "by": decision.by,
        "verb": verb,
        "count": len(selection.targets),
        "schools": len(schools),
        "per_school": per_school,
        "unchanged": len(selection.unchanged),
    }
    _say(render("APPROVE-SUMMARY", lang, params))


def _say(text: str) -> None:
    print(printable(text), file=sys.stderr)
