"""Messages of an office's own programme: placeholder settings, ``minhbach init`` and
``minhbach approve``. A decision's summary names students by initials only."""

MESSAGES: dict[str, tuple[str, str]] = {
    # Placeholders (minhbach.placeholders): one line per value, under a line saying what for.
    "PLACEHOLDER-FOR-BUILD": (
        "Không dựng trang để đăng: hồ sơ có dữ liệu thật (không có `demo: true`) nhưng cài đặt "
        "còn giá trị mẫu của bản minh họa:",
        "Not building the site for publication: the records hold real data (without "
        "`demo: true`) but the settings still have the demo's placeholder values:",
    ),
    "PLACEHOLDER-FOR-PRINT": (
        "Không lập giấy tờ để in: hồ sơ có dữ liệu thật (không có `demo: true`) nhưng cài đặt "
        "còn giá trị mẫu của bản minh họa (giấy đã in thì không sửa được):",
        "Not writing documents to print: the records hold real data (without `demo: true`) but "
        "the settings still have the demo's placeholder values (paper cannot be corrected):",
    ),
    "PLACEHOLDER-DEFAULT-FILE": (
        "không có trong tệp cấu hình nào, đang dùng giá trị mặc định; thêm dòng này vào pelicanconf.py",
        "in no settings file, the default is used; add the line to pelicanconf.py",
    ),
    "PLACEHOLDER-EXAMPLE-ADDRESS": (
        "{setting} ({file}) = “{value}”: địa chỉ mẫu, không ai mở được (tên miền dành cho ví "
        "dụ hoặc máy cục bộ). Ghi địa chỉ thật của trang, ví dụ https://minhbach.pgdnhabe.edu.vn; "
        "mã QR trên giấy tờ mang địa chỉ này.",
        "{setting} ({file}) = “{value}”: an example address nobody can open (a domain reserved "
        "for examples, or this machine). Write the site's real address; the QR codes on paper "
        "carry it.",
    ),
    "PLACEHOLDER-DEMO-KEY": (
        "{setting} ({file}): khoá mẫu của bản minh họa, in sẵn trong mã nguồn nên ai cũng biết. "
        "`minhbach init` tạo khoá mới; hoặc ghi một chuỗi ngẫu nhiên dài (ít nhất 32 ký tự).",
        "{setting} ({file}): the demo's key, printed in the source code for everyone to read. "
        "`minhbach init` makes a new one; or write a long random string (32 characters or more).",
    ),
    "PLACEHOLDER-DEMO-SIGNER": (
        "{setting} ({file}) = “{value}”: người ký của bản minh họa. Ghi họ tên người ký văn bản "
        "của Phòng.",
        "{setting} ({file}) = “{value}”: the demo's signer. Write the name of the person who "
        "signs the office's documents.",
    ),
    "PLACEHOLDER-DEMO-PHONE": (
        "{setting} ({file}) có số điện thoại của bản minh họa ({value}). Ghi số điện thoại "
        "chính thức của Phòng.",
        "{setting} ({file}) holds the demo's phone number ({value}). Write the office's official "
        "number.",
    ),
    "PLACEHOLDER-DEMO-CONTENT": (
        "{file}: bài của bản minh họa (có dòng `Demo: true`). Xoá tệp (`minhbach init` xoá giúp).",
        "{file}: a post of the demo (it says `Demo: true`). Delete it (`minhbach init` does).",
    ),
    "PLACEHOLDER-DEMO-PHONE-PAGE": (
        "{file}: trang còn số điện thoại của bản minh họa. Sửa thành số của Phòng.",
        "{file}: the page still gives the demo's phone number. Write the office's number.",
    ),
    "PLACEHOLDER-WHAT-TO-DO": (
        "Chạy `minhbach init` để ghi cài đặt của Phòng (hoặc sửa các dòng trên), rồi chạy lại lệnh.",
        "Run `minhbach init` to write the office's settings (or fix the lines above), then run "
        "the command again.",
    ),
    # minhbach init: the answers' checks, the prompts, and what the command says.
    "INIT-EMPTY": ("không được để trống.", "may not be empty."),
    "INIT-PHONE": (
        "“{written}” không phải số điện thoại Việt Nam (10 hoặc 11 chữ số, bắt đầu bằng 0 hoặc "
        "+84, ví dụ 028 3873 1234).",
        "“{written}” is not a Vietnamese phone number (10 or 11 digits starting with 0 or +84, "
        "e.g. 028 3873 1234).",
    ),
    "INIT-ADDRESS": (
        "“{written}” không phải địa chỉ trang đầy đủ: viết dạng https://tên-miền, ví dụ "
        "https://minhbach.pgdnhabe.edu.vn (trang phải có https).",
        "“{written}” is not a full site address: write https://domain, e.g. "
        "https://minhbach.pgdnhabe.edu.vn (the site must use https).",
    ),
    "INIT-ADDRESS-EXAMPLE": (
        "“{written}” là địa chỉ mẫu (tên miền dành cho ví dụ, thử nghiệm hoặc máy cục bộ), "
        "không ai mở được. Ghi địa chỉ thật của trang.",
        "“{written}” is an example address (a domain reserved for examples, tests or this "
        "machine) nobody can open. Write the site's real address.",
    ),
    "INIT-SCHOOL-YEAR": (
        "“{written}” không phải năm học: viết hai năm liền nhau, ví dụ 2025-2026.",
        "“{written}” is not a school year: write two consecutive years, e.g. 2025-2026.",
    ),
    "INIT-ORGANISATION": (
        "“{written}” không phải tên tổ chức GitHub (chữ không dấu, số và dấu gạch nối, tối đa 39 "
        "ký tự, ví dụ pgd-nha-be).",
        "“{written}” is not a GitHub organisation name (letters, digits and hyphens, at most "
        "39 characters, e.g. pgd-nha-be).",
    ),
    "INIT-KEY": (
        "khoá cần ít nhất 32 ký tự, không có khoảng trắng. Để trống cho `minhbach init` tự tạo.",
        "the key needs 32 characters or more, without spaces. Leave it out and `minhbach init` "
        "makes one.",
    ),
    "INIT-PROMPT-KEEP": (" [Enter để giữ: {value}]", " [Enter keeps: {value}]"),
    "INIT-PROMPT-REQUIRED": (" (bắt buộc)", " (required)"),
    "INIT-PROMPT-AGAIN": ("Chưa đúng: {why} Nhập lại.", "Not right: {why} Try again."),
    "INIT-INTRO": (
        "Bắt đầu chương trình của Phòng: trả lời từng câu (Enter giữ giá trị trong ngoặc vuông; "
        "Ctrl+C để dừng, chưa ghi gì).",
        "Starting the office's programme: answer each question (Enter keeps the value in "
        "brackets; Ctrl+C stops, nothing written).",
    ),
    "INIT-NOT-A-CHECKOUT": (
        "Không thấy {missing} trong thư mục này. Chạy `minhbach init` ở thư mục gốc của kho (nơi "
        "có pelicanconf.py, publishconf.py, content/ và records/).",
        "No {missing} in this folder. Run `minhbach init` in the repository's root folder (where "
        "pelicanconf.py, publishconf.py, content/ and records/ are).",
    ),
    "INIT-REAL-RECORDS": (
        "Không làm: {records} đã có {count} hồ sơ thật (không có `demo: true`, hoặc không đọc "
        "được), ví dụ {examples}. `minhbach init` chỉ dùng để bắt đầu từ bản minh họa và không bao "
        "giờ xoá hồ sơ thật. Muốn đổi cài đặt của Phòng: sửa pelicanconf.py và publishconf.py. "
        "Muốn thêm trường: `minhbach new school`.",
        "Not done: {records} already holds {count} real records (without `demo: true`, or "
        "unreadable), e.g. {examples}. `minhbach init` only starts from the demo and never "
        "deletes real records. To change the office's settings, edit pelicanconf.py and "
        "publishconf.py. To add a school: `minhbach new school`.",
    ),
    "INIT-SET-FORM": (
        "--set cần dạng TÊN=GIÁ-TRỊ, ví dụ --set SITEURL=https://minhbach.pgdnhabe.edu.vn, không "
        "phải “{written}”.",
        "--set needs NAME=VALUE, e.g. --set SITEURL=https://minhbach.pgdnhabe.edu.vn, not "
        "“{written}”.",
    ),
    "INIT-SET-UNKNOWN": (
        "--set {name}: không có cài đặt này. Các cài đặt `minhbach init` ghi: {known}.",
        "--set {name}: no such setting. The settings `minhbach init` writes: {known}.",
    ),
    "INIT-SET-WRONG": ("--set {name}: {why}", "--set {name}: {why}"),
    "INIT-MISSING": (
        "Chưa ghi gì: thiếu cài đặt mà giá trị mẫu của bản minh họa không dùng được:\n{lines}\n"
        "Chạy lại với các --set trên, hoặc chạy `minhbach init` trong cửa sổ dòng lệnh để được hỏi "
        "từng câu.",
        "Nothing written: these settings still hold the demo's placeholder and must be given:\n"
        "{lines}\nRun again with the --set options above, or run `minhbach init` in a terminal to "
        "be asked.",
    ),
    "INIT-MISSING-LINE": ("  --set {name}=…   ({question})", "  --set {name}=…   ({question})"),
    "INIT-WILL-REMOVE": (
        "Xoá bản minh họa: {records} hồ sơ, {content} bài có dòng `Demo: true`.",
        "Removing the demo: {records} records, {content} posts marked `Demo: true`.",
    ),
    "INIT-WILL-REMOVE-FOLDERS": (
        "Xoá những gì đã dựng từ bản minh họa: {folders}.",
        "Removing what was built from the demo: {folders}.",
    ),
    "INIT-WILL-WRITE": ("Ghi: {files}.", "Writing: {files}."),
    "INIT-SETTING": ("  {name} = {value}", "  {name} = {value}"),
    "INIT-KEY-MADE": (
        "  LOOKUP_SITE_KEY = (khoá ngẫu nhiên mới; giữ nguyên suốt chương trình)",
        "  LOOKUP_SITE_KEY = (a new random key; keep it for the whole programme)",
    ),
    "INIT-DRY-RUN": (
        "Chạy thử (--dry-run): chưa ghi, chưa xoá gì. Bỏ --dry-run để làm.",
        "Dry run (--dry-run): nothing written or removed. Leave out --dry-run to do it.",
    ),
    "INIT-DONE": (
        "Xong. Tiếp theo: đọc lại content/pages/ (giới thiệu chương trình, cách ủng hộ, liên hệ) "
        "và sửa cho đúng chương trình của Phòng; thêm các trường (`minhbach new school`); rồi "
        '`git add -A` và `git commit -m "Bắt đầu chương trình của Phòng"`. Hướng dẫn đầy đủ: '
        "content/pages/huong-dan.md.",
        "Done. Next: read content/pages/ again (the programme, how to give, contact) and make "
        "them the office's; add the schools (`minhbach new school`); then `git add -A` and "
        "`git commit`. The full guide: content/pages/huong-dan.md.",
    ),
    "INIT-NOTHING-TO-REMOVE": (
        "Không còn gì của bản minh họa để xoá.",
        "Nothing of the demo is left to remove.",
    ),
    # minhbach approve: findings (a list's rows, the ids named) and what the command says.
    "APPROVE-UNKNOWN-ID": (
        "không có đề xuất mã `{id}`. Kiểm tra lại mã (tên tệp trong records/nominations/<trường>/).",
        "there is no nomination `{id}`. Check the id (the file name in records/nominations/<school>/).",
    ),
    "APPROVE-OTHER-SCHOOL": (
        "đề xuất `{id}` là của trường `{other}`, không phải `{school}`. Bỏ mã này, hoặc bỏ --school.",
        "nomination `{id}` belongs to school `{other}`, not `{school}`. Leave the id out, or "
        "leave out --school.",
    ),
    "APPROVE-ALREADY-DECIDED": (
        "đề xuất `{id}` đã có quyết định khác (trạng thái {status}, văn bản {document}). Bỏ đề "
        "xuất này khỏi danh sách; muốn đổi quyết định đã ghi thì sửa tệp {file}.",
        "nomination `{id}` already has another decision (status {status}, document {document}). "
        "Leave it out; to change a recorded decision, edit {file}.",
    ),
    "APPROVE-RECORD-UNREADABLE": (
        "tệp này còn lỗi khi đọc, nên chưa ghi quyết định vào được. Chạy `minhbach validate`, sửa "
        "tệp, rồi chạy lại lệnh duyệt.",
        "this file has a reading error, so the decision cannot be written into it. Run "
        "`minhbach validate`, fix the file, then approve again.",
    ),
    "APPROVE-LIST-NO-COLUMNS": (
        "danh sách không có cột mã đề xuất (dx-…) cũng không có dòng tiêu đề với cột “Họ và tên” "
        "(và “Ngày sinh” hoặc “Mã học sinh”) để tìm học sinh. Dùng danh sách trường đã gửi, hoặc "
        "thêm cột mã đề xuất.",
        "the list has no column of nomination ids (dx-…) and no header row with “Họ và tên” (and "
        "“Ngày sinh” or “Mã học sinh”) to find the students by. Use the list the school sent, or "
        "add a column of ids.",
    ),
    "APPROVE-ROW-UNMATCHED": (
        "dòng {row} không khớp đề xuất nào (cùng mã học sinh, hoặc cùng họ tên và ngày sinh). "
        "Kiểm tra họ tên, ngày sinh của dòng này, hoặc xoá dòng nếu học sinh chưa được đề xuất.",
        "row {row} matches no nomination (same student code, or same name and birth date). "
        "Check the row's name and birth date, or delete the row if the student was never nominated.",
    ),
    "APPROVE-ROW-AMBIGUOUS": (
        "dòng {row} khớp nhiều đề xuất (tên không dấu và ngày sinh trùng nhau). Ghi mã đề xuất "
        "của em vào danh sách, hoặc duyệt bằng mã: `minhbach approve MÃ …`.",
        "row {row} matches several nominations (same name without diacritics and birth date). "
        "Write the student's nomination id in the list, or approve by id: `minhbach approve ID …`.",
    ),
    "APPROVE-WHICH": (
        "cần chỉ đề xuất nào: --school MÃ-TRƯỜNG (mọi đề xuất đang chờ của trường), các mã đề "
        "xuất, hoặc --list DANH-SÁCH.xlsx.",
        "say which nominations: --school SCHOOL (every proposed one of the school), their ids, "
        "or --list LIST.xlsx.",
    ),
    "APPROVE-REASON-NEEDED": (
        '--reject cần --reason "lý do không duyệt" (lý do được lưu riêng tư trong hồ sơ).',
        '--reject needs --reason "why" (the reason is kept private in the records).',
    ),
    "APPROVE-REASON-ONLY-REJECT": (
        "--reason chỉ dùng cùng --reject (lý do không duyệt).",
        "--reason goes with --reject only (why a nomination is refused).",
    ),
    "APPROVE-DATE": (
        "--date “{written}” không phải một ngày: viết 05/03/2022 hoặc 2022-03-05 (đủ 4 chữ số năm).",
        "--date “{written}” is not a date: write 05/03/2022 or 2022-03-05 (a four-digit year).",
    ),
    "APPROVE-UNKNOWN-SCHOOL": (
        "Không có trường `{school}` trong {records}/schools/.{hint}",
        "There is no school `{school}` in {records}/schools/.{hint}",
    ),
    "APPROVE-DID-YOU-MEAN": (" Có phải ý bạn là `{school}`?", " Did you mean `{school}`?"),
    "APPROVE-NO-LIST": ("Không tìm thấy tệp {file}.", "No file {file}."),
    "APPROVE-VERB": ("duyệt", "approve"),
    "REJECT-VERB": ("không duyệt", "refuse"),
    "APPROVE-SUMMARY": (
        "Quyết định {document} ngày {date} ({by}): {verb} {count} đề xuất của {schools} trường "
        "({per_school}); {unchanged} đề xuất đã có quyết định này, giữ nguyên.",
        "Decision {document} of {date} ({by}): {verb} {count} nominations of {schools} schools "
        "({per_school}); {unchanged} already carry this decision, kept.",
    ),
    "APPROVE-NOT-WRITTEN": (
        "Không ghi tệp nào: {count} lỗi ở trên. Sửa rồi chạy lại (quyết định được ghi cho tất cả "
        "hoặc không cho ai).",
        "Nothing written: {count} errors above. Fix them and run again (the decision is recorded "
        "for all or for none).",
    ),
    "APPROVE-NOTHING": (
        "Không có đề xuất nào cần ghi quyết định {document}: {count} đề xuất đã có quyết định này, "
        "không còn đề xuất nào đang chờ trong số đã chọn. Không ghi gì.",
        "No nomination needs decision {document}: {count} already carry it, none of those chosen "
        "is still waiting. Nothing written.",
    ),
    "APPROVE-DRY-RUN": (
        "Chạy thử (--dry-run): hợp lệ, chưa ghi tệp nào. Bỏ --dry-run để ghi.",
        "Dry run (--dry-run): valid, nothing written. Leave out --dry-run to write.",
    ),
    "APPROVE-WRITTEN": (
        "Đã ghi quyết định vào {count} tệp trong {records}/. Tiếp theo: `git add {records}` rồi "
        '`git commit -m "Duyệt đề xuất theo {decision}"` và gửi pull request.',
        "Recorded the decision in {count} files under {records}/. Next: `git add {records}`, "
        '`git commit -m "Decision {decision}"` and a pull request.',
    ),
}
