"""Messages of ``minhbach report``: what was written, and why nothing was."""

MESSAGES: dict[str, tuple[str, str]] = {
    "REPORT-DATA-ERRORS": (
        "Hồ sơ trong {records} còn {errors} lỗi: không lập báo cáo từ dữ liệu sai. "
        "Chạy `minhbach validate --records {records}` để xem và sửa, rồi lập lại.",
        "The records in {records} have {errors} errors: no report is written from wrong data. "
        "Run `minhbach validate --records {records}` to see and fix them, then try again.",
    ),
    "REPORT-RECONCILE-WITH-ERRORS": (
        "Lưu ý: hồ sơ trong {records} còn {errors} lỗi; tệp có lỗi không được tính trong đối soát. "
        "Chạy `minhbach validate` để xem.",
        "Note: the records in {records} have {errors} errors; files with errors are left out of the "
        "reconciliation. Run `minhbach validate` to see them.",
    ),
    "REPORT-UNKNOWN-SCHOOL": (
        "Không có trường mã `{school}` trong {records}/schools/. Kiểm tra lại mã trường (tên tệp, không có .yaml).",
        "There is no school `{school}` in {records}/schools/. Check the school id (the file name without .yaml).",
    ),
    "REPORT-WRITTEN": ("Đã ghi {path}.", "Wrote {path}."),
    "REPORT-LISTS-WRITTEN": (
        "Đã ghi {count} danh sách (.xlsx) vào {folder}. Sau buổi trao, ghi số sê-ri, ngày nhận "
        "và “x” ở cột “Đã ký” vào danh sách của trường rồi nhập lại bằng `minhbach import TỆP "
        "--dry-run` (xem trước), rồi bỏ --dry-run.",
        "Wrote {count} lists (.xlsx) to {folder}. After the ceremony, type the serials, the "
        "dates received and an “x” under “Đã ký” into the school's list, then bring it back "
        "with `minhbach import FILE --dry-run` (to check), then without --dry-run.",
    ),
    "REPORT-INCREMENTAL": (
        "{folder}: ghi {written} tệp mới hoặc đã đổi, giữ nguyên {unchanged} tệp, xóa {removed} tệp không còn hồ sơ.",
        "{folder}: wrote {written} new or changed files, kept {unchanged}, removed {removed} without a record.",
    ),
    "REPORT-SLIPS-NONE": (
        "Trường {school} chưa có học sinh nào có mã tra cứu: không lập phiếu (không có trang trắng "
        "để in). Phiếu có khi hồ sơ đề xuất của trường có mã tra cứu (`minhbach import` hoặc "
        "`minhbach new nomination` tự tạo).",
        "School {school} has no student with a lookup code yet: no slips written (no blank page "
        "to print). Slips come once the school's nominations have lookup codes (`minhbach import` "
        "and `minhbach new nomination` create them).",
    ),
}
