"""Messages for records that do not match their JSON Schema (one code per kind of mistake)."""

MESSAGES = {
    "SCHEMA-REQUIRED": (
        "Thiếu trường bắt buộc `{name}` ({title}){inside}. Thêm dòng `{name}: …`.",
        "Missing required field `{name}` ({title}){inside}. Add a line `{name}: …`.",
    ),
    "SCHEMA-UNKNOWN-FIELD": (
        "Trường `{field}` không có trong mẫu hồ sơ {type}.{hint} Sửa tên trường hoặc xóa dòng này.",
        "Field `{field}` is not part of a {type} record.{hint} Fix its name or remove the line.",
    ),
    "SCHEMA-TYPE": (
        "Trường `{field}` ({title}) phải là {expected}.{hint}",
        "Field `{field}` ({title}) must be {expected}.{hint}",
    ),
    "SCHEMA-ENUM": (
        "Trường `{field}` ({title}): `{written}` không phải giá trị được phép. Chọn một trong: {choices}.",
        "Field `{field}` ({title}): `{written}` is not an allowed value. Choose one of: {choices}.",
    ),
    "SCHEMA-PATTERN": (
        "Trường `{field}` ({title}) không đúng dạng. {rule}",
        "Field `{field}` ({title}) does not have the right form. {rule}",
    ),
    "SCHEMA-DATE": (
        "Trường `{field}` ({title}): ngày {written} không tồn tại. Sửa thành ngày đúng theo dạng YYYY-MM-DD.",
        "Field `{field}` ({title}): the date {written} does not exist. Write a real date as YYYY-MM-DD.",
    ),
    "SCHEMA-RANGE": (
        "Trường `{field}` ({title}) phải {bound} {limit}.",
        "Field `{field}` ({title}) must be {bound} {limit}.",
    ),
    "SCHEMA-LENGTH": (
        "Trường `{field}` ({title}) {problem}.",
        "Field `{field}` ({title}) {problem}.",
    ),
    "SCHEMA-ITEMS": (
        "Danh sách `{field}` ({title}) cần ít nhất {limit} dòng.",
        "List `{field}` ({title}) needs at least {limit} entries.",
    ),
    "SCHEMA-DUPLICATE-ITEM": (
        "Danh sách `{field}` ({title}) có giá trị lặp lại. Mỗi giá trị chỉ ghi một lần.",
        "List `{field}` ({title}) repeats a value. Write each value once.",
    ),
    "SCHEMA-COMBINATION": (
        "Trường `{field}`: {rule}",
        "Field `{field}`: {rule}",
    ),
    "SCHEMA-OTHER": (
        "Trường `{field}` ({title}) không hợp lệ theo mẫu hồ sơ ({keyword}).",
        "Field `{field}` ({title}) is invalid for the record's schema ({keyword}).",
    ),
}
