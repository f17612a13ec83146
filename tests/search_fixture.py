"""A tiny built site carrying the Pagefind attributes the real templates must carry.

The pages are what the theme's templates render, cut down to what indexing looks at
(``data-pagefind-body``, ``-ignore``, ``-filter``); see plugins/minhbach/build/search.py.
"""

from __future__ import annotations

from pathlib import Path

from helpers import write

SCHOOL = "Trường Tiểu học An Phú"
COMMUNE = "Xã Phước Kiển"
DONOR = "Công ty Minh Họa Vina"
NEWS = "Lễ trao máy tính bảng tại Hiệp Phước"
UNINDEXED = "Chỉ số tổng hợp không tìm"
IGNORED = "Bảng số liệu bỏ qua"
FILTERS = ("Trường", "Xã/thị trấn")

_PAGE = """\
<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title></head>
<body><header><nav><a href="/">Tiến độ</a> <a href="/truong/">Trường</a></nav></header>
<main id="noi-dung"{body}>
{content}
</main><footer>Phòng GD&amp;ĐT huyện Nhà Bè</footer></body></html>
"""

PAGES = {
    "index.html": ("Tiến độ", False, f"<h1>Tiến độ</h1><p>{UNINDEXED}</p>"),
    "truong/th-an-phu/index.html": (
        SCHOOL,
        True,
        f"""<h1 data-pagefind-filter="Trường">{SCHOOL}</h1>
<dl class="facts"><div><dt>Cấp học<span class="vh">:</span></dt> <dd>Tiểu học<span class="vh">.</span></dd></div>
<div><dt>Xã, thị trấn<span class="vh">:</span></dt> <dd><span data-pagefind-filter="Xã/thị trấn">{COMMUNE}</span><span class="vh">.</span></dd></div></dl>
<table data-pagefind-ignore><caption>{IGNORED}</caption><tr><th>Được đề xuất</th><td>12</td></tr></table>
<h2>Học sinh đã nhận thiết bị</h2><table><tr><td>dx-k7q3m9</td><td>N.V.B.</td><td>4</td><td>Máy tính xách tay</td></tr></table>
<h2>Nhà tài trợ</h2><ul><li><a href="/nha-tai-tro/dn-vina/">{DONOR}</a>: 1 học sinh</li></ul>""",
    ),
    "nha-tai-tro/dn-vina/index.html": (
        DONOR,
        True,
        f"""<h1>{DONOR}</h1><p>Doanh nghiệp</p>
<table data-pagefind-ignore><caption>{IGNORED}</caption><tr><td>08/10/2021</td><td>3</td></tr></table>
<table><tr><th><a href="/truong/th-an-phu/" data-pagefind-filter="Trường">{SCHOOL}</a></th><td>1</td></tr></table>""",
    ),
    "tin-tuc/le-trao/index.html": (
        NEWS,
        True,
        f"<article><h1>{NEWS}</h1><p>Sáng 28/10/2021, Phòng GD&amp;ĐT trao thiết bị.</p></article>",
    ),
    "du-lieu/index.html": ("Dữ liệu mở", False, f"<h1>Dữ liệu mở</h1><p>{UNINDEXED}</p>"),
}


def write_search_site(root: Path) -> Path:
    """Write the pages (and a lookup file, which must never be indexed) under ``root``."""
    for relative, (title, indexed, content) in PAGES.items():
        body = " data-pagefind-body" if indexed else ""
        write(root, relative, _PAGE.format(title=title, body=body, content=content))
    write(root, "tra-cuu/c/" + "ab" * 32 + ".json", '{"v":1,"iv":"AAAA","ct":"BBBB"}')
    return root
