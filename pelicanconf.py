"""Settings of the Minh Bạch site (development). Production: publishconf.py.

The office, its parent body and the programme are settings (DESIGN "Settings, not constants"):
change them here, not in the code. ``minhbach build`` reads this file for both the tool
(minhbach.settings) and Pelican.
"""

# --- The office and the programme (read by minhbach.settings.Settings) -------------------------
OFFICE_NAME = "Phòng Giáo dục và Đào tạo huyện Nhà Bè"
OFFICE_SHORT_NAME = "Phòng GD&ĐT huyện Nhà Bè"
OFFICE_PHONE = "028 3873 4567"
OFFICE_ADDRESS = "Thị trấn Nhà Bè, huyện Nhà Bè, TP. Hồ Chí Minh"
PARENT_BODY = "Ủy ban nhân dân huyện Nhà Bè"
REPORT_RECIPIENT = "Ủy ban nhân dân huyện Nhà Bè"
PLACE_NAME = "Nhà Bè"
PROGRAM_NAME = "Chương trình hỗ trợ trang thiết bị học tập trực tuyến cho học sinh"
SCHOOL_YEAR = "2021-2022"
PLAN_REFERENCE = "Kế hoạch số 949/KH-GDĐT ngày 05/10/2021"
RECEPTION_BOARDS = ["Ban tiếp nhận Phòng GD&ĐT"]
# Số biên bản bàn giao khi hồ sơ chỉ ghi số thứ tự (ví dụ `document: "4"`): {n} là số thứ tự,
# {school_code} là tên viết tắt của đơn vị giao (short_code của trường, hoặc OFFICE_SHORT_CODE khi
# Phòng trao tại lễ cấp huyện). Ví dụ: "004/BBBG-THNK".
RECEIPT_NUMBER_PATTERN = "{n:03d}/BBBG-{school_code}"
OFFICE_SHORT_CODE = "GDĐT"
CONTACT_NOTE = "Liên hệ giáo viên chủ nhiệm hoặc Phòng GD&ĐT huyện Nhà Bè (028 3873 4567)."
# How a supported student's name is shown: initials ("N.V.A."), family-initials ("Nguyễn V. A."),
# given ("An") or none (no name).
MASKING_STYLE = "initials"
STUDENTS_PER_PAGE = 100
WAITING_WARNING_DAYS = 30
# Change before real use: the key of the lookup files' names.
LOOKUP_SITE_KEY = "minhbach-demo-khoa-trang-thay-truoc-khi-dung-that"

# --- Pelican -----------------------------------------------------------------------------------
SITENAME = "Minh Bạch – Hỗ trợ thiết bị học trực tuyến"
# Biểu trưng (logo) của Phòng ở đầu mỗi trang, không bắt buộc: đường dẫn một ảnh vuông đặt trong
# content/images/, ví dụ "images/logo.png". Để trống thì đầu trang chỉ có tên cơ quan.
OFFICE_LOGO = ""
SITEURL = ""
# Feeds need an absolute address; `make serve` serves output/ here.
FEED_DOMAIN = "http://localhost:8000"
AUTHOR = OFFICE_SHORT_NAME
PATH = "content"
THEME = "theme"
OUTPUT_PATH = "output"
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
DEFAULT_DATE_FORMAT = "%d/%m/%Y"
LOCALE = ("C.UTF-8", "C")

# Our plugins, listed explicitly (namespace plugins are not picked up by accident).
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["minhbach.site"]

JINJA_ENVIRONMENT = {
    "autoescape": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "extensions": [],
}

# Content: pages at /<slug>/, news at /tin-tuc/<slug>/; nothing else of Pelican's.
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

# One Atom feed of the news; the domain is set in publishconf.py.
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
