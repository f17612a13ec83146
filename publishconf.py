"""Cài đặt khi đăng thật: mọi dòng của pelicanconf.py, thêm địa chỉ đầy đủ của trang.

Mã QR trên biên bản và phiếu mã tra cứu, và bản tin Atom, cần địa chỉ đầy đủ. Dựng để đăng:
`minhbach build --settings publishconf.py` (lượt "Xuất bản trang" trên GitHub làm việc này).
Khi hồ sơ là hồ sơ thật, lệnh đó và các lệnh in giấy tờ từ chối địa chỉ mẫu dưới đây;
`minhbach init` hỏi và ghi địa chỉ thật.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: F403

# Địa chỉ thật của trang, bắt đầu bằng https:// (GitHub Pages hoặc máy chủ của Phòng). Không đổi
# sau khi đã in giấy tờ: mã QR trên giấy mang địa chỉ này.
SITEURL = "https://minhbach.example.edu.vn"
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False
