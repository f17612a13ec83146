"""Messages about reading a file: size, encoding, YAML syntax and strictness."""

MESSAGES = {
    "FILE-TOO-LARGE": (
        "Tệp nặng {size_kb} KB, vượt giới hạn {limit_kb} KB cho một hồ sơ. Mỗi tệp chỉ chứa một hồ sơ; tách hoặc rút gọn nội dung.",
        "The file is {size_kb} KB, over the {limit_kb} KB limit for one record. One record per file: split or shorten it.",
    ),
    "FILE-NOT-UTF8": (
        "Tệp không phải UTF-8 (byte lạ ở dòng {line_no}); có thể đã lưu theo Windows-1258 (CP1258). Mở tệp và lưu lại với mã hóa UTF-8.",
        "The file is not UTF-8 (odd byte on line {line_no}); it may have been saved as Windows-1258 (CP1258). Save it again as UTF-8.",
    ),
    "FILE-UTF16": (
        "Tệp được lưu theo UTF-16. Mở tệp và lưu lại với mã hóa UTF-8.",
        "The file is saved as UTF-16. Save it again as UTF-8.",
    ),
    "FILE-EXTENSION": (
        "Tệp hồ sơ phải có đuôi `.yaml`. Đổi tên tệp thành `{suggested}`.",
        "A record file must end in `.yaml`. Rename it to `{suggested}`.",
    ),
    "FILE-UNREADABLE": (
        "Không đọc được tệp ({reason}).",
        "The file cannot be read ({reason}).",
    ),
    "FILE-SYMLINK-OUTSIDE": (
        "Đây là một liên kết (symlink) trỏ ra ngoài thư mục hồ sơ nên không được đọc. Thay liên kết bằng chính tệp hồ sơ, hoặc xóa nó.",
        "This is a symbolic link pointing outside the records folder, so it is not read. Replace the link with the record file itself, or delete it.",
    ),
    "YAML-SYNTAX": (
        "Lỗi cú pháp YAML: {problem}. Kiểm tra dấu hai chấm, thụt lề và dấu nháy ở dòng này.",
        "YAML syntax error: {problem}. Check colons, indentation and quotes on this line.",
    ),
    "YAML-TOO-DEEP": (
        "Tệp lồng nhau quá sâu (quá {limit} cấp danh sách và nhóm trường lồng nhau); một hồ sơ thật chỉ cần vài cấp. Tệp không được đọc: viết lại hồ sơ theo mẫu `minhbach new {type} --template`.",
        "The file is nested too deep (over {limit} levels of lists and mappings inside each other); a real record needs a few. The file is not read: write the record again from `minhbach new {type} --template`.",
    ),
    "YAML-TAB": (
        "Dòng này thụt lề bằng phím Tab. YAML chỉ chấp nhận dấu cách: thay Tab bằng dấu cách.",
        "This line is indented with a tab. YAML accepts spaces only: replace the tab with spaces.",
    ),
    "YAML-CHARACTER": (
        "Tệp chứa ký tự điều khiển không được phép ({codepoint}). Xóa ký tự đó.",
        "The file holds a control character that is not allowed ({codepoint}). Remove it.",
    ),
    "YAML-EMPTY": (
        "Tệp rỗng. Mỗi tệp phải chứa đúng một hồ sơ; xem mẫu bằng `minhbach new {type} --template`.",
        "The file is empty. Each file holds exactly one record; see `minhbach new {type} --template`.",
    ),
    "YAML-MULTIPLE-DOCUMENTS": (
        "Tệp chứa nhiều hơn một tài liệu YAML (dấu `---`). Mỗi tệp chỉ chứa một hồ sơ: tách thành các tệp riêng.",
        "The file holds more than one YAML document (`---`). One record per file: split it.",
    ),
    "YAML-NOT-MAPPING": (
        "Hồ sơ phải là một nhóm trường `tên: giá trị` ở đầu tệp, không phải {found}.",
        "A record must be a mapping of `name: value` fields at the top, not {found}.",
    ),
    "YAML-DUPLICATE-KEY": (
        "Trường `{key}` được viết hai lần (lần đầu ở dòng {first_line}). Giữ lại một dòng.",
        "Field `{key}` is written twice (first on line {first_line}). Keep one.",
    ),
    "YAML-KEY-NOT-TEXT": (
        "Tên trường phải là chữ đơn giản (ví dụ `name:`), không phải danh sách, nhóm hay giá trị trong dấu nháy.",
        "A field name must be plain text (like `name:`), not a list, a mapping or a quoted value.",
    ),
    "YAML-ANCHOR": (
        "Không dùng neo YAML (`&{name}`) trong hồ sơ. Viết đầy đủ giá trị tại mỗi chỗ.",
        "YAML anchors (`&{name}`) are not allowed in records. Write each value out in full.",
    ),
    "YAML-ALIAS": (
        "Không dùng tham chiếu YAML (`*{name}`) trong hồ sơ. Viết đầy đủ giá trị tại mỗi chỗ.",
        "YAML aliases (`*{name}`) are not allowed in records. Write each value out in full.",
    ),
    "YAML-TAG": (
        "Không dùng thẻ YAML (`{tag}`) trong hồ sơ. Xóa thẻ; nếu cần một chuỗi chữ, đặt giá trị trong dấu nháy.",
        "YAML tags (`{tag}`) are not allowed in records. Remove the tag; quote the value if you need text.",
    ),
    "YAML-BOOLEAN": (
        "Trường `{field}` là câu hỏi có/không: viết `true` (có) hoặc `false` (không), không viết `{written}`.",
        "Field `{field}` is a yes/no question: write `true` or `false`, not `{written}`.",
    ),
    "TEXT-INVISIBLE-CHAR": (
        "Trường `{field}` chứa ký tự vô hình {codepoint} (ở ký tự thứ {position}), thường do dán từ nơi khác. Xóa giá trị và gõ lại.",
        "Field `{field}` holds the invisible character {codepoint} (at character {position}), usually pasted in. Delete the value and type it again.",
    ),
}
