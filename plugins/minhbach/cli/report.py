"""``minhbach report ubnd|lists|receipts|slips|reconcile``: internal reports under reports/.

The records are validated first (the same checks as ``validate``): a report is not written from
wrong data (exit 1), except the reconciliation, whose job is to show what does not add up (it
always exits 0 once written).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from minhbach.checks.context import CheckContext
from minhbach.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    UsageError,
    add_as_of_option,
    add_records_option,
    records_folder,
)
from minhbach.messages import render
from minhbach.settings import DEFAULT_SETTINGS_FILE, Settings, load_settings
from minhbach.validation import validate_folder

KINDS = ("ubnd", "lists", "receipts", "slips", "reconcile")
# Printed for families, with a QR code to the public site: they read the published settings
# (its absolute address) and refuse the demo's placeholders once the records are real.
PRINTED = ("receipts", "slips")
PUBLISHED_SETTINGS = "publishconf.py"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="lập báo cáo nội bộ (UBND, danh sách, biên bản, phiếu mã, đối soát)"
    )
    kinds = parser.add_subparsers(dest="report_kind", required=True, metavar="LOẠI")
    helps = {
        "ubnd": "báo cáo gửi UBND (.docx, thể thức Nghị định 30)",
        "lists": "danh sách ký nhận của từng trường và của Phòng (.xlsx)",
        "receipts": "biên bản bàn giao, chỉ những biên bản mới hoặc đã đổi (.docx)",
        "slips": "phiếu mã tra cứu cho gia đình, theo trường (.docx)",
        "reconcile": "đối soát tiếp nhận, phân bổ, bàn giao, còn lại (.xlsx và tóm tắt)",
    }
    for kind in KINDS:
        sub = kinds.add_parser(kind, help=helps[kind])
        add_records_option(sub)
        add_as_of_option(sub)
        if kind in PRINTED:
            sub.add_argument(
                "--settings",
                default=PUBLISHED_SETTINGS,
                help="tệp cấu hình (mặc định: publishconf.py, có địa chỉ thật của trang mà mã QR cần)",
            )
        else:
            sub.add_argument(
                "--settings", default=None, help="tệp cấu hình (mặc định: pelicanconf.py)"
            )
        sub.add_argument("--reports", default="reports", help="thư mục báo cáo (mặc định: reports)")
        sub.add_argument(
            "--output", default="output", help="thư mục trang công khai, nơi không được ghi báo cáo"
        )
        if kind == "ubnd":
            sub.add_argument(
                "--out", default=None, help="tệp báo cáo (mặc định: reports/bao-cao-ubnd-NGÀY.docx)"
            )
            sub.add_argument(
                "--number", default=None, help="số văn bản (để trống cho văn thư điền)"
            )
        if kind in ("receipts", "slips"):
            sub.add_argument("--school", default=None, help="chỉ lập cho một trường (mã trường)")
        sub.set_defaults(run=run)


def _say(args: argparse.Namespace, code: str, stream=None, **params: object) -> None:
    print(render(code, args.lang, params), file=stream or sys.stdout)


def run(args: argparse.Namespace) -> int:
    from minhbach.placeholders import PlaceholderError
    from minhbach.reports.writer import ReportPathError

    folder = records_folder(args.records)
    settings = load_settings(Path(args.settings) if args.settings else None)
    as_of = args.as_of or dt.date.today()
    reports_dir, output_dir = Path(args.reports), Path(args.output)
    try:
        return _run(args, folder, settings, as_of, reports_dir, output_dir)
    except ReportPathError as exc:
        raise UsageError(str(exc)) from None
    except PlaceholderError as exc:
        raise UsageError(exc.message(args.lang)) from None


def _run(
    args: argparse.Namespace,
    folder: Path,
    settings: Settings,
    as_of: dt.date,
    reports_dir: Path,
    output_dir: Path,
) -> int:
    from minhbach.placeholders import refuse_placeholders
    from minhbach.reports import lists, receipts, reconcile, slips, ubnd
    from minhbach.reports.writer import refuse_inside_output

    refuse_inside_output(Path(args.out) if getattr(args, "out", None) else reports_dir, output_dir)
    validation = validate_folder(
        folder, CheckContext(as_of, settings.WAITING_WARNING_DAYS), display_root=args.records
    )
    errors = validation.findings.errors
    if errors and args.report_kind != "reconcile":
        _say(args, "REPORT-DATA-ERRORS", sys.stderr, errors=errors, records=args.records)
        return EXIT_DATA
    if errors:
        _say(args, "REPORT-RECONCILE-WITH-ERRORS", sys.stderr, errors=errors, records=args.records)
    records = validation.valid
    if args.report_kind in PRINTED:
        refuse_placeholders(settings, Path(args.settings), records.records, "print")
    elif args.report_kind == "ubnd":  # signed and sent: never over the demo's signer or address
        printed = ("SIGNER_NAME", "SITEURL")
        used = Path(args.settings) if args.settings else DEFAULT_SETTINGS_FILE
        refuse_placeholders(settings, used, records.records, "print", printed=printed)
    school = getattr(args, "school", None)
    if school is not None and not records.exists("school", school):
        raise UsageError(
            render("REPORT-UNKNOWN-SCHOOL", args.lang, {"school": school, "records": args.records})
        )
    kind = args.report_kind
    if kind == "ubnd":
        path = Path(args.out) if args.out else ubnd.default_path(reports_dir, as_of)
        _say(
            args,
            "REPORT-WRITTEN",
            path=ubnd.write_ubnd(
                records, settings, path, as_of, args.number, output_dir=output_dir
            ),
        )
    elif kind == "lists":
        written = lists.write_lists(records, settings, reports_dir, as_of, output_dir=output_dir)
        _say(args, "REPORT-LISTS-WRITTEN", count=len(written), folder=reports_dir)
    elif kind == "reconcile":
        path, result = reconcile.write_reconciliation(
            records,
            settings,
            reconcile.default_path(reports_dir, as_of),
            as_of,
            output_dir=output_dir,
        )
        for line in reconcile.summary_lines(result):
            print(line)
        _say(args, "REPORT-WRITTEN", path=path)
    else:
        module = receipts if kind == "receipts" else slips
        writer = module.write_receipts if kind == "receipts" else module.write_slips
        outcome = writer(records, settings, reports_dir, school=school, output_dir=output_dir)
        folder_written = reports_dir / (
            receipts.RECEIPTS_FOLDER if kind == "receipts" else slips.SLIPS_FOLDER
        )
        _say(
            args,
            "REPORT-INCREMENTAL",
            written=len(outcome.written),
            unchanged=outcome.unchanged,
            removed=len(outcome.removed),
            folder=folder_written,
        )
        if kind == "slips" and school and not (outcome.written or outcome.unchanged):
            # A school with slips has its document written or kept; none means no code to print.
            _say(args, "REPORT-SLIPS-NONE", sys.stderr, school=school)
    return EXIT_OK
