"""What a release held back, in words for the staff who ran the build (standard error).

A hold is not a problem: the build published, keeping some figures at an earlier day so that no
child can be singled out by comparing releases (DESIGN "Publication safety across releases").
The lines say which figures, since when, and what lets them move again. They name no child.
"""

from __future__ import annotations

from minhbach.formats import date
from minhbach.public import Hold

_TEXTS = {
    ("categories", "differencing"): (
        "Số liệu theo đối tượng giữ như {since}: từ lần đó chưa có đủ học sinh mới được duyệt "
        "(cần ít nhất 5, không cùng một đối tượng) để cập nhật mà không lộ đối tượng của các em.",
        "Category figures kept as {since}: not enough newly approved students since then (at least "
        "5, not all of one category) to update them without revealing their categories.",
    ),
    ("communes", "differencing"): (
        "Bảng đối tượng theo xã giữ như {since}: ở một số xã chưa có đủ học sinh mới để cập nhật.",
        "Commune table kept as {since}: some communes have too few new students to update it.",
    ),
    ("communes", "table"): (
        "Không công bố bảng đối tượng theo xã: từ các tổng có thể tính ngược ra ô bị che; chỉ công bố số toàn huyện.",
        "Commune table not published: hidden cells could be worked out from the totals; district figures only.",
    ),
    ("cash", "hidden-gift"): (
        "Tổng tiền mặt đã nhận giữ như {since}: phần tăng thêm chỉ gồm khoản của một nhà tài trợ không công khai số tiền.",
        "Cash received kept as {since}: the increase is the gift of only one donor who hides amounts.",
    ),
    ("reach", "donor-link"): (
        "Nơi tài trợ đã đến (trang nhà tài trợ, trang trường) giữ như {since}: cập nhật lúc này sẽ cho biết em nào nhận "
        "thiết bị của nhà tài trợ nào.",
        "Where the gifts went (donor and school pages) kept as {since}: updating now would tell which child "
        "received which donor's device.",
    ),
    ("students", "donor-link"): (
        "{count} học sinh chưa được nêu tên trong lần này (chỉ được đếm): dữ liệu công khai sẽ cho biết em nhận thiết bị "
        "của nhà tài trợ nào.",
        "{count} students are not named in this release (only counted): public data would tell whose device they received.",
    ),
}


def describe_hold(hold: Hold, lang: str = "vi") -> str:
    """One line about ``hold`` in ``lang``."""
    vi, en = _TEXTS[(hold.figure, hold.reason)]
    if hold.since is None:
        since = "chưa công bố" if lang == "vi" else "not published yet"
    else:
        since = ("bản ngày " if lang == "vi" else "the release of ") + date(hold.since)
    prefix = "Giữ lại: " if lang == "vi" else "Held back: "
    return prefix + (vi if lang == "vi" else en).format(since=since, count=hold.count)
