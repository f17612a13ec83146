"""The English of the command line's own help (``minhbach --lang en CMD --help``).

The commands declare their help in Vietnamese, where it is written (cli/); this table gives each
text its English, keyed by the Vietnamese. A help text without English here shows in Vietnamese
under ``--lang en``: ``tests/cli/test_help_text.py`` reads every command's help in English and
fails on a Vietnamese word, so a new option needs its line here.
"""

HELP_EN: dict[str, str] = {
    # main
    "Minh Bạch: hồ sơ và trang công khai": "Minh Bạch: records and public site",
    "ngôn ngữ thông báo (mặc định: vi)": "language of the messages (default: vi)",
    "kiểm tra toàn bộ hồ sơ": "check all the records",
    "kiểm tra hồ sơ rồi dựng trang công khai vào output/": (
        "check the records, then build the public site into output/"
    ),
    "tạo bộ dữ liệu minh họa": "write a demo data set",
    "sổ cân đối: đã nhận, đang ở đâu, đã trao, còn lại": (
        "balance: received, where it is, handed over, left"
    ),
    "lập báo cáo nội bộ (UBND, danh sách, biên bản, phiếu mã, đối soát)": (
        "write internal reports (UBND, lists, receipts, code slips, reconciliation)"
    ),
    "thêm một hồ sơ mới (hỏi từng trường còn thiếu)": (
        "add a new record (asks for each missing field)"
    ),
    "nhập danh sách đề xuất (Excel, CSV) hoặc danh sách ký nhận đã điền": (
        "import a list of nominations (Excel, CSV) or a filled-in ceremony list"
    ),
    "tóm tắt thay đổi hồ sơ giữa hai phiên bản git": (
        "summary of the record changes between two git revisions"
    ),
    "lịch sử thay đổi của một hồ sơ": "the change history of one record",
    "xoá dữ liệu cá nhân của học sinh, cả trong lịch sử git": (
        "erase a student's personal data, from the git history too"
    ),
    # shared options
    "thư mục hồ sơ (mặc định: records)": "records folder (default: records)",
    "THƯ-MỤC": "FOLDER",
    "ngày dùng để xét 'không ở tương lai', tuổi và đồng ý (YYYY-MM-DD, mặc định: hôm nay)": (
        "the day used for 'not in the future', ages and consent (YYYY-MM-DD, default: today)"
    ),
    "NGÀY": "DATE",
    # build
    "thư mục trang công khai (mặc định: output)": "public site folder (default: output)",
    "thư mục báo cáo nội bộ (mặc định: reports)": "internal reports folder (default: reports)",
    "tệp cấu hình (mặc định: pelicanconf.py; khi đăng thật: publishconf.py)": (
        "settings file (default: pelicanconf.py; for the real site: publishconf.py)"
    ),
    "bản đang công bố, để kiểm tra bản mới không làm lộ thông tin khi so với nó: thư mục chứa "
    "các tệp /du-lieu/, hoặc địa chỉ https:// của trang (tải về) "
    "(mặc định: dữ liệu mở của trang đang có trong --output)": (
        "the release now published, to check that the new one reveals nothing against it: a "
        "folder holding the /du-lieu/ files, or the site's https:// address (downloaded) "
        "(default: the open data of the site in --output)"
    ),
    "nơi ghi nhớ lần dựng trước để bỏ qua khi không có gì thay đổi "
    "(mặc định: .minhbach/build-cache; thư mục trống = dựng lại từ đầu)": (
        "where the last build is remembered, to skip a build when nothing changed "
        "(default: .minhbach/build-cache; an empty folder = build from scratch)"
    ),
    # demo
    "thư mục ghi hồ sơ minh họa": "folder to write the demo records into",
    "số học sinh được đề xuất": "number of nominated students",
    "hạt ngẫu nhiên (cùng hạt, cùng dữ liệu)": "random seed (same seed, same data)",
    # balance
    "theo nguồn (mặc định), trường hoặc loại": "by source (default), school or kind",
    # report
    "LOẠI": "KIND",
    "báo cáo gửi UBND (.docx, thể thức Nghị định 30)": (
        "the report to the UBND (.docx, Decree 30 layout)"
    ),
    "danh sách ký nhận của từng trường và của Phòng (.xlsx)": (
        "ceremony lists of each school and of the office (.xlsx)"
    ),
    "biên bản bàn giao, chỉ những biên bản mới hoặc đã đổi (.docx)": (
        "handover receipts, only those new or changed (.docx)"
    ),
    "phiếu mã tra cứu cho gia đình, theo trường (.docx)": (
        "lookup-code slips for the families, by school (.docx)"
    ),
    "đối soát tiếp nhận, phân bổ, bàn giao, còn lại (.xlsx và tóm tắt)": (
        "reconciliation of receptions, allocations, handovers, what is left (.xlsx and summary)"
    ),
    "tệp cấu hình (mặc định: pelicanconf.py)": "settings file (default: pelicanconf.py)",
    "thư mục báo cáo (mặc định: reports)": "reports folder (default: reports)",
    "thư mục trang công khai, nơi không được ghi báo cáo": (
        "public site folder, where no report may be written"
    ),
    "tệp báo cáo (mặc định: reports/bao-cao-ubnd-NGÀY.docx)": (
        "report file (default: reports/bao-cao-ubnd-DATE.docx)"
    ),
    "số văn bản (để trống cho văn thư điền)": "document number (leave empty for the clerk)",
    "chỉ lập cho một trường (mã trường)": "only for one school (school id)",
    # new
    "Tạo một hồ sơ mới. Phần mềm tự tạo mã, mã tra cứu và ngày; hỏi các trường bắt "
    "buộc còn thiếu; kiểm tra ngay và chỉ ghi khi hồ sơ hợp lệ.": (
        "Create a new record. The tool makes the id, the lookup code and the date; asks for the "
        "required fields still missing; checks at once and writes only a valid record."
    ),
    "giá trị một trường, ví dụ --set student.full_name='Nguyễn Văn An' --set items[0].kind=tablet": (
        "one field's value, e.g. --set student.full_name='Nguyễn Văn An' --set items[0].kind=tablet"
    ),
    "TRƯỜNG=GIÁ-TRỊ": "FIELD=VALUE",
    "in một hồ sơ trống có chú thích, không ghi gì": (
        "print an empty record with comments, write nothing"
    ),
    "không hỏi; trường thiếu thì báo lỗi": "ask nothing; a missing field is an error",
    "kiểm tra và in hồ sơ, không ghi tệp": "check and print the record, write no file",
    "loại hồ sơ: %(choices)s": "record type: %(choices)s",
    # import
    "Nhập danh sách đề xuất của một trường (cần --school), hoặc danh sách ký nhận "
    "do `minhbach report lists` lập sau buổi trao (nhận ra tự động): mỗi dòng đã ký thành "
    "một hồ sơ bàn giao. Chỉ ghi khi mọi dòng đều hợp lệ; dòng trùng (học sinh đã đề xuất, "
    "đã có bàn giao) được bỏ qua và báo lại. Cột đồng ý: “Phụ huynh đồng ý” (cha mẹ, người "
    "giám hộ) và “Học sinh đồng ý” (em từ đủ 7 tuổi); chỉ một cột “Đồng ý” thì hiểu là cả hai.": (
        "Import a school's list of nominations (needs --school), or a ceremony list written by "
        "`minhbach report lists` and filled in after the ceremony (recognised by itself): each "
        "signed row becomes a handover. Writes only when every row is valid; duplicate rows "
        "(a student already nominated, already handed over) are skipped and reported. Consent "
        "columns: “Phụ huynh đồng ý” (parents, guardian) and “Học sinh đồng ý” (a student aged "
        "7 or more); a single “Đồng ý” column stands for both."
    ),
    "tệp .xlsx hoặc .csv": "an .xlsx or .csv file",
    "TỆP": "FILE",
    "mã trường đề xuất (tên tệp trong records/schools/); với danh sách ký nhận của "
    "Phòng: chỉ nhập trang của trường này": (
        "the nominating school's id (a file name in records/schools/); with the office's "
        "ceremony list: import this school's sheet only"
    ),
    "MÃ-TRƯỜNG": "SCHOOL-ID",
    "chỉ kiểm tra và báo cáo, không ghi tệp": "only check and report, write no file",
    "ghi tệp Excel mẫu để trường điền, rồi dừng": (
        "write the Excel template for a school to fill in, then stop"
    ),
    "RA.xlsx": "OUT.xlsx",
    # diff and history
    "So sánh hồ sơ ở phiên bản BASE với HEAD (mặc định: thư mục làm việc): hồ sơ thêm, "
    "sửa, xóa; biến động số dư; lỗi và cảnh báo mới. Dữ liệu cá nhân được che trừ khi có --full.": (
        "Compare the records at revision BASE with HEAD (default: the working tree): records "
        "added, changed, removed; balance changes; new errors and warnings. Personal data is "
        "masked unless --full."
    ),
    "phiên bản gốc (nhánh, thẻ hoặc mã commit), ví dụ origin/main": (
        "the base revision (branch, tag or commit), e.g. origin/main"
    ),
    "phiên bản mới (mặc định: thư mục làm việc)": "the new revision (default: the working tree)",
    "không che dữ liệu cá nhân (chỉ dùng trên máy mình)": (
        "do not mask personal data (only on your own computer)"
    ),
    "Ai đã sửa hồ sơ, khi nào, vì sao, và sửa gì (dữ liệu cá nhân được che).": (
        "Who changed the record, when, why, and what (personal data masked)."
    ),
    "mã hồ sơ (tên tệp không có .yaml), ví dụ dx-7k3q9x2m": (
        "the record's id (the file name without .yaml), e.g. dx-7k3q9x2m"
    ),
    "MÃ": "ID",
    "không che dữ liệu cá nhân": "do not mask personal data",
    # forget
    "Xoá dữ liệu cá nhân của một học sinh (theo yêu cầu) hoặc của mọi hồ sơ đã "
    "kết thúc trước một ngày (hết thời hạn lưu trữ), ở thư mục hồ sơ và trong mọi commit.": (
        "Erase the personal data of one student (on request) or of every record that ended "
        "before a day (end of the retention period), in the records folder and in every commit."
    ),
    "mã đề xuất, ví dụ dx-7k3q9x2m": "a nomination id, e.g. dx-7k3q9x2m",
    "xoá mọi đề xuất có sự kiện cuối cùng trước ngày này (YYYY-MM-DD)": (
        "erase every nomination whose last event is before this day (YYYY-MM-DD)"
    ),
    "số văn bản yêu cầu xoá của gia đình": "the number of the family's erasure request",
    "không hỏi lại": "do not ask for confirmation",
    "thư mục báo cáo đã lập (mặc định: reports)": "folder of the reports written (default: reports)",
    # init
    "bắt đầu chương trình của Phòng: xoá bản minh họa, ghi cài đặt của Phòng": (
        "start the office's own programme: remove the demo, write the office's settings"
    ),
    "Biến bản minh họa thành chương trình của Phòng: xoá hồ sơ, tin và báo cáo "
    "minh họa; ghi cài đặt của Phòng vào pelicanconf.py và publishconf.py (hỏi từng câu, hoặc "
    "--set); tạo khoá tra cứu mới; viết lại .github/CODEOWNERS; tạo các thư mục hồ sơ trống. "
    "Không làm gì khi đã có hồ sơ thật.": (
        "Turn the demo into the office's own programme: remove the demo records, news and "
        "reports; write the office's settings into pelicanconf.py and publishconf.py (asked one "
        "by one, or --set); make a new lookup key; rewrite .github/CODEOWNERS; create the empty "
        "record folders. Does nothing when real records exist."
    ),
    "TÊN=GIÁ-TRỊ": "NAME=VALUE",
    "một cài đặt, ví dụ --set SITEURL=https://minhbach.pgdnhabe.edu.vn "
    "--set SIGNER_NAME='Nguyễn Văn An' (danh sách: cách nhau bằng dấu ;)": (
        "one setting, e.g. --set SITEURL=https://minhbach.pgdnhabe.edu.vn "
        "--set SIGNER_NAME='Nguyen Van An' (lists: separated by ;)"
    ),
    "chỉ cho biết sẽ làm gì, không ghi, không xoá": "only say what would be done; write and remove nothing",
    # approve
    "ghi một quyết định duyệt (hoặc không duyệt) cho nhiều đề xuất một lần": (
        "record one approval (or rejection) decision for many nominations at once"
    ),
    "Ghi quyết định của Phòng vào các đề xuất: mọi đề xuất đang chờ của một trường "
    "(--school), các mã đề xuất ghi sau lệnh, hoặc các dòng của một danh sách (--list). Ghi tất "
    "cả hoặc không ghi gì; kiểm tra như `minhbach validate` trước khi ghi.": (
        "Record the office's decision in the nominations: every proposed nomination of a school "
        "(--school), the nomination ids given after the command, or the rows of a list (--list). "
        "Writes all or nothing, checked like `minhbach validate` first."
    ),
    "mọi đề xuất đang chờ của trường này": "every proposed nomination of this school",
    "danh sách .xlsx/.csv: danh sách trường gửi, hoặc danh sách của Phòng có cột mã đề xuất": (
        "an .xlsx/.csv list: the school's own list, or the office's list with a nomination id column"
    ),
    "SỐ": "NUMBER",
    "số quyết định, ví dụ 112/QĐ-GDĐT": "the decision's number, e.g. 112/QĐ-GDĐT",
    "ngày quyết định: 05/03/2022 hoặc 2022-03-05": "the decision's date: 05/03/2022 or 2022-03-05",
    "NGƯỜI-KÝ": "SIGNER",
    "người ký, ví dụ 'Lê Văn A, Trưởng phòng'": "who signed, e.g. 'Le Van A, Head of office'",
    "không duyệt (cần --reason) thay vì duyệt": "reject (needs --reason) instead of approve",
    "LÝ-DO": "REASON",
    "lý do không duyệt (riêng tư)": "the reason for rejecting (private)",
    "chỉ cho biết sẽ ghi gì, không ghi tệp": "only say what would be written; write no file",
}
