"""``minhbach history ID``: the commits that changed one record, with their field changes (masked)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from minhbach.cli.common import EXIT_OK, UsageError, add_records_option, records_folder

STATUS_VI = {"added": "tạo", "changed": "sửa", "removed": "xóa", "renamed": "chuyển tệp"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "history",
        help="lịch sử thay đổi của một hồ sơ",
        description="Ai đã sửa hồ sơ, khi nào, vì sao, và sửa gì (dữ liệu cá nhân được che).",
    )
    parser.add_argument(
        "record_id", metavar="MÃ", help="mã hồ sơ (tên tệp không có .yaml), ví dụ dx-7k3q9x2m"
    )
    parser.add_argument("--full", action="store_true", help="không che dữ liệu cá nhân")
    add_records_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from minhbach.workflow.gitrevs import GitError
    from minhbach.workflow.history import RecordNotFound, record_history
    from minhbach.workflow.masking import display, mask

    folder = records_folder(args.records)
    try:
        history = record_history(Path(folder), args.record_id)
    except RecordNotFound:
        raise UsageError(
            f"Không tìm thấy hồ sơ `{args.record_id}` trong {args.records} hay trong lịch sử git."
        ) from None
    except GitError as exc:
        raise UsageError(str(exc), exc.english) from None
    out = sys.stdout
    out.write(f"Lịch sử {history.path} ({len(history.versions)} lần thay đổi, mới nhất trước)\n")
    for version in history.versions:
        out.write(
            f"\n{version.commit[:7]}  {version.date}  {version.author}  [{STATUS_VI[version.status]}]\n"
        )
        out.write(f"    {version.message}\n")
        if version.status == "renamed":
            out.write(f"    tệp: {version.path}\n")
        for change in version.fields:
            old = mask(history.type, change.field, change.old, version.previous, args.full)
            new = mask(history.type, change.field, change.new, version.data, args.full)
            old_text, new_text = display(old), display(new)
            if version.status == "added":
                out.write(f"    {change.field}: {new_text}\n")
            elif version.status != "removed":
                same = " (đã đổi)" if old == new else ""
                out.write(f"    {change.field}: {old_text} → {new_text}{same}\n")
    return EXIT_OK
