"""What the commands themselves say (progress, summaries, bad usage), in Vietnamese and English.

Not findings about the data: lines a command prints around them. Kept here, beside the findings'
messages, so that ``--lang en`` has an English line for every Vietnamese one and a test can check
that both say the same things (the same ``{placeholders}``).
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # shared
    "CLI-FILE-NOT-FOUND": ("Không tìm thấy tệp {path}.", "File {path} not found."),
    "CLI-UNKNOWN-SCHOOL": (
        "Không có trường `{school}` trong {records}/schools/.{hint}",
        "There is no school `{school}` in {records}/schools/.{hint}",
    ),
    "CLI-DID-YOU-MEAN": (" Có phải ý bạn là `{close}`?", " Did you mean `{close}`?"),
    "CLI-NOTHING": ("(không có)", "(none)"),
    # import
    "CLI-IMPORT-NEEDS-FILE": (
        "cần TỆP: danh sách đề xuất của một trường (kèm --school MÃ-TRƯỜNG), hoặc danh sách ký "
        "nhận do `minhbach report lists` lập và đã điền; hoặc --template RA.xlsx để lấy tệp mẫu.",
        "FILE is needed: a school's list of nominations (with --school SCHOOL-ID), or a ceremony "
        "list written by `minhbach report lists` and filled in; or --template OUT.xlsx for the "
        "template.",
    ),
    "CLI-IMPORT-NEEDS-SCHOOL": (
        "{path} là danh sách đề xuất của trường: cần --school MÃ-TRƯỜNG (tên tệp trong "
        "{records}/schools/).",
        "{path} is a school's list of nominations: --school SCHOOL-ID is needed (a file name in "
        "{records}/schools/).",
    ),
    "CLI-IMPORT-NOT-IN-LIST": (
        "Danh sách ký nhận {path} không có trang của trường `{school}`; có: {schools}.",
        "The ceremony list {path} has no sheet for school `{school}`; it has: {schools}.",
    ),
    "CLI-IMPORT-TEMPLATE": (
        "Đã ghi tệp mẫu {path} (trang “Danh sách” để điền, trang “Hướng dẫn” giải thích từng cột).",
        "Wrote the template {path} (fill in the “Danh sách” sheet; “Hướng dẫn” explains each "
        "column).",
    ),
    "CLI-IMPORT-ROW": ("{where}: {verb} {path}", "{where}: {verb} {path}"),
    "CLI-IMPORT-ROW-PLAN": (
        "{where}: {verb} {path} — {items}; ngày {on}; biên bản {document}",
        "{where}: {verb} {path} — {items}; on {on}; receipt {document}",
    ),
    "CLI-IMPORT-WILL-CREATE": ("sẽ tạo", "will create"),
    "CLI-IMPORT-CREATED": ("đã tạo", "created"),
    "CLI-IMPORT-ROW-NUMBER": ("Dòng {row}", "Row {row}"),
    "CLI-IMPORT-SHEET-ROW": ("Trang “{sheet}”, dòng {row}", "Sheet “{sheet}”, row {row}"),
    "CLI-IMPORT-COLUMN": (" (cột “{column}”)", " (column “{column}”)"),
    "CLI-IMPORT-ERROR": ("lỗi", "error"),
    "CLI-IMPORT-WARNING": ("cảnh báo", "warning"),
    "CLI-IMPORT-SKIPPED": ("bỏ qua", "skipped"),
    "CLI-IMPORT-ITEM": ("{count} {kind}{detail}", "{count} {kind}{detail}"),
    "CLI-IMPORT-ITEM-DETAIL": ("nguồn {source}", "source {source}"),
    "CLI-IMPORT-ITEM-SERIAL": ("sê-ri {serial}", "serial {serial}"),
    "CLI-IMPORT-READ": (
        "Đã đọc {path} ({where}dòng tiêu đề {row}).",
        "Read {path} ({where}header row {row}).",
    ),
    "CLI-IMPORT-READ-SHEET": ("trang “{sheet}”, ", "sheet “{sheet}”, "),
    "CLI-IMPORT-READ-ENCODING": ("mã hóa {encoding}, ", "encoding {encoding}, "),
    "CLI-IMPORT-READ-CEREMONY": (
        "Đã đọc danh sách ký nhận {path}.",
        "Read the ceremony list {path}.",
    ),
    "CLI-IMPORT-UNUSED": (
        "Các cột không dùng (bỏ qua): {headers}.",
        "Columns not used (ignored): {headers}.",
    ),
    "CLI-IMPORT-TOTALS": (
        "{rows} dòng học sinh: {created} hợp lệ, {skipped} bỏ qua (trùng), {errors} có lỗi.",
        "{rows} student rows: {created} valid, {skipped} skipped (duplicates), {errors} with errors.",
    ),
    "CLI-IMPORT-TOTALS-CEREMONY": (
        "{rows} dòng đã ký: {created} hợp lệ, {skipped} bỏ qua (đã có bàn giao), {errors} có lỗi.",
        "{rows} signed rows: {created} valid, {skipped} skipped (already handed over), "
        "{errors} with errors.",
    ),
    "CLI-IMPORT-NOTHING-WRITTEN": (
        "Không ghi tệp nào. Sửa các dòng báo lỗi trong bảng tính rồi nhập lại.",
        "No file was written. Fix the rows with errors in the spreadsheet and import again.",
    ),
    "CLI-IMPORT-DRY-RUN": (
        "Chạy thử (--dry-run): chưa ghi tệp nào. Bỏ --dry-run để ghi (cùng các mã trên).",
        "Dry run (--dry-run): no file written. Run without --dry-run to write them (with the "
        "same ids).",
    ),
    "CLI-IMPORT-WRITTEN": (
        "Đã ghi {count} hồ sơ đề xuất. Chạy `minhbach validate` rồi tạo pull request.",
        "Wrote {count} nominations. Run `minhbach validate`, then open a pull request.",
    ),
    "CLI-IMPORT-WRITTEN-CEREMONY": (
        "Đã ghi {count} hồ sơ bàn giao. Chạy `minhbach validate`, in biên bản bằng "
        "`minhbach report receipts`, rồi tạo pull request.",
        "Wrote {count} handovers. Run `minhbach validate`, print the receipts with "
        "`minhbach report receipts`, then open a pull request.",
    ),
    # new: the questions
    "CLI-PROMPT-END": (
        "(hết dữ liệu nhập: các trường còn thiếu sẽ được báo lỗi)",
        "(end of input: the fields still missing will be reported)",
    ),
    "CLI-PROMPT-INFERRED": (
        "  {field}: {value} (suy ra, không cần hỏi)",
        "  {field}: {value} (inferred)",
    ),
    "CLI-PROMPT-LINE": ("{title} — dòng {number}:", "{title} — line {number}:"),
    "CLI-PROMPT-MORE": ("Thêm một dòng nữa? (có/không) [không]: ", "Another line? (yes/no) [no]: "),
    "CLI-PROMPT-WRONG": ("  Chưa đúng: {problem} Nhập lại.", "  Not right: {problem} Try again."),
    "CLI-PROMPT-YES-NO": ("trả lời có hoặc không.", "answer yes or no."),
    "CLI-PROMPT-OPTIONAL": (" (không bắt buộc: Enter để bỏ qua)", " (optional: Enter to skip)"),
    "CLI-PROMPT-CHOOSE": ("Chọn số hoặc mã: ", "Choose a number or a value: "),
    "CLI-PROMPT-CHOOSE-MANY": (
        "Chọn số hoặc mã, nhiều lựa chọn cách nhau bằng dấu phẩy: ",
        "Choose numbers or values, several separated by commas: ",
    ),
    "CLI-PROMPT-BOOLEAN": ("(có/không) [không]: ", "(yes/no) [no]: "),
    "CLI-PROMPT-DATE": (
        "(ngày/tháng/năm, ví dụ 05/10/2021): ",
        "(day/month/year, e.g. 05/10/2021): ",
    ),
    "CLI-PROMPT-AT-LEAST-ONE": ("cần ít nhất một lựa chọn.", "at least one choice is needed."),
    "CLI-PROMPT-PICK": ("chọn một số trong danh sách.", "choose a number from the list."),
    "CLI-PROMPT-REQUIRED": ("trường này bắt buộc.", "this field is required."),
    "CLI-PROMPT-BAD-DATE": (
        "viết ngày/tháng/năm, ví dụ 05/10/2021.",
        "write day/month/year, e.g. 05/10/2021.",
    ),
    "CLI-PROMPT-INTEGER": (
        "nhập một số nguyên, không dấu chấm.",
        "type a whole number, without dots.",
    ),
    "CLI-PROMPT-INVALID": ("giá trị không hợp lệ.", "not a valid value."),
    "CLI-PROMPT-NONE-WAITING": (
        "  (Trường {school} không có học sinh đã duyệt nào đang chờ nhận thiết bị.)",
        "  (School {school} has no approved student waiting for a device.)",
    ),
}
