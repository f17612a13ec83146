"""Cài đặt của trang Minh Bạch khi dựng thử trên máy (`minhbach build`). Khi đăng thật: publishconf.py.

Phòng, cơ quan chủ quản và chương trình là cài đặt, không nằm trong mã (DESIGN.md "Settings, not
constants"): sửa ở đây. `minhbach init` hỏi và ghi các dòng trong phần đầu; các giá trị đang có
là của bản minh họa (Kế hoạch 949/KH-GDĐT năm 2021 của Phòng GD&ĐT huyện Nhà Bè). publishconf.py
lấy mọi dòng của tệp này, chỉ thêm địa chỉ thật của trang.
"""

# --- Phòng và chương trình (minhbach init hỏi từng dòng) ---------------------------------------
# Tên đầy đủ của Phòng: in trên trang, báo cáo, danh sách, biên bản, phiếu mã tra cứu.
OFFICE_NAME = "Phòng Giáo dục và Đào tạo huyện Nhà Bè"
# Tên ngắn, dùng trong câu và làm tác giả của tin tức.
OFFICE_SHORT_NAME = "Phòng GD&ĐT huyện Nhà Bè"
# Dòng tên cơ quan ở góc trái đầu văn bản (Nghị định 30), dưới tên cơ quan chủ quản.
OFFICE_HEADER_NAME = "Phòng Giáo dục và Đào tạo"
# Địa chỉ và số điện thoại chính thức của Phòng (công khai trên trang).
OFFICE_ADDRESS = "Thị trấn Nhà Bè, huyện Nhà Bè, TP. Hồ Chí Minh"
OFFICE_PHONE = "028 3873 4567"
# Cơ quan chủ quản (dòng trên cùng ở góc trái văn bản) và nơi nhận báo cáo (`minhbach report ubnd`).
PARENT_BODY = "Ủy ban nhân dân huyện Nhà Bè"
REPORT_RECIPIENT = "Ủy ban nhân dân huyện Nhà Bè"
# Địa danh ghi trước ngày tháng của văn bản ("Nhà Bè, ngày … tháng … năm …").
PLACE_NAME = "Nhà Bè"
# Chức danh và họ tên người ký báo cáo gửi UBND.
SIGNER_TITLE = "TRƯỞNG PHÒNG"
SIGNER_NAME = "Lê Thị Oanh"
# Tên chương trình, năm học và văn bản căn cứ (kế hoạch của Phòng).
PROGRAM_NAME = "Chương trình hỗ trợ trang thiết bị học tập trực tuyến cho học sinh"
SCHOOL_YEAR = "2021-2022"
PLAN_REFERENCE = "Kế hoạch số 949/KH-GDĐT ngày 05/10/2021"
# Phần sau số của báo cáo gửi UBND ("12/BC-GDĐT") và nơi nhận in cuối báo cáo.
REPORT_NUMBER_PREFIX = "BC-GDĐT"
REPORT_COPIES_TO = ["Như trên;", "Lưu: VT."]
# Các ban tiếp nhận tài trợ (tên đúng như trên biên bản tiếp nhận).
RECEPTION_BOARDS = ["Ban tiếp nhận Phòng GD&ĐT"]
# Số biên bản bàn giao khi hồ sơ chỉ ghi số thứ tự (ví dụ `document: "4"`): {n} là số thứ tự,
# {school_code} là tên viết tắt của đơn vị giao (short_code của trường, hoặc OFFICE_SHORT_CODE khi
# Phòng trao tại lễ cấp huyện). Ví dụ: "004/BBBG-THNK".
RECEIPT_NUMBER_PATTERN = "{n:03d}/BBBG-{school_code}"
OFFICE_SHORT_CODE = "GDĐT"
# Lời hướng dẫn liên hệ in trên phiếu mã tra cứu gửi gia đình.
CONTACT_NOTE = "Liên hệ giáo viên chủ nhiệm hoặc Phòng GD&ĐT huyện Nhà Bè (028 3873 4567)."
# Tên của trang (tiêu đề trên mọi trang).
SITENAME = "Minh Bạch – Hỗ trợ thiết bị học trực tuyến"
# Biểu trưng (logo) của Phòng ở đầu mỗi trang, không bắt buộc: đường dẫn một ảnh vuông đặt trong
# content/images/, ví dụ "images/logo.png". Để trống thì đầu trang chỉ có tên cơ quan.
OFFICE_LOGO = ""
# Tổ chức (organization) GitHub giữ kho: người duyệt pull request trong .github/CODEOWNERS là các
# nhóm (team) của tổ chức này: "van-phong" cho Phòng, mỗi trường một nhóm đặt tên theo mã trường.
GITHUB_ORGANISATION = "phong-gddt-nha-be"
# Khoá bí mật đặt tên các tệp tra cứu trên trang. Bản minh họa dùng khoá công khai dưới đây;
# `minhbach init` tạo khoá ngẫu nhiên mới. Giữ nguyên khoá suốt chương trình.
LOOKUP_SITE_KEY = "minhbach-demo-khoa-trang-thay-truoc-khi-dung-that"

# --- Công bố và theo dõi ------------------------------------------------------------------------
# Cách hiện tên học sinh được hỗ trợ: initials ("N.V.A."), family-initials ("Nguyễn V. A."),
# given ("An") hoặc none (không hiện tên).
MASKING_STYLE = "initials"
# Số học sinh mỗi trang của danh sách /ho-tro/.
STUDENTS_PER_PAGE = 100
# Cảnh báo khi một đề xuất đã duyệt chờ thiết bị quá số ngày này.
WAITING_WARNING_DAYS = 30
# Một lần theo dõi (followup) là quá hạn sau lần bàn giao bao nhiêu ngày.
FOLLOWUP_DUE_DAYS = 30

# --- Pelican (phần kỹ thuật, thường không cần sửa) ---------------------------------------------
# Địa chỉ trang: để trống khi dựng thử (liên kết tương đối); publishconf.py ghi địa chỉ thật.
SITEURL = ""
# Bản tin Atom cần địa chỉ đầy đủ; `make serve` phục vụ output/ ở đây.
FEED_DOMAIN = "http://localhost:8000"
AUTHOR = OFFICE_SHORT_NAME
PATH = "content"
THEME = "theme"
OUTPUT_PATH = "output"
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
DEFAULT_DATE_FORMAT = "%d/%m/%Y"
LOCALE = ("C.UTF-8", "C")

# Các plugin, ghi rõ từng cái (không tự nạp plugin nào khác).
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["minhbach.site"]

JINJA_ENVIRONMENT = {
    "autoescape": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "extensions": [],
}

# Nội dung: trang ở /<slug>/, tin tức ở /tin-tuc/<slug>/; không tạo trang nào khác của Pelican.
PAGE_PATHS = ["pages"]
ARTICLE_PATHS = ["tin-tuc"]
STATIC_PATHS = ["images"]
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
ARTICLE_URL = "tin-tuc/{slug}/"
ARTICLE_SAVE_AS = "tin-tuc/{slug}/index.html"
DIRECT_TEMPLATES = ["index"]
INDEX_SAVE_AS = "tin-tuc/index.html"
DEFAULT_PAGINATION = False
ARTICLE_LANG_SAVE_AS = ""
PAGE_LANG_SAVE_AS = ""
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
DRAFT_PAGE_LANG_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
TAG_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAGS_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
SLUGIFY_SOURCE = "basename"

# Một bản tin Atom cho mục tin tức; tên miền ghi trong publishconf.py.
FEED_ALL_ATOM = "tin-tuc/atom.xml"
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
RSS_FEED_SUMMARY_ONLY = True

DELETE_OUTPUT_DIRECTORY = False
LOAD_CONTENT_CACHE = False
CACHE_CONTENT = False
TYPOGRIFY = False
