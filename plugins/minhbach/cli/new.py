"""``minhbach new TYPE``: add one record, asking in Vietnamese for what ``--set`` did not give."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from minhbach.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    UsageError,
    add_as_of_option,
    add_records_option,
    records_folder,
)
from minhbach.cli.reporters import write_text
from minhbach.findings import Findings
from minhbach.records.types import BY_NAME, RECORD_TYPES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "new",
        help="thêm một hồ sơ mới (hỏi từng trường còn thiếu)",
        description="Tạo một hồ sơ mới. Phần mềm tự tạo mã, mã tra cứu và ngày; hỏi các trường bắt "
        "buộc còn thiếu; kiểm tra ngay và chỉ ghi khi hồ sơ hợp lệ.",
    )
    parser.add_argument(
        "type",
        choices=[t.name for t in RECORD_TYPES],
        metavar="LOẠI",
        help="loại hồ sơ: %(choices)s",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="TRƯỜNG=GIÁ-TRỊ",
        dest="values",
        help="giá trị một trường, ví dụ --set student.full_name='Nguyễn Văn An' --set items[0].kind=tablet",
    )
    parser.add_argument(
        "--template", action="store_true", help="in một hồ sơ trống có chú thích, không ghi gì"
    )
    parser.add_argument(
        "--no-input", action="store_true", help="không hỏi; trường thiếu thì báo lỗi"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="kiểm tra và in hồ sơ, không ghi tệp"
    )
    add_records_option(parser)
    add_as_of_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from minhbach.records.schemas import SchemaSet
    from minhbach.workflow.choices import OPTIONAL_ASKED, Offers, infer
    from minhbach.workflow.fieldpaths import FieldError, parse_path, set_value
    from minhbach.workflow.form import build_form
    from minhbach.workflow.new import CannotPlace, create_record, derive, derived_paths
    from minhbach.workflow.prompts import Prompter
    from minhbach.workflow.template import annotated_template

    schemas = SchemaSet.from_folder()
    if args.template:
        sys.stdout.write(annotated_template(args.type, schemas))
        return EXIT_OK
    folder = records_folder(args.records)
    today = args.as_of or dt.date.today()
    form = build_form(schemas, args.type)
    data: dict = {}
    for assignment in args.values:
        name, sep, value = assignment.partition("=")
        if not sep:
            raise UsageError(
                f"--set cần dạng TRƯỜNG=GIÁ-TRỊ, không phải “{assignment}”.",
                f"--set takes FIELD=VALUE, not “{assignment}”.",
            )
        try:
            set_value(data, form, parse_path(name.strip()), value)
        except FieldError as exc:
            raise UsageError(str(exc), exc.english) from None
    if not args.no_input:
        record_type = BY_NAME[args.type]
        if args.lang == "vi":
            _say(f"Tạo hồ sơ mới: {form.title} ({record_type.label_vi}). Nhấn Ctrl+C để hủy.")
        else:
            _say(f"New record: {record_type.label_en}. Press Ctrl+C to cancel.")
        Prompter(
            _ask,
            _say,
            schemas,
            derived_paths(args.type),
            lang=args.lang,
            offers=Offers(folder, args.type, today, args.lang),
            infer=infer,
            optional=OPTIONAL_ASKED.get(args.type, ()),
        ).fill(data, form)
    data = derive(args.type, data, folder, today)
    try:
        result = create_record(
            folder,
            args.type,
            data,
            _context(args, today),
            display_root=args.records,
            schemas=schemas,
            dry_run=args.dry_run,
        )
    except CannotPlace:
        raise UsageError(
            f"Hồ sơ {args.type} nằm trong thư mục của trường: cần --set school=MÃ-TRƯỜNG.",
            f"A {args.type} record lives in its school's folder: --set school=SCHOOL-ID is needed.",
        ) from None
    except FileExistsError as exc:
        raise UsageError(
            f"Tệp {exc.filename} đã có; không ghi đè. Chọn mã khác.",
            f"{exc.filename} exists already and is never overwritten. Choose another id.",
        ) from None
    if result.findings:
        write_text(Findings(result.findings), sys.stdout, args.lang)
    vi = args.lang == "vi"
    if result.errors:
        count = len(result.errors)
        print(
            f"Không ghi {result.path}: hồ sơ có {count} lỗi ở trên. Sửa rồi chạy lại."
            if vi
            else f"{result.path} not written: the record has the {count} errors above. Fix them "
            "and try again.",
            file=sys.stderr,
        )
        return EXIT_DATA
    if args.dry_run:
        sys.stdout.write(result.text)
        print(
            f"Hồ sơ hợp lệ; chưa ghi (--dry-run): {result.path}"
            if vi
            else f"The record is valid; not written (--dry-run): {result.path}",
            file=sys.stderr,
        )
        return EXIT_OK
    print(f"Đã tạo {result.path}" if vi else f"Created {result.path}")
    if args.type == "school":
        _update_reviewers(folder)
    if args.type == "nomination":
        print(
            "Mã tra cứu đã ghi trong hồ sơ; in phiếu cho gia đình bằng `minhbach report slips`."
            if vi
            else "The lookup code is in the record; print the family's slip with "
            "`minhbach report slips`."
        )
    return EXIT_OK


def _context(args: argparse.Namespace, today: dt.date):
    from minhbach.checks.context import CheckContext
    from minhbach.settings import load_settings

    settings = load_settings(getattr(args, "settings", None))
    return CheckContext(as_of=today, waiting_warning_days=settings.WAITING_WARNING_DAYS)


def _update_reviewers(folder) -> None:
    """A new school gets its reviewers: CODEOWNERS is written again (in the office's checkout)."""
    from pathlib import Path

    from minhbach.settings import load_settings
    from minhbach.workflow.codeowners import update_codeowners

    organisation = load_settings().GITHUB_ORGANISATION
    written = update_codeowners(Path.cwd(), folder, organisation)
    if written is not None:
        print(
            f"Đã cập nhật {written.relative_to(Path.cwd())}: nhóm của trường mới duyệt hồ sơ của trường."
        )


def _ask(question: str) -> str | None:
    sys.stderr.write(question if question.endswith(" ") else question + " ")
    sys.stderr.flush()
    line = sys.stdin.readline()
    return None if line == "" else line.rstrip("\n")


def _say(text: str) -> None:
    print(text, file=sys.stderr)
