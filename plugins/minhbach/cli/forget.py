"""``minhbach forget ID`` / ``minhbach forget --ended-before DATE``: erase children's data.

Shows what will go (masked: never a value in full), asks (unless ``--yes``), then erases it from
the records and from every commit (``minhbach.erasure``), verifies, and prints what the office
must still do outside the tool. Exit 0 done (or nothing to do, or declined); 1 a value is still
somewhere after the rewrite (the plan is kept, a rerun tries again); 2 bad usage: an id that names
no nomination (the argument is wrong, not the data), a dirty working tree, a stash.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from minhbach.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    UsageError,
    add_records_option,
    parse_date,
    records_folder,
)

YES = {"c", "co", "có", "y", "yes", "đồng ý", "dong y"}
KEPT = (
    "Giữ lại: mã đề xuất, trường, trạng thái và quyết định duyệt; bàn giao: nguồn, loại, số lượng, "
    "số sê-ri, ngày, người trao, số biên bản; theo dõi: ngày, tình hình học, thiết bị còn tốt. "
    "Học sinh vẫn được đếm, không bao giờ được ghi tên; mã tra cứu hết hiệu lực."
)
PHASES = {
    "tombstones": "Ghi hồ sơ đã rút gọn và biên bản xoá, commit",
    "rewrite": "Viết lại lịch sử git (mọi nhánh, thẻ)",
    "prune": "Xoá nhật ký tham chiếu (reflog) và dọn đối tượng cũ (gc)",
    "verify": "Kiểm tra mọi đối tượng trong kho",
    "reports": "Xoá báo cáo đã lập có học sinh",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "forget",
        help="xoá dữ liệu cá nhân của học sinh, cả trong lịch sử git",
        description="Xoá dữ liệu cá nhân của một học sinh (theo yêu cầu) hoặc của mọi hồ sơ đã "
        "kết thúc trước một ngày (hết thời hạn lưu trữ), ở thư mục hồ sơ và trong mọi commit.",
    )
    parser.add_argument("record_id", nargs="?", metavar="MÃ", help="mã đề xuất, ví dụ dx-7k3q9x2m")
    parser.add_argument(
        "--ended-before",
        type=parse_date,
        default=None,
        metavar="NGÀY",
        help="xoá mọi đề xuất có sự kiện cuối cùng trước ngày này (YYYY-MM-DD)",
    )
    parser.add_argument("--request", default=None, help="số văn bản yêu cầu xoá của gia đình")
    parser.add_argument("--yes", action="store_true", help="không hỏi lại")
    parser.add_argument(
        "--reports", default="reports", help="thư mục báo cáo đã lập (mặc định: reports)"
    )
    add_records_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from minhbach.erasure import forget
    from minhbach.erasure.repository import NotReady
    from minhbach.workflow.gitrevs import GitError

    if (args.record_id is None) == (args.ended_before is None):
        raise UsageError("Ghi một mã đề xuất, hoặc --ended-before NGÀY (không cả hai).")
    folder = records_folder(args.records)
    try:
        preview = forget.prepare(
            Path(folder),
            None if args.record_id is None else [args.record_id],
            on=dt.date.today(),
            request=args.request,
            ended_before=args.ended_before,
            reports_dir=Path(args.reports),
        )
    except forget.UnknownNominations as exc:
        raise UsageError(
            f"Không tìm thấy đề xuất `{', '.join(exc.args[0])}` trong {args.records} hay trong lịch sử git. "
            "Kiểm tra mã (tên tệp không có .yaml) trong records/nominations/."
        ) from None
    except (NotReady, GitError) as exc:
        raise UsageError(str(exc)) from None
    out = sys.stdout
    if not preview.nominations:
        out.write("Không có đề xuất nào kết thúc trước ngày đó: không có gì để xoá.\n")
        return EXIT_OK
    if preview.nothing_left:
        out.write(
            f"Dữ liệu của {', '.join(preview.nominations)} đã được xoá từ trước; lịch sử git không "
            "còn phiên bản nào cần xoá. Không có gì thay đổi.\n"
        )
        return EXIT_OK
    _show(out, preview, args)
    if not args.yes and not _confirm():
        out.write("Đã huỷ; không có gì thay đổi.\n")
        return EXIT_OK
    try:
        outcome = forget.carry_out(
            preview, on_phase=lambda name: out.write(f"… {PHASES[name]}\n") or out.flush()
        )
    except forget.VerificationFailed as exc:
        _show_leaks(exc)
        return EXIT_DATA
    _done(out, preview, outcome)
    return EXIT_OK


def _show(out, preview, args) -> None:
    from minhbach.workflow.masking import HIDDEN, mask

    count = len(preview.nominations)
    if args.ended_before is not None:
        from minhbach.erasure.retention import counts
        from minhbach.records.store import RecordSet

        tally = counts(RecordSet(preview.current), preview.nominations)
        words = {
            "da-nhan": "đã nhận thiết bị",
            "da-duyet": "đã duyệt, chưa nhận",
            "de-xuat": "chưa duyệt",
            "khong-duyet": "không duyệt",
        }
        parts = ", ".join(f"{words[k]}: {n}" for k, n in sorted(tally.items()) if n)
        out.write(
            f"Xoá dữ liệu cá nhân của {count} học sinh có sự kiện cuối cùng trước "
            f"{args.ended_before:%d/%m/%Y} (hết thời hạn lưu trữ){f' — {parts}' if parts else ''}.\n"
        )
    else:
        out.write(f"Xoá dữ liệu cá nhân của học sinh — đề xuất {preview.nominations[0]}\n")
    by_type: dict[str, int] = {}
    for record in preview.current:
        by_type[record.type] = by_type.get(record.type, 0) + 1
    out.write(
        f"  Trong thư mục hồ sơ: {by_type.get('nomination', 0)} đề xuất, "
        f"{by_type.get('handover', 0)} bàn giao, {by_type.get('followup', 0)} theo dõi\n"
    )
    refs = preview.refs
    out.write(
        f"  Trong lịch sử git: {len(preview.history.versions)} phiên bản của các tệp này; "
        f"{refs['branches']} nhánh, {refs['tags']} thẻ, {refs['other']} tham chiếu khác sẽ được viết lại\n"
    )
    if count == 1:
        out.write("  Sẽ xoá khỏi mọi phiên bản (đã che):\n")
        for value in preview.values:
            shown = mask(value.type, value.field, value.text)
            out.write(f"    {value.field}: {HIDDEN if shown == value.text else shown}\n")
    else:
        out.write(f"  Sẽ xoá {len(preview.values)} giá trị riêng tư khỏi mọi phiên bản.\n")
    out.write(f"  {KEPT}\n")
    if preview.reports:
        out.write("  Báo cáo đã lập có học sinh (sẽ bị xoá):\n")
        for path in preview.reports:
            out.write(f"    {path}\n")
    if preview.resumed:
        out.write("  Lần xoá trước bị gián đoạn: lệnh này làm tiếp phần còn lại.\n")


def _confirm() -> bool:
    try:
        answer = input("Xoá vĩnh viễn, không khôi phục được. Tiếp tục? [c/K] ")
    except EOFError:
        raise UsageError(
            "Không hỏi được xác nhận (không có bàn phím). Chạy lại với --yes nếu chắc chắn."
        ) from None
    return answer.strip().lower() in YES


def _show_leaks(exc) -> None:
    err = sys.stderr
    err.write(
        f"Sau khi viết lại lịch sử vẫn còn {len(exc.leaks)} đối tượng git chứa dữ liệu đã xoá:\n"
    )
    for leak in exc.leaks[:20]:
        fields = ", ".join(sorted({exc.values[i].field for i in leak.values}))
        err.write(f"  {leak.kind} {leak.name}: {fields}\n")
    err.write(
        "Tìm nơi chứa bằng `git log --all --find-object=MÃ-ĐỐI-TƯỢNG` (hoặc đổi tên nhánh/thẻ), "
        "sửa hoặc xoá tệp đó, commit, rồi chạy lại đúng lệnh này: lệnh làm tiếp và kiểm tra lại.\n"
    )


def _done(out, preview, outcome) -> None:
    out.write(
        f"\nĐã xoá. Biên bản: {outcome.erasure_path}; đã kiểm tra {outcome.objects_checked} đối tượng git: không còn giá trị nào.\n"
    )
    for path in outcome.reports_deleted:
        out.write(f"  Đã xoá báo cáo: {path}\n")
    remotes = str(preview.repo.git("remote")).split()
    push = (
        "\n".join(
            f"       git push --force --all {r}\n       git push --force --tags {r}"
            for r in remotes
        )
        if remotes
        else "       (kho này chưa nối với kho chung nào: nếu có bản sao ở nơi khác, xử lý như bước 2)"
    )
    out.write(
        "\nViệc còn lại, ngoài phần mềm (làm ngay, theo thứ tự; xem docs/erasure.md):\n"
        "  1. Đẩy đè mọi nhánh và thẻ lên kho chung:\n"
        f"{push}\n"
        "     Nhánh hay thẻ chỉ còn trên kho chung cũng chứa dữ liệu cũ: xoá chúng (git push REMOTE --delete TÊN).\n"
        "  2. Mọi người có bản sao kho (máy cán bộ, máy trường, máy chạy CI) xoá bản cũ và clone lại;\n"
        "     không push gì từ bản cũ: dữ liệu sẽ quay lại (minhbach validate báo ERASURE-RESTORED).\n"
        "  3. Đề nghị nơi lưu kho (GitHub: GitHub Support) xoá các tham chiếu pull request (refs/pull/*),\n"
        "     bản lưu đệm và trang xem commit cũ; xoá artifact và nhật ký CI cũ có báo cáo.\n"
        "  4. Xoá mọi bản sao báo cáo đã lập, đã in, đã gửi thư, và bản sao lưu (backup) có học sinh.\n"
        "  5. Chạy `minhbach build` và đăng lại trang: tệp tra cứu của mã cũ biến mất.\n"
        "  6. Trả lời gia đình bằng văn bản, ghi số biên bản xoá.\n"
    )
