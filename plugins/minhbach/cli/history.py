"""``minhbach history ID``: the commits that changed one record, with their field changes (masked)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from minhbach.cli.common import EXIT_OK, UsageError, add_records_option, records_folder

STATUS = {
    "added": ("tạo", "created"),
    "changed": ("sửa", "changed"),
    "removed": ("xóa", "removed"),
    "renamed": ("chuyển tệp", "file moved"),
}


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
    from minhbach.workflow.masking import display, masked_changes

    folder = records_folder(args.records)
    vi = args.lang == "vi"
    try:
        history = record_history(Path(folder), args.record_id)
    except RecordNotFound:
        raise UsageError(
            f"Không tìm thấy hồ sơ `{args.record_id}` trong {args.records} hay trong lịch sử git.",
            f"No record `{args.record_id}` in {args.records} nor in the git history.",
        ) from None
    except GitError as exc:
        raise UsageError(str(exc), exc.english) from None
    out = sys.stdout
    count = len(history.versions)
    out.write(
        f"Lịch sử {history.path} ({count} lần thay đổi, mới nhất trước)\n"
        if vi
        else f"History of {history.path} ({count} changes, newest first)\n"
    )
    for version in history.versions:
        status = STATUS[version.status][0 if vi else 1]
        out.write(f"\n{version.commit[:7]}  {version.date}  {version.author}  [{status}]\n")
        out.write(f"    {version.message}\n")
        if version.status == "renamed":
            out.write(f"    {'tệp' if vi else 'file'}: {version.path}\n")
        shown = masked_changes(
            history.type, version.fields, version.previous, version.data, args.full
        )
        for name, old, new in shown:
            old_text, new_text = display(old, args.lang), display(new, args.lang)
            if version.status == "added":
                out.write(f"    {name}: {new_text}\n")
            elif version.status != "removed":
                same = (" (đã đổi)" if vi else " (changed)") if old == new else ""
                out.write(f"    {name}: {old_text} → {new_text}{same}\n")
    return EXIT_OK
