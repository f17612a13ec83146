"""Messages of the review workflow: ``minhbach import`` (a school's list) and ``minhbach new``.

An import message is about one row (its number is the LINE) and one column of the list; it says
what to change in the spreadsheet. It may quote what was written in a cell that is wrong (a date
that is not a date), never a valid private value.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "IMPORT-NO-HEADER": (
        "không tìm thấy dòng tiêu đề trong 30 dòng đầu. Danh sách cần một dòng tiêu đề có ít nhất "
        "“Họ và tên”, “Ngày sinh”, “Lớp”… Dùng `minhbach import --template` để lấy tệp mẫu.",
        "no header row in the first 30 rows. The list needs a header row with at least “Họ và tên”, "
        "“Ngày sinh”, “Lớp”… Use `minhbach import --template` for a template.",
    ),
    "IMPORT-FILE-TOO-LARGE": (
        "tệp giải nén ra {size_mb} MB, quá giới hạn {limit_mb} MB của một danh sách. Kiểm tra "
        "đúng tệp chưa; nếu đúng, mở bằng Excel, xóa các trang và hình không cần rồi lưu lại "
        "(hoặc lưu thành .csv).",
        "the file unpacks to {size_mb} MB, over the {limit_mb} MB limit for a list. Check it is "
        "the right file; if so, open it in Excel, delete the sheets and pictures not needed and "
        "save it again (or save it as .csv).",
    ),
    "IMPORT-TOO-MANY-CELLS": (
        "tệp có {cells} ô, quá giới hạn {limit} ô của một danh sách. Kiểm tra đúng tệp chưa; nếu "
        "đúng, chỉ giữ trang danh sách học sinh (xóa các trang và cột không cần) rồi lưu lại.",
        "the file has {cells} cells, over the {limit} cell limit for a list. Check it is the "
        "right file; if so, keep only the sheet of students (delete the sheets and columns not "
        "needed) and save it again.",
    ),
    "IMPORT-MISSING-COLUMN": (
        "danh sách thiếu cột cho `{field}`. Thêm một cột (xem tệp mẫu `minhbach import --template`). "
        "Các cột đang có: {found}.",
        "the list has no column for `{field}`. Add one (see `minhbach import --template`). "
        "Columns found: {found}.",
    ),
    "IMPORT-MISSING-VALUE": (
        "ô `{field}` để trống; trường này bắt buộc. Điền vào ô rồi nhập lại.",
        "`{field}` is empty; it is required. Fill in the cell and import again.",
    ),
    "IMPORT-FORMULA": (
        "ô `{field}` là công thức chưa được tính (tệp không do Excel lưu). Mở tệp bằng Excel hoặc "
        "LibreOffice, lưu lại rồi nhập lại; hoặc thay công thức bằng giá trị.",
        "`{field}` holds a formula that was never calculated (the file was not saved by Excel). "
        "Open it in Excel or LibreOffice, save, and import again; or replace the formula by its value.",
    ),
    "IMPORT-FORMULA-LIKE": (
        "ô `{field}` bắt đầu bằng “{mark}”, dấu mà Excel hiểu là công thức. Nội dung được ghi "
        "đúng như viết và luôn là chữ trong các bảng tính; kiểm tra lại ô này trong danh sách "
        "(có thể đã dán nhầm).",
        "`{field}` starts with “{mark}”, which Excel reads as a formula. It is kept as written "
        "and always written as text in the spreadsheets; check this cell of the list (it may "
        "have been pasted by mistake).",
    ),
    "IMPORT-DATE-FORMAT": (
        "ô `{field}` ghi “{written}”, không phải một ngày. Viết ngày/tháng/năm đủ bốn chữ số năm, "
        "ví dụ 03/05/2012.",
        "`{field}` reads “{written}”, which is not a date. Write day/month/year with a four-digit "
        "year, e.g. 03/05/2012.",
    ),
    "IMPORT-DATE-TWO-DIGIT-YEAR": (
        "ô `{field}` ghi “{written}”: năm chỉ có hai chữ số nên không biết chắc là năm nào. Viết đủ "
        "bốn chữ số năm, ví dụ {suggestion}.",
        "`{field}` reads “{written}”: a two-digit year is ambiguous. Write the year with four "
        "digits, e.g. {suggestion}.",
    ),
    "IMPORT-DATE-IMPOSSIBLE": (
        "ô `{field}` ghi “{written}”, ngày này không có trên lịch. Kiểm tra lại ngày và tháng "
        "(ngày viết trước tháng).",
        "`{field}` reads “{written}”, a day that does not exist. Check day and month (day first).",
    ),
    "IMPORT-NOT-TEXT": (
        "ô `{field}` chứa một ngày tháng nhưng cần chữ. Định dạng ô là Văn bản (Text) rồi gõ lại.",
        "`{field}` holds a date but needs text. Format the cell as Text and type it again.",
    ),
    "IMPORT-PHONE": (
        "ô `{field}` ghi “{written}”, không phải số điện thoại Việt Nam (10 hoặc 11 chữ số, bắt "
        "đầu bằng 0 hoặc +84).",
        "`{field}` reads “{written}”, not a Vietnamese phone number (10 or 11 digits starting "
        "with 0 or +84).",
    ),
    "IMPORT-GRADE": (
        "ô `{field}` ghi “{written}”; khối lớp là một số từ 1 đến 12.",
        "`{field}` reads “{written}”; the grade is a number from 1 to 12.",
    ),
    "IMPORT-GRADE-FROM-CLASS": (
        "không suy ra được khối lớp từ ô Lớp (lớp cần bắt đầu bằng số, ví dụ 5A). Sửa ô Lớp hoặc "
        "thêm cột “Khối”.",
        "the grade cannot be read from the class (a class starts with its number, e.g. 5A). Fix "
        "the class or add a “Khối” column.",
    ),
    "IMPORT-GENDER": (
        "ô `{field}` ghi “{written}”; ghi “Nam” hoặc “Nữ”.",
        "`{field}` reads “{written}”; write “Nam” or “Nữ”.",
    ),
    "IMPORT-YES-NO": (
        "ô `{field}` ghi “{written}”; ghi “Có” (hoặc x) nếu đã đồng ý bằng văn bản, để trống hoặc "
        "“Không” nếu chưa.",
        "`{field}` reads “{written}”; write “Có” (or x) if consent was given in writing, leave "
        "empty or “Không” if not.",
    ),
    "IMPORT-CATEGORY": (
        "ô `{field}` ghi “{written}”, không nhận ra đối tượng. Ghi một hoặc nhiều, cách nhau bằng "
        "dấu phẩy: Mồ côi cha, Mồ côi mẹ, Mồ côi cả cha và mẹ, Hộ nghèo, Hộ cận nghèo, Hoàn cảnh "
        "khó khăn.",
        "`{field}` reads “{written}”, not a known category. Write one or more, separated by commas: "
        "Mồ côi cha, Mồ côi mẹ, Mồ côi cả cha và mẹ, Hộ nghèo, Hộ cận nghèo, Hoàn cảnh khó khăn.",
    ),
    "IMPORT-NEED": (
        "ô `{field}` ghi “{written}”, không nhận ra thiết bị. Ghi số lượng và loại, cách nhau bằng "
        "dấu phẩy: máy tính bảng, laptop, điện thoại, máy tính để bàn, SIM 4G, khác "
        "(ví dụ “1 máy tính bảng, 1 SIM 4G”).",
        "`{field}` reads “{written}”, not a known device. Write quantity and kind, separated by "
        "commas: máy tính bảng, laptop, điện thoại, máy tính để bàn, SIM 4G, khác.",
    ),
    "IMPORT-ALREADY-NOMINATED": (
        "bỏ qua: học sinh này đã được đề xuất ở {other} (cùng mã học sinh, hoặc cùng họ tên và "
        "ngày sinh). Nếu cần sửa, sửa trực tiếp tệp đó.",
        "skipped: this student is already nominated in {other} (same student code, or same name "
        "and birth date). To change it, edit that file.",
    ),
    "IMPORT-DUPLICATE-ROW": (
        "bỏ qua: dòng này trùng học sinh với dòng {other_row} (cùng mã học sinh, hoặc cùng họ tên "
        "và ngày sinh). Xóa một trong hai dòng nếu là nhập trùng.",
        "skipped: this row is the same student as row {other_row} (same student code, or same "
        "name and birth date). Delete one of them if it was entered twice.",
    ),
}
