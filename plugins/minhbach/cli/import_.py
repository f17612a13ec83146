"""``minhbach import FILE``: a school's Excel or CSV list → nominations (with ``--school ID``), or a
ceremony list that ``minhbach report lists`` wrote and staff filled in → handovers.

Also ``minhbach import --template OUT.xlsx``: the spreadsheet to fill in. The report has one line
per row (created, skipped and why, or what is wrong and where); it never prints a name. A dry
run prints what would be written, with the ids the real run then uses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import sys
from pathlib import Path

from minhbach.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    UsageError,
    add_as_of_option,
    add_records_option,
    records_folder,
)
from minhbach.cli.reporters import printable
from minhbach.messages import render


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="nhập danh sách đề xuất (Excel, CSV) hoặc danh sách ký nhận đã điền",
        description="Nhập danh sách đề xuất của một trường (cần --school), hoặc danh sách ký nhận "
        "do `minhbach report lists` lập sau buổi trao (nhận ra tự động): mỗi dòng đã ký thành "
        "một hồ sơ bàn giao. Chỉ ghi khi mọi dòng đều hợp lệ; dòng trùng (học sinh đã đề xuất, "
        "đã có bàn giao) được bỏ qua và báo lại. Cột đồng ý: “Phụ huynh đồng ý” (cha mẹ, người "
        "giám hộ) và “Học sinh đồng ý” (em từ đủ 7 tuổi); chỉ một cột “Đồng ý” thì hiểu là cả hai.",
    )
    parser.add_argument("file", nargs="?", metavar="TỆP", help="tệp .xlsx hoặc .csv")
    parser.add_argument(
        "--school",
        metavar="MÃ-TRƯỜNG",
        help="mã trường đề xuất (tên tệp trong records/schools/); với danh sách ký nhận của "
        "Phòng: chỉ nhập trang của trường này",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="chỉ kiểm tra và báo cáo, không ghi tệp"
    )
    parser.add_argument(
        "--template", metavar="RA.xlsx", help="ghi tệp Excel mẫu để trường điền, rồi dừng"
    )
    add_records_option(parser)
    add_as_of_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from minhbach.workflow.ceremony import NotInList, import_ceremony, is_ceremony_list
    from minhbach.workflow.importer import UnknownSchool, import_file
    from minhbach.workflow.readers import UnreadableFile

    lang = args.lang
    if args.template:
        from minhbach.workflow.xlsx_template import write_template

        write_template(Path(args.template))
        print(render("CLI-IMPORT-TEMPLATE", lang, {"path": args.template}))
        return EXIT_OK
    if not args.file:
        raise UsageError(render("CLI-IMPORT-NEEDS-FILE", lang, {}))
    source = Path(args.file)
    if not source.is_file():
        raise UsageError(render("CLI-FILE-NOT-FOUND", lang, {"path": args.file}))
    folder = records_folder(args.records)
    options = {
        "today": args.as_of or dt.date.today(),
        "dry_run": args.dry_run,
        "display_root": args.records,
    }
    try:
        if is_ceremony_list(source):
            result = import_ceremony(source, folder, school=args.school, **options)
        elif not args.school:
            raise UsageError(
                render(
                    "CLI-IMPORT-NEEDS-SCHOOL", lang, {"path": args.file, "records": args.records}
                )
            )
        else:
            result = import_file(source, folder, args.school, **options)
    except UnknownSchool:
        raise UsageError(_unknown_school(args, folder)) from None
    except NotInList as exc:
        raise UsageError(
            render(
                "CLI-IMPORT-NOT-IN-LIST",
                lang,
                {"path": args.file, "school": exc.school, "schools": ", ".join(exc.schools)},
            )
        ) from None
    except UnreadableFile as exc:
        raise UsageError(exc.message(lang)) from None
    _report(result, args)
    return EXIT_OK if result.ok else EXIT_DATA


def _unknown_school(args: argparse.Namespace, folder: Path) -> str:
    known = sorted(p.stem for p in (folder / "schools").glob("*.yaml"))
    close = difflib.get_close_matches(args.school, known, n=1)
    hint = render("CLI-DID-YOU-MEAN", args.lang, {"close": close[0]}) if close else ""
    return render(
        "CLI-UNKNOWN-SCHOOL",
        args.lang,
        {"school": args.school, "records": args.records, "hint": hint},
    )


def _report(result, args: argparse.Namespace) -> None:
    lang = args.lang
    out, err = sys.stdout, sys.stderr

    def say(code: str, **params: object) -> str:
        return render(code, lang, params)

    for item in result.file_findings:
        out.write(
            f"{printable(item.path)}:{item.line}:{item.column}: error {item.code}: "
            f"{printable(item.message(lang))}\n"
        )
    will = "CLI-IMPORT-WILL-CREATE" if args.dry_run or not result.ok else "CLI-IMPORT-CREATED"
    for row in result.rows:
        where = (
            say("CLI-IMPORT-SHEET-ROW", sheet=row.sheet, row=row.row)
            if row.sheet and _sheets(result) > 1
            else say("CLI-IMPORT-ROW-NUMBER", row=row.row)
        )
        if row.status == "created" and row.summary:
            out.write(
                say(
                    "CLI-IMPORT-ROW-PLAN",
                    where=where,
                    verb=say(will),
                    path=row.path,
                    items=_items(row.summary["items"], lang),
                    on=f"{dt.date.fromisoformat(row.summary['on']):%d/%m/%Y}",
                    document=row.summary["document"],
                )
                + "\n"
            )
        elif row.status == "created":
            out.write(say("CLI-IMPORT-ROW", where=where, verb=say(will), path=row.path) + "\n")
        for item in row.findings:
            header = (
                result.headers[item.column - 1] if 0 < item.column <= len(result.headers) else ""
            )
            column = say("CLI-IMPORT-COLUMN", column=header) if header and item.field else ""
            if row.status == "skipped":
                kind, column = say("CLI-IMPORT-SKIPPED"), ""
            else:
                kind = say("CLI-IMPORT-ERROR" if item.severity == "error" else "CLI-IMPORT-WARNING")
            message = item.message(lang).removeprefix("bỏ qua: ").removeprefix("skipped: ")
            out.write(printable(f"{where}{column}: {kind} {item.code}: {message}") + "\n")
    _read_lines(result, args, say, err)
    for code, params in result.notes:
        err.write(printable(say(code, **params)) + "\n")
    counts = {
        "rows": len(result.rows),
        "created": result.count("created"),
        "skipped": result.count("skipped"),
        "errors": result.count("error"),
    }
    ceremony = result.kind == "handovers"
    err.write(
        say("CLI-IMPORT-TOTALS-CEREMONY" if ceremony else "CLI-IMPORT-TOTALS", **counts) + "\n"
    )
    if not result.ok:
        err.write(say("CLI-IMPORT-NOTHING-WRITTEN") + "\n")
    elif args.dry_run and result.count("created"):
        err.write(say("CLI-IMPORT-DRY-RUN") + "\n")
    elif result.written:
        written = "CLI-IMPORT-WRITTEN-CEREMONY" if ceremony else "CLI-IMPORT-WRITTEN"
        err.write(say(written, count=result.count("created")) + "\n")


def _read_lines(result, args: argparse.Namespace, say, err) -> None:
    if result.kind == "handovers":
        err.write(say("CLI-IMPORT-READ-CEREMONY", path=args.file) + "\n")
        return
    sheet = (
        say("CLI-IMPORT-READ-SHEET", sheet=result.sheet)
        if result.sheet and not result.encoding
        else ""
    )
    encoding = say("CLI-IMPORT-READ-ENCODING", encoding=result.encoding) if result.encoding else ""
    if result.header_row:
        err.write(
            say("CLI-IMPORT-READ", path=args.file, where=sheet + encoding, row=result.header_row)
            + "\n"
        )
    if result.unused_headers:
        headers = ", ".join(f"“{h}”" for h in result.unused_headers)
        err.write(printable(say("CLI-IMPORT-UNUSED", headers=headers)) + "\n")


def _sheets(result) -> int:
    return len({row.sheet for row in result.rows})


def _items(items: list[dict], lang: str) -> str:
    """A handover's items as the dry run shows them: "1 máy tính bảng (nguồn tn-…, sê-ri …)"."""
    from minhbach.workflow.stock import kind_label

    parts = []
    for item in items:
        detail = [render("CLI-IMPORT-ITEM-DETAIL", lang, {"source": item["source"]})]
        if "serial" in item:
            detail.append(render("CLI-IMPORT-ITEM-SERIAL", lang, {"serial": item["serial"]}))
        parts.append(
            render(
                "CLI-IMPORT-ITEM",
                lang,
                {
                    "count": item["quantity"],
                    "kind": kind_label(item["kind"]).pick(lang),
                    "detail": f" ({', '.join(detail)})",
                },
            )
        )
    return ", ".join(parts)
