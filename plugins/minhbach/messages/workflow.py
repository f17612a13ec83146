"""Messages of the review workflow: ``minhbach import`` (a school's list, a ceremony list).

An import message is about one row (its number is the LINE) and one column of the list, named by
its header as the list writes it (``{column}``); it says what to change in the spreadsheet. It
may quote what was written in a cell that is wrong (a date that is not a date), never a valid
private value. ``IMPORT-NOTE-…`` and ``CEREMONY-NOTE-…`` are about the file as a whole.
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
        "danh sách thiếu cột “{column}”{hint}. Thêm cột đó (xem tệp mẫu "
        "`minhbach import --template`). Các cột đang có: {found}.",
        "the list has no “{column}” column{hint}. Add it (see the template, "
        "`minhbach import --template`). Columns found: {found}.",
    ),
    "IMPORT-MISSING-VALUE": (
        "ô “{column}” để trống; cột này bắt buộc. Điền vào ô rồi nhập lại.",
        "the “{column}” cell is empty; it is required. Fill it in and import again.",
    ),
    "IMPORT-FORMULA": (
        "ô “{column}” là công thức chưa được tính (tệp không do Excel lưu). Mở tệp bằng Excel hoặc "
        "LibreOffice, lưu lại rồi nhập lại; hoặc thay công thức bằng giá trị.",
        "the “{column}” cell holds a formula that was never calculated (the file was not saved by Excel). "
        "Open it in Excel or LibreOffice, save, and import again; or replace the formula by its value.",
    ),
    "IMPORT-FORMULA-LIKE": (
        "ô “{column}” bắt đầu bằng “{mark}”, dấu mà Excel hiểu là công thức. Nội dung được ghi "
        "đúng như viết và luôn là chữ trong các bảng tính; kiểm tra lại ô này trong danh sách "
        "(có thể đã dán nhầm).",
        "the “{column}” cell starts with “{mark}”, which Excel reads as a formula. It is kept as written "
        "and always written as text in the spreadsheets; check this cell of the list (it may "
        "have been pasted by mistake).",
    ),
    "IMPORT-DATE-FORMAT": (
        "ô “{column}” ghi “{written}”, không phải một ngày. Viết ngày/tháng/năm đủ bốn chữ số năm, "
        "ví dụ 03/05/2012.",
        "the “{column}” cell reads “{written}”, which is not a date. Write day/month/year with a four-digit "
        "year, e.g. 03/05/2012.",
    ),
    "IMPORT-DATE-TWO-DIGIT-YEAR": (
        "ô “{column}” ghi “{written}”: năm chỉ có hai chữ số nên không biết chắc là năm nào. Viết đủ "
        "bốn chữ số năm, ví dụ {suggestion}.",
        "the “{column}” cell reads “{written}”: a two-digit year is ambiguous. Write the year with four "
        "digits, e.g. {suggestion}.",
    ),
    "IMPORT-DATE-IMPOSSIBLE": (
        "ô “{column}” ghi “{written}”, ngày này không có trên lịch. Kiểm tra lại ngày và tháng "
        "(ngày viết trước tháng).",
        "the “{column}” cell reads “{written}”, a day that does not exist. Check day and month (day first).",
    ),
    "IMPORT-NOT-TEXT": (
        "ô “{column}” chứa một ngày tháng nhưng cần chữ. Định dạng ô là Văn bản (Text) rồi gõ lại.",
        "the “{column}” cell holds a date but needs text. Format the cell as Text and type it again.",
    ),
    "IMPORT-PHONE": (
        "ô “{column}” ghi “{written}”, không phải số điện thoại Việt Nam (10 hoặc 11 chữ số, bắt "
        "đầu bằng 0 hoặc +84).",
        "the “{column}” cell reads “{written}”, not a Vietnamese phone number (10 or 11 digits starting "
        "with 0 or +84).",
    ),
    "IMPORT-GRADE": (
        "ô “{column}” ghi “{written}”; khối lớp là một số từ 1 đến 12.",
        "the “{column}” cell reads “{written}”; the grade is a number from 1 to 12.",
    ),
    "IMPORT-GRADE-FROM-CLASS": (
        "không suy ra được khối lớp từ ô Lớp (lớp cần bắt đầu bằng số, ví dụ 5A). Sửa ô Lớp hoặc "
        "thêm cột “Khối”.",
        "the grade cannot be read from the class (a class starts with its number, e.g. 5A). Fix "
        "the class or add a “Khối” column.",
    ),
    "IMPORT-GENDER": (
        "ô “{column}” ghi “{written}”; ghi “Nam” hoặc “Nữ”.",
        "the “{column}” cell reads “{written}”; write “Nam” or “Nữ”.",
    ),
    "IMPORT-YES-NO": (
        "ô “{column}” ghi “{written}”; ghi “Có” (hoặc x) nếu đã đồng ý bằng văn bản, để trống hoặc "
        "“Không” nếu chưa.",
        "the “{column}” cell reads “{written}”; write “Có” (or x) if consent was given in writing, leave "
        "empty or “Không” if not.",
    ),
    "IMPORT-CATEGORY": (
        "ô “{column}” ghi “{written}”, không nhận ra đối tượng. Ghi một hoặc nhiều, cách nhau bằng "
        "dấu phẩy: Mồ côi cha, Mồ côi mẹ, Mồ côi cả cha và mẹ, Hộ nghèo, Hộ cận nghèo, Hoàn cảnh "
        "khó khăn.",
        "the “{column}” cell reads “{written}”, not a known category. Write one or more, separated by commas: "
        "Mồ côi cha, Mồ côi mẹ, Mồ côi cả cha và mẹ, Hộ nghèo, Hộ cận nghèo, Hoàn cảnh khó khăn.",
    ),
    "IMPORT-NEED": (
        "ô “{column}” ghi “{written}”, không nhận ra thiết bị. Ghi số lượng và loại, cách nhau bằng "
        "dấu phẩy: máy tính bảng, laptop, điện thoại, máy tính để bàn, SIM 4G, khác "
        "(ví dụ “1 máy tính bảng, 1 SIM 4G”).",
        "the “{column}” cell reads “{written}”, not a known device. Write quantity and kind, separated by "
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
    "IMPORT-NOTE-RELATION": (
        "Không có cột “Quan hệ”: quan hệ với học sinh được ghi là “{relation}”.",
        "No “Quan hệ” column: the relation to the student is written as “{relation}”.",
    ),
    "IMPORT-NOTE-ONE-CONSENT": (
        "Chỉ có một cột đồng ý (“{column}”): một ô đánh dấu được hiểu là cha mẹ/người giám hộ đã "
        "đồng ý và, với học sinh từ đủ 7 tuổi, chính em cũng đồng ý (Luật 91/2025/QH15, điều "
        "24). Nếu có em chưa tự đồng ý, thêm cột “{child_column}” và để trống ô của em đó.",
        "Only one consent column (“{column}”): a marked cell is read as the parents' or "
        "guardian's consent and, for a student aged 7 or more, the student's own (Law "
        "91/2025/QH15, art. 24). If a student has not consented themselves, add a "
        "“{child_column}” column and leave their cell empty.",
    ),
    "IMPORT-NOTE-NO-CHILD-CONSENT": (
        "Không có cột “{child_column}”: học sinh từ đủ 7 tuổi chỉ được đếm trên trang công khai, "
        "không ghi tên viết tắt, cho đến khi ghi nhận đồng ý của chính em.",
        "No “{child_column}” column: students aged 7 or more are only counted on the public "
        "site, without initials, until their own consent is recorded.",
    ),
    # ceremony lists (workflow/ceremony.py)
    "CEREMONY-NOTE-UNSIGNED": (
        "Trang “{sheet}”: {count} học sinh chưa đánh dấu “Đã ký”, chưa ghi bàn giao (để lần sau).",
        "Sheet “{sheet}”: {count} students not marked as signed; no handover recorded for them "
        "(left for next time).",
    ),
    "CEREMONY-MARKER": (
        "tệp có trang ẩn “minhbach” nhưng không đúng dạng danh sách ký nhận của phần mềm (có thể "
        "đã bị sửa). Lập lại danh sách bằng `minhbach report lists`, điền lại rồi nhập.",
        "the file has a hidden “minhbach” sheet but not in the form of a ceremony list written by "
        "the tool (it may have been edited). Write the list again with `minhbach report lists`, "
        "fill it in and import it.",
    ),
    "CEREMONY-SHEET-MISSING": (
        "danh sách ký nhận thiếu trang “{sheet}” (đã bị xóa hoặc đổi tên). Đặt lại đúng tên "
        "trang, hoặc lập lại danh sách bằng `minhbach report lists`.",
        "the ceremony list has no “{sheet}” sheet (deleted or renamed). Give the sheet its name "
        "back, or write the list again with `minhbach report lists`.",
    ),
    "CEREMONY-MISSING-COLUMN": (
        "trang “{sheet}” không còn cột “{column}” ở dòng tiêu đề. Không xóa hay đổi tên các cột "
        "của danh sách: đặt lại tiêu đề đó, hoặc lập lại danh sách.",
        "sheet “{sheet}” no longer has a “{column}” column in its header row. Do not delete or "
        "rename the list's columns: put that header back, or write the list again.",
    ),
    "CEREMONY-UNKNOWN-SCHOOL": (
        "danh sách ghi trường `{school}`, không có trong thư mục hồ sơ. Nhập danh sách vào đúng "
        "thư mục hồ sơ (--records), hoặc thêm hồ sơ trường.",
        "the list names school `{school}`, which is not in the records folder. Import it into the "
        "right records folder (--records), or add the school's record.",
    ),
    "CEREMONY-NO-HANDED-BY": (
        "trang “{sheet}”: chưa ghi người trao ở dòng “{label}” dưới bảng. Ghi họ tên và chức vụ "
        "người đại diện trao thiết bị rồi nhập lại.",
        "sheet “{sheet}”: nobody is named on the “{label}” line under the table. Write the name "
        "and position of who handed the devices over, then import again.",
    ),
    "CEREMONY-SIGNED-VALUE": (
        "ô “{column}” ghi “{written}”; ghi “x” khi gia đình đã ký nhận, để trống nếu chưa.",
        "the “{column}” cell reads “{written}”; write “x” once the family signed, leave it empty "
        "if not.",
    ),
    "CEREMONY-NO-NOMINATION": (
        "dòng có đánh dấu đã ký nhưng ô “{column}” để trống. Danh sách chỉ ghi bàn giao cho học "
        "sinh có trong danh sách; học sinh khác ghi bằng `minhbach new handover`.",
        "the row is marked as signed but the “{column}” cell is empty. The list records handovers "
        "only for the students it lists; record others with `minhbach new handover`.",
    ),
    "CEREMONY-UNKNOWN-NOMINATION": (
        "ô “{column}” ghi “{written}”, không có đề xuất nào của trường này mang mã đó. Không sửa "
        "cột này: chép lại mã từ danh sách gốc.",
        "the “{column}” cell reads “{written}”, and no nomination of this school has that id. Do "
        "not edit this column: copy the id back from the list as written.",
    ),
    "CEREMONY-ERASED": (
        "dữ liệu của học sinh đề xuất {nomination} đã bị xóa theo yêu cầu: không ghi bàn giao qua "
        "danh sách. Liên hệ Phòng GD&ĐT.",
        "the data of the student of nomination {nomination} was erased on request: no handover is "
        "recorded through the list. Contact the office.",
    ),
    "CEREMONY-NOT-APPROVED": (
        "đề xuất {nomination} chưa được duyệt (hoặc không được duyệt): chỉ bàn giao cho học sinh "
        "đã duyệt. Bỏ dấu “x” của dòng này, hoặc ghi quyết định duyệt trước.",
        "nomination {nomination} is not approved: only approved students receive devices. Remove "
        "this row's “x”, or record the approval first.",
    ),
    "CEREMONY-ALREADY-HANDED": (
        "bỏ qua: học sinh này đã có hồ sơ bàn giao ({other}). Nếu em nhận thêm thiết bị, ghi bằng "
        "`minhbach new handover`.",
        "skipped: this student already has a handover ({other}). If they received more devices, "
        "record it with `minhbach new handover`.",
    ),
    "CEREMONY-RECEIVER": (
        "ô “{column}” cần họ tên người ký nhận và quan hệ với học sinh trong ngoặc, ví dụ "
        "“Trần Thị Mai (mẹ)”.",
        "the “{column}” cell needs the name of who signed and their relation to the student in "
        "brackets, e.g. “Trần Thị Mai (mẹ)”.",
    ),
    "CEREMONY-SERIAL-TWICE": (
        "số sê-ri thứ {position} trong ô đã ghi ở dòng {other_row} của danh sách: mỗi máy chỉ "
        "trao một lần. Sửa số sê-ri ở một trong hai dòng.",
        "serial number {position} in the cell is already on row {other_row} of the list: a "
        "device is handed over once. Fix the serial on one of the two rows.",
    ),
    "CEREMONY-SERIAL-HANDED": (
        "máy có số sê-ri thứ {position} trong ô đã được bàn giao ({other}). Kiểm tra lại số "
        "sê-ri ghi trên máy.",
        "the device of serial number {position} in the cell was already handed over ({other}). "
        "Check the serial on the device.",
    ),
    "CEREMONY-SERIAL-UNKNOWN": (
        "không tìm thấy máy “{serial}” trong các thiết bị trường đang giữ theo sổ sách. Kiểm tra "
        "lại số sê-ri ghi trên máy; nếu đúng, cần ghi hồ sơ tiếp nhận hoặc phân bổ máy này trước.",
        "device “{serial}” is not among the devices the school holds by the records. Check the "
        "serial on the device; if it is right, record its reception or allocation first.",
    ),
    "CEREMONY-SERIAL-NOT-HERE": (
        "máy có số sê-ri thứ {position} trong ô thuộc nguồn `{source}`, nhưng theo sổ sách "
        "trường không còn giữ máy nào của nguồn này. Kiểm tra số sê-ri, hoặc ghi hồ sơ phân bổ "
        "máy về trường trước.",
        "the device of serial number {position} in the cell comes from source `{source}`, but by "
        "the records the school holds no device of that source. Check the serial, or record the "
        "allocation to the school first.",
    ),
    "CEREMONY-SERIAL-NEEDED": (
        "ô “{column}” trống, nhưng {kind} trường đang giữ đều có số sê-ri trong sổ sách: ghi số "
        "sê-ri máy đã trao (nhiều máy cách nhau bằng dấu phẩy).",
        "the “{column}” cell is empty, but every {kind} the school holds has a serial in the "
        "records: write the serial of the device given (several separated by commas).",
    ),
    "CEREMONY-NOT-ENOUGH": (
        "học sinh cần {needed} {kind} nhưng theo sổ sách trường chỉ còn {held}. Ghi hồ sơ phân bổ "
        "về trường trước, hoặc bỏ dấu “x” của dòng này.",
        "the student needs {needed} {kind} but by the records the school holds only {held}. "
        "Record the allocation to the school first, or remove this row's “x”.",
    ),
    "IMPORT-OLD-FORMAT": (
        "Tệp {name} là định dạng {suffix}: mở bằng Excel hoặc LibreOffice và lưu lại thành .xlsx "
        "(Excel Workbook) rồi nhập lại.",
        "{name} is a {suffix} file: open it in Excel or LibreOffice, save it as .xlsx (Excel "
        "Workbook) and import it again.",
    ),
    "IMPORT-FILE-KIND": (
        "Không đọc được tệp {name}: chỉ nhận .xlsx hoặc .csv.",
        "Cannot read {name}: only .xlsx and .csv files are accepted.",
    ),
    "IMPORT-NOT-A-WORKBOOK": (
        "Không mở được {name} như một tệp Excel (.xlsx): tệp hỏng hoặc không phải .xlsx "
        "({detail}). Mở bằng Excel hoặc LibreOffice, lưu lại thành .xlsx rồi nhập lại.",
        "Cannot open {name} as an Excel file (.xlsx): it is damaged or not an .xlsx ({detail}). "
        "Open it in Excel or LibreOffice, save it as .xlsx and import it again.",
    ),
}
