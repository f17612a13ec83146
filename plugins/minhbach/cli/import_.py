"""``minhbach import FILE --school ID``: a school's Excel or CSV list → nomination files.

Also ``minhbach import --template OUT.xlsx``: the spreadsheet to fill in. The report has one line
per row (created, skipped and why, or what is wrong and where); it never prints a name.
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


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="nhập danh sách học sinh đề xuất từ Excel (.xlsx) hoặc CSV",
        description="Nhập danh sách đề xuất của một trường. Chỉ ghi khi mọi dòng đều hợp lệ; dòng trùng "
        "học sinh đã đề xuất được bỏ qua và báo lại.",
    )
    parser.add_argument("file", nargs="?", metavar="TỆP", help="tệp .xlsx hoặc .csv")
    parser.add_argument(
        "--school", metavar="MÃ-TRƯỜNG", help="mã trường đề xuất (tên tệp trong records/schools/)"
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
    from minhbach.workflow.importer import UnknownSchool, import_file
    from minhbach.workflow.readers import UnreadableFile

    if args.template:
        from minhbach.workflow.xlsx_template import write_template

        write_template(Path(args.template))
        print(
            f"Đã ghi tệp mẫu {args.template} (trang “Danh sách” để điền, trang “Hướng dẫn” giải thích từng cột)."
        )
        return EXIT_OK
    if not args.file or not args.school:
        raise UsageError("cần TỆP và --school MÃ-TRƯỜNG (hoặc --template RA.xlsx để lấy tệp mẫu).")
    source = Path(args.file)
    if not source.is_file():
        raise UsageError(f"Không tìm thấy tệp {args.file}.")
    folder = records_folder(args.records)
    try:
        result = import_file(
            source,
            folder,
            args.school,
            today=args.as_of or dt.date.today(),
            dry_run=args.dry_run,
            display_root=args.records,
        )
    except UnknownSchool:
        known = sorted(p.stem for p in (folder / "schools").glob("*.yaml"))
        close = difflib.get_close_matches(args.school, known, n=1)
        hint = f" Có phải ý bạn là `{close[0]}`?" if close else ""
        raise UsageError(
            f"Không có trường `{args.school}` trong {args.records}/schools/.{hint}"
        ) from None
    except UnreadableFile as exc:
        raise UsageError(str(exc)) from None
    _report(result, args)
    return EXIT_OK if result.ok else EXIT_DATA


def _report(result, args: argparse.Namespace) -> None:
    lang = args.lang
    out, err = sys.stdout, sys.stderr
    for item in result.file_findings:
        out.write(
            f"{printable(item.path)}:{item.line}:{item.column}: error {item.code}: "
            f"{printable(item.message(lang))}\n"
        )
    headers = _headers(result)
    created = "sẽ tạo" if args.dry_run or not result.ok else "đã tạo"
    for row in result.rows:
        if row.status == "created":
            out.write(f"Dòng {row.row}: {created} {row.path}\n")
        for item in row.findings:
            where = headers.get(item.column - 1) if item.field else None
            column = f" (cột “{where}”)" if where and row.status != "skipped" else ""
            kind = (
                {"error": "lỗi", "warning": "cảnh báo"}[item.severity]
                if row.status != "skipped"
                else "bỏ qua"
            )
            message = printable(item.message(lang).removeprefix("bỏ qua: "))
            out.write(f"Dòng {row.row}{printable(column)}: {kind} {item.code}: {message}\n")
    sheet = f"trang “{result.sheet}”, " if result.sheet and not result.encoding else ""
    encoding = f"mã hóa {result.encoding}, " if result.encoding else ""
    if result.header_row:
        err.write(f"Đã đọc {args.file} ({sheet}{encoding}dòng tiêu đề {result.header_row}).\n")
    if result.unused_headers:
        err.write(
            "Các cột không dùng (bỏ qua): "
            + ", ".join(f"“{h}”" for h in result.unused_headers)
            + ".\n"
        )
    if result.defaulted_relation and result.rows:
        err.write("Không có cột “Quan hệ”: quan hệ được ghi là “cha, mẹ hoặc người giám hộ”.\n")
    errors = result.count("error")
    err.write(
        f"{len(result.rows)} dòng học sinh: {result.count('created')} hợp lệ, "
        f"{result.count('skipped')} bỏ qua (trùng), {errors} có lỗi.\n"
    )
    if not result.ok:
        err.write("Không ghi tệp nào. Sửa các dòng báo lỗi trong bảng tính rồi nhập lại.\n")
    elif args.dry_run:
        err.write("Chạy thử (--dry-run): chưa ghi tệp nào. Bỏ --dry-run để ghi.\n")
    elif result.written:
        err.write(
            f"Đã ghi {result.count('created')} hồ sơ đề xuất. Chạy `minhbach validate` rồi tạo pull request.\n"
        )


def _headers(result) -> dict[int, str]:
    return dict(enumerate(result.headers))
