"""Messages about the machine, not the data nor the program: a full disk, a read-only or missing
folder, a permission. Each names the path, says what happened and what to do; none asks the
user to report a bug (exit 3 without a traceback log, see ``cli/os_errors``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "ENV-NO-SPACE": (
        "Không ghi được `{path}`: ổ đĩa đã đầy. Giải phóng chỗ trống trên ổ đĩa đó (xóa tệp không "
        "cần, dọn thùng rác) hoặc chọn thư mục ở ổ đĩa khác, rồi chạy lại lệnh.",
        "Cannot write `{path}`: the disk is full. Free some space on that disk (delete files you "
        "do not need, empty the bin) or choose a folder on another disk, then run the command again.",
    ),
    "ENV-READ-ONLY": (
        "Không ghi được `{path}`: ổ đĩa hoặc thư mục này chỉ cho đọc. Chọn thư mục khác (tùy chọn "
        "--output, --reports hoặc --out) hoặc cho phép ghi vào đó, rồi chạy lại lệnh.",
        "Cannot write `{path}`: that disk or folder is read-only. Choose another folder (options "
        "--output, --reports or --out) or make it writable, then run the command again.",
    ),
    "ENV-PERMISSION": (
        "Không có quyền dùng `{path}`. Kiểm tra quyền của tệp và thư mục đó (nếu tệp đang mở "
        "trong Excel hoặc Word, đóng lại) hoặc chọn thư mục khác, rồi chạy lại lệnh.",
        "No permission to use `{path}`. Check the permissions of that file and folder (if the "
        "file is open in Excel or Word, close it) or choose another folder, then run the command again.",
    ),
    "ENV-NOT-FOUND": (
        "Không tìm thấy `{path}`: tệp hoặc thư mục chứa nó không tồn tại. Tạo thư mục đó hoặc "
        "sửa đường dẫn, rồi chạy lại lệnh.",
        "`{path}` was not found: the file or the folder it should be in does not exist. Create "
        "the folder or correct the path, then run the command again.",
    ),
    "ENV-NOT-A-FOLDER": (
        "Không dùng được `{path}`: một phần của đường dẫn là tệp chứ không phải thư mục. Sửa "
        "đường dẫn rồi chạy lại lệnh.",
        "Cannot use `{path}`: part of the path is a file, not a folder. Correct the path, then "
        "run the command again.",
    ),
    "ENV-IS-A-FOLDER": (
        "`{path}` là một thư mục, không phải tệp. Ghi rõ tên tệp trong thư mục đó, rồi chạy lại lệnh.",
        "`{path}` is a folder, not a file. Name a file inside it, then run the command again.",
    ),
}
