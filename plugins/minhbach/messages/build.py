"""Messages of ``minhbach build``: what stopped a build, besides the data and the leak guard."""

MESSAGES: dict[str, tuple[str, str]] = {
    "BUILD-PELICAN-ERROR": (
        "Pelican báo lỗi khi dựng trang: {detail}. Trang cũ trong thư mục xuất được giữ nguyên.",
        "Pelican reported an error while building: {detail}. The previous site was kept.",
    ),
    "BUILD-PELICAN-WARNING": (
        "Pelican cảnh báo: {detail}",
        "Pelican warning: {detail}",
    ),
    "CONTENT-MISSING-METADATA": (
        "tệp thiếu dòng `{line}` ở phần đầu nên không được đăng. Thêm một dòng như `{example}` "
        "(ngày viết năm-tháng-ngày) cùng chỗ với dòng `Title:` ở đầu tệp, rồi dựng lại.",
        "the file lacks a `{line}` line at its top, so it is not published. Add a line such as "
        "`{example}` (a date is written year-month-day) beside the `Title:` line at the top of "
        "the file, then build again.",
    ),
    "BUILD-BUSY": (
        "Một lần dựng khác (tiến trình {pid}) đang ghi vào thư mục `{folder}`. Chờ lần dựng đó "
        "xong (hoặc dừng nó) rồi chạy lại lệnh; hai lần dựng cùng lúc sẽ ghi đè lên nhau.",
        "Another build (process {pid}) is writing into the folder `{folder}`. Wait until it is "
        "done (or stop it), then run the command again; two builds at once would overwrite "
        "each other.",
    ),
    "BUILD-CANNOT-RENAME": (
        "Không thay được `{path}` bằng bản mới: hệ thống tệp không cho đổi tên thư mục này tại chỗ "
        "(thường gặp khi thư mục có sẵn trong một lớp của ảnh Docker, hoặc khi .minhbach/ nằm ở "
        "ổ đĩa khác). Trang cũ và báo cáo cũ được giữ nguyên. Xóa thư mục đó một lần (hoặc chọn "
        "--output, --reports ở chỗ khác) rồi chạy lại lệnh.",
        "Cannot replace `{path}` with the new version: the file system does not let this folder "
        "be renamed in place (as with a folder that comes with a layer of a Docker image, or a "
        ".minhbach/ folder on another disk). The old site and reports were kept. Delete that "
        "folder once (or choose --output, --reports elsewhere), then run the command again.",
    ),
    "BUILD-SWAP-RECOVERED": (
        "Lần dựng trước bị ngắt giữa lúc thay trang cũ bằng trang mới: trang cũ đã được đặt lại "
        "vào `{folder}` trước khi dựng lần này.",
        "The previous build was stopped while it replaced the old site with the new one: the old "
        "site was put back into `{folder}` before this build.",
    ),
}

# The leak guard (guard/): never quote the value found, only where it came from.
MESSAGES.update(
    {
        "LEAK-PRIVATE-VALUE": (
            "Trang công khai chứa giá trị riêng tư của trường `{field}` trong hồ sơ {type} {record}{others}. "
            "Không đăng trang này: sửa mẫu trang hoặc phần tạo trang để chỉ dùng dữ liệu công khai, rồi chạy lại `minhbach build`.",
            "A public file holds the private value of field `{field}` of {type} record {record}{others}. "
            "Do not publish: fix the template or the page generator so that it uses public data only, then run `minhbach build` again.",
        ),
        "LEAK-NEXT-TO-PUBLIC": (
            "Trang có dãy chữ trùng với giá trị của trường riêng tư `{field}` trong hồ sơ {type} {record}{others}, nhưng dãy chữ đó "
            "dính vào một tên công khai in ngay bên cạnh (tên trường, tên nhà tài trợ, chữ của trang), nên nhiều khả năng chỉ là trùng hợp. "
            "Mở trang kiểm tra lại bằng mắt.{more_files}",
            "The page has words equal to the value of private field `{field}` of {type} record {record}{others}, but they run into a "
            "public name printed right there (a school's or donor's name, the site's own words), so it is most likely a coincidence. "
            "Look at the page to make sure.{more_files}",
        ),
        "LEAK-ALSO-PUBLIC": (
            "Trang chứa giá trị của trường riêng tư `{field}` trong hồ sơ {type} {record}{others}; giá trị này cũng công khai ở "
            "`{public_field}` của {public}. Nếu trang đang hiện giá trị công khai đó (cùng người, cùng đơn vị, cùng số tiền) thì không sao; "
            "nếu không, sửa trang.{more_files}",
            "The file holds the value of private field `{field}` of {type} record {record}{others}; the same value is public in "
            "`{public_field}` of {public}. If the page shows that public value (same person, body or amount), all is well; "
            "if not, fix the page.{more_files}",
        ),
        "LEAK-CONTENT-PAGE": (
            "Trang viết từ content/ chứa giá trị của trường riêng tư `{field}` trong hồ sơ {type} {record}{others} ({content}). "
            "Nếu không có sự đồng ý công khai, xóa giá trị đó khỏi trang trong content/.{more_files}",
            "A page written from content/ holds the value of private field `{field}` of {type} record {record}{others} ({content}). "
            "Without consent to publish it, remove it from the page in content/.{more_files}",
        ),
        "LEAK-CONTENT-CHILD": (
            "Trang hoặc tệp do cán bộ viết ({content}) có {what} trong hồ sơ {type} {record}{others}. Không được đăng họ tên, "
            "số điện thoại, địa chỉ hay mã của học sinh và người giám hộ trong bài viết, trang hay tệp đính kèm, kể cả khi gia đình "
            "đồng ý (trên trang chỉ có tên viết tắt). Xóa giá trị đó khỏi {content} rồi chạy lại `minhbach build`; nếu đó là một "
            "người khác trùng tên (thầy cô, đại biểu), hãy ghi chức danh thay cho họ tên.{more_files}",
            "A page or file staff wrote ({content}) holds {what} of {type} record {record}{others}. A child's or guardian's "
            "name, phone number, address or codes may not be published in a post, a page or an attached file, even with the "
            "family's consent (the site shows initials only). Remove it from {content} and run `minhbach build` again; if it "
            "is another person with the same name (a teacher, an official), write their title instead of the name.{more_files}",
        ),
        "LEAK-FORBIDDEN-FILE": (
            "Tệp này không được có trong thư mục trang công khai: {reason}. Xóa tệp và tìm bước nào đã chép nó vào.",
            "This file must never be in the public site's folder: {reason}. Remove it and find the step that copied it there.",
        ),
        "LEAK-UNREADABLE-FILE": (
            "Không đọc được tệp để kiểm tra lộ thông tin ({reason}); tệp chưa kiểm tra thì không được đăng. Xóa tệp hoặc tạo lại.",
            "The file cannot be read to check it for leaks ({reason}); an unchecked file is not published. Remove or rebuild it.",
        ),
    }
)
