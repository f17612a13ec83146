"""Messages about one record's place and identity: folders, file names, ids."""

MESSAGES = {
    "RECORD-WRONG-FOLDER": (
        "Tệp không nằm trong thư mục của loại hồ sơ nào. Đặt tệp vào một trong: {folders}.",
        "The file is not in the folder of any record type. Put it in one of: {folders}.",
    ),
    "RECORD-SCHOOL-FOLDER": (
        "Hồ sơ {type} phải nằm trong thư mục của trường: `{folder}/<mã trường>/{name}`.",
        "A {type} record must be inside its school's folder: `{folder}/<school id>/{name}`.",
    ),
    "RECORD-UNKNOWN-SCHOOL": (
        "Thư mục `{school}` không ứng với trường nào trong schools/.{hint} Sửa tên thư mục hoặc thêm hồ sơ trường.",
        "Folder `{school}` matches no school in schools/.{hint} Fix the folder name or add the school's record.",
    ),
    "RECORD-SCHOOL-MISMATCH": (
        "Trường `school` ghi `{written}` nhưng tệp nằm trong thư mục `{folder}`. Hai giá trị phải trùng nhau.",
        "Field `school` says `{written}` but the file is in folder `{folder}`. They must match.",
    ),
    "ID-FILE-NAME": (
        "Tên tệp không hợp lệ: mã hồ sơ chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, bắt đầu bằng chữ hoặc số, tối đa 64 ký tự. {hint}",
        "Invalid file name: a record id has lower-case ASCII letters, digits and hyphens, starts with a letter or digit, at most 64 characters. {hint}",
    ),
    "ID-MISMATCH": (
        "Trường `id` phải trùng với tên tệp (`{stem}`). Sửa `id` hoặc đổi tên tệp.",
        "Field `id` must equal the file name (`{stem}`). Fix `id` or rename the file.",
    ),
    "ID-DUPLICATE": (
        "Mã `{id}` đã dùng cho một hồ sơ {type} khác: {other}. Mỗi mã chỉ dùng một lần; đổi mã của một trong hai.",
        "Id `{id}` is already used by another {type} record: {other}. Give one of them a new id.",
    ),
    "DEMO-MIXED": (
        "Thư mục hồ sơ trộn lẫn dữ liệu minh họa (`demo: true`, {demo} hồ sơ) và dữ liệu thật ({real} hồ sơ). Xóa dữ liệu minh họa trước khi nhập dữ liệu thật.",
        "The records mix demo data (`demo: true`, {demo} records) with real data ({real} records). Remove the demo before entering real data.",
    ),
}
