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
# Everything the command says: (Vietnamese, English).
TEXT: dict[str, tuple[str, str]] = {
    "kept": (
        "Giữ lại: mã đề xuất, trường, trạng thái và quyết định duyệt; bàn giao: nguồn, loại, số "
        "lượng, số sê-ri, ngày, người trao, số biên bản; theo dõi: ngày, tình hình học, thiết bị "
        "còn tốt. Học sinh vẫn được đếm, không bao giờ được ghi tên; mã tra cứu hết hiệu lực.",
        "Kept: the nomination id, school, status and approval; handovers: source, kind, quantity, "
        "serial, date, who handed over, receipt number; follow-ups: date, attendance, device "
        "state. The student is still counted, never named; the lookup code stops working.",
    ),
    "tombstones": (
        "Ghi hồ sơ đã rút gọn và biên bản xoá, commit",
        "Writing the reduced records and the erasure record, committing",
    ),
    "rewrite": (
        "Viết lại lịch sử git (mọi nhánh, thẻ)",
        "Rewriting the git history (every branch, tag)",
    ),
    "prune": (
        "Xoá nhật ký tham chiếu (reflog) và dọn đối tượng cũ (gc)",
        "Expiring the reflog and pruning old objects (gc)",
    ),
    "verify": ("Kiểm tra mọi đối tượng trong kho", "Checking every object in the repository"),
    "reports": ("Xoá báo cáo đã lập có học sinh", "Deleting the reports that hold the student"),
    "one or other": (
        "Ghi một mã đề xuất, hoặc --ended-before NGÀY (không cả hai).",
        "Give one nomination id, or --ended-before DATE (not both).",
    ),
    "unknown": (
        "Không tìm thấy đề xuất `{ids}` trong {records} hay trong lịch sử git. Kiểm tra mã (tên "
        "tệp không có .yaml) trong records/nominations/.",
        "No nomination `{ids}` in {records} nor in the git history. Check the id (the file name "
        "without .yaml) in records/nominations/.",
    ),
    "none closed": (
        "Không có đề xuất nào kết thúc trước ngày đó: không có gì để xoá.",
        "No nomination ended before that day: nothing to erase.",
    ),
    "already": (
        "Dữ liệu của {ids} đã được xoá từ trước; lịch sử git không còn phiên bản nào cần xoá. "
        "Không có gì thay đổi.",
        "The data of {ids} was erased already; the git history holds no version to erase. "
        "Nothing changed.",
    ),
    "declined": ("Đã huỷ; không có gì thay đổi.", "Cancelled; nothing changed."),
    "closed": (
        "Xoá dữ liệu cá nhân của {count} học sinh có sự kiện cuối cùng trước {day} (hết thời hạn "
        "lưu trữ){parts}.",
        "Erasing the personal data of {count} students whose last event was before {day} (end "
        "of the retention period){parts}.",
    ),
    "one": (
        "Xoá dữ liệu cá nhân của học sinh — đề xuất {id}",
        "Erasing a student's personal data — nomination {id}",
    ),
    "in folder": (
        "  Trong thư mục hồ sơ: {nominations} đề xuất, {handovers} bàn giao, {followups} theo dõi",
        "  In the records folder: {nominations} nominations, {handovers} handovers, "
        "{followups} follow-ups",
    ),
    "in history": (
        "  Trong lịch sử git: {versions} phiên bản của các tệp này; {branches} nhánh, {tags} thẻ, "
        "{other} tham chiếu khác sẽ được viết lại",
        "  In the git history: {versions} versions of these files; {branches} branches, {tags} "
        "tags, {other} other references will be rewritten",
    ),
    "will erase one": (
        "  Sẽ xoá khỏi mọi phiên bản (đã che):",
        "  Will be erased from every version (masked):",
    ),
    "will erase many": (
        "  Sẽ xoá {count} giá trị riêng tư khỏi mọi phiên bản.",
        "  {count} private values will be erased from every version.",
    ),
    "reports listed": (
        "  Báo cáo đã lập có học sinh (sẽ bị xoá):",
        "  Reports that hold the students (to be deleted):",
    ),
    "resumed": (
        "  Lần xoá trước bị gián đoạn: lệnh này làm tiếp phần còn lại.",
        "  An earlier erasure was interrupted: this command finishes it.",
    ),
    "confirm": (
        "Xoá vĩnh viễn, không khôi phục được. Tiếp tục? [c/K] ",
        "Erased for good, no way back. Continue? [y/N] ",
    ),
    "no keyboard": (
        "Không hỏi được xác nhận (không có bàn phím). Chạy lại với --yes nếu chắc chắn.",
        "Cannot ask for confirmation (no keyboard). Run again with --yes if you are sure.",
    ),
    "leaks": (
        "Sau khi viết lại lịch sử vẫn còn {count} đối tượng git chứa dữ liệu đã xoá:",
        "After the rewrite, {count} git objects still hold erased data:",
    ),
    "leaks todo": (
        "Tìm nơi chứa bằng `git log --all --find-object=MÃ-ĐỐI-TƯỢNG` (hoặc đổi tên nhánh/thẻ), "
        "sửa hoặc xoá tệp đó, commit, rồi chạy lại đúng lệnh này: lệnh làm tiếp và kiểm tra lại.",
        "Find where with `git log --all --find-object=OBJECT-ID` (or rename the branch/tag), fix "
        "or delete that file, commit, then run this same command again: it carries on and "
        "checks again.",
    ),
    "done": (
        "\nĐã xoá. Biên bản: {path}; đã kiểm tra {objects} đối tượng git: không còn giá trị nào.",
        "\nErased. Record: {path}; {objects} git objects checked: no value left.",
    ),
    "report deleted": ("  Đã xoá báo cáo: {path}", "  Deleted report: {path}"),
}
TODO = (
    "\nViệc còn lại, ngoài phần mềm (làm ngay, theo thứ tự; xem docs/erasure.md):\n"
    "  1. Đẩy đè mọi nhánh và thẻ lên kho chung:\n"
    "{push}\n"
    "     Nhánh hay thẻ chỉ còn trên kho chung cũng chứa dữ liệu cũ: xoá chúng (git push REMOTE --delete TÊN).\n"
    "  2. Mọi người có bản sao kho (máy cán bộ, máy trường, máy chạy CI) xoá bản cũ và clone lại;\n"
    "     không push gì từ bản cũ: dữ liệu sẽ quay lại (minhbach validate báo ERASURE-RESTORED).\n"
    "  3. Đề nghị nơi lưu kho (GitHub: GitHub Support) xoá các tham chiếu pull request (refs/pull/*),\n"
    "     bản lưu đệm và trang xem commit cũ; xoá artifact và nhật ký CI cũ có báo cáo.\n"
    "  4. Xoá mọi bản sao báo cáo đã lập, đã in, đã gửi thư, và bản sao lưu (backup) có học sinh.\n"
    "  5. Chạy `minhbach build` và đăng lại trang: tệp tra cứu của mã cũ biến mất.\n"
    "  6. Trả lời gia đình bằng văn bản, ghi số biên bản xoá.\n",
    "\nStill to do, outside the tool (now, in this order; see docs/erasure.md):\n"
    "  1. Force-push every branch and tag to the shared repository:\n"
    "{push}\n"
    "     A branch or tag only on the shared repository holds the old data too: delete it (git push REMOTE --delete NAME).\n"
    "  2. Everyone with a clone (staff, schools, CI machines) deletes it and clones again;\n"
    "     push nothing from an old clone: the data would come back (minhbach validate reports ERASURE-RESTORED).\n"
    "  3. Ask the host (GitHub: GitHub Support) to drop the pull request references (refs/pull/*),\n"
    "     cached views and old commit pages; delete old CI artifacts and logs that hold reports.\n"
    "  4. Delete every copy of the reports written, printed, mailed, and the backups holding the student.\n"
    "  5. Run `minhbach build` and publish the site again: the old code's lookup file disappears.\n"
    "  6. Answer the family in writing, with the number of the erasure record.\n",
)
NO_REMOTE = (
    "       (kho này chưa nối với kho chung nào: nếu có bản sao ở nơi khác, xử lý như bước 2)",
    "       (this repository has no remote: if a copy lives elsewhere, treat it as in step 2)",
)
STATUSES = {
    "da-nhan": ("đã nhận thiết bị", "received devices"),
    "da-duyet": ("đã duyệt, chưa nhận", "approved, not yet received"),
    "de-xuat": ("chưa duyệt", "not yet approved"),
    "khong-duyet": ("không duyệt", "not approved"),
}


def _t(lang: str, key: str, **params: object) -> str:
    vi, en = TEXT[key]
    return (vi if lang == "vi" else en).format(**params)


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

    lang = args.lang
    if (args.record_id is None) == (args.ended_before is None):
        raise UsageError(TEXT["one or other"][0], TEXT["one or other"][1])
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
        params = {"ids": ", ".join(exc.args[0]), "records": args.records}
        raise UsageError(_t("vi", "unknown", **params), _t("en", "unknown", **params)) from None
    except (NotReady, GitError) as exc:
        raise UsageError(str(exc), exc.english) from None
    out = sys.stdout
    if not preview.nominations:
        out.write(_t(lang, "none closed") + "\n")
        return EXIT_OK
    if preview.nothing_left:
        out.write(_t(lang, "already", ids=", ".join(preview.nominations)) + "\n")
        return EXIT_OK
    _show(out, preview, args)
    if not args.yes and not _confirm(lang):
        out.write(_t(lang, "declined") + "\n")
        return EXIT_OK
    try:
        outcome = forget.carry_out(
            preview, on_phase=lambda name: out.write(f"… {_t(lang, name)}\n") or out.flush()
        )
    except forget.VerificationFailed as exc:
        _show_leaks(exc, lang)
        return EXIT_DATA
    _done(out, preview, outcome, lang)
    return EXIT_OK


def _show(out, preview, args) -> None:
    from minhbach.workflow.masking import HIDDEN, mask

    lang = args.lang
    vi = lang == "vi"
    count = len(preview.nominations)
    if args.ended_before is not None:
        from minhbach.erasure.retention import counts
        from minhbach.records.store import RecordSet

        tally = counts(RecordSet(preview.current), preview.nominations)
        parts = ", ".join(
            f"{STATUSES[k][0 if vi else 1]}: {n}" for k, n in sorted(tally.items()) if n
        )
        day = f"{args.ended_before:%d/%m/%Y}"
        out.write(_t(lang, "closed", count=count, day=day, parts=f" — {parts}" if parts else ""))
        out.write("\n")
    else:
        out.write(_t(lang, "one", id=preview.nominations[0]) + "\n")
    by_type: dict[str, int] = {}
    for record in preview.current:
        by_type[record.type] = by_type.get(record.type, 0) + 1
    kinds = {f"{t}s": by_type.get(t, 0) for t in ("nomination", "handover", "followup")}
    out.write(_t(lang, "in folder", **kinds) + "\n")
    refs = preview.refs
    out.write(_t(lang, "in history", versions=len(preview.history.versions), **refs) + "\n")
    if count == 1:
        out.write(_t(lang, "will erase one") + "\n")
        for value in preview.values:
            shown = mask(value.type, value.field, value.text)
            out.write(f"    {value.field}: {HIDDEN if shown == value.text else shown}\n")
    else:
        out.write(_t(lang, "will erase many", count=len(preview.values)) + "\n")
    out.write(f"  {_t(lang, 'kept')}\n")
    if preview.reports:
        out.write(_t(lang, "reports listed") + "\n")
        for path in preview.reports:
            out.write(f"    {path}\n")
    if preview.resumed:
        out.write(_t(lang, "resumed") + "\n")


def _confirm(lang: str) -> bool:
    try:
        answer = input(_t(lang, "confirm"))
    except EOFError:
        raise UsageError(TEXT["no keyboard"][0], TEXT["no keyboard"][1]) from None
    return answer.strip().lower() in YES


def _show_leaks(exc, lang: str) -> None:
    err = sys.stderr
    err.write(_t(lang, "leaks", count=len(exc.leaks)) + "\n")
    for leak in exc.leaks[:20]:
        fields = ", ".join(sorted({exc.values[i].field for i in leak.values}))
        err.write(f"  {leak.kind} {leak.name}: {fields}\n")
    err.write(_t(lang, "leaks todo") + "\n")


def _done(out, preview, outcome, lang: str) -> None:
    out.write(_t(lang, "done", path=outcome.erasure_path, objects=outcome.objects_checked) + "\n")
    for path in outcome.reports_deleted:
        out.write(_t(lang, "report deleted", path=path) + "\n")
    remotes = str(preview.repo.git("remote")).split()
    push = (
        "\n".join(
            f"       git push --force --all {r}\n       git push --force --tags {r}"
            for r in remotes
        )
        if remotes
        else NO_REMOTE[0 if lang == "vi" else 1]
    )
    out.write(TODO[0 if lang == "vi" else 1].format(push=push))
