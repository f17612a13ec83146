"""Messages of the disclosure audit (audit/): a release that would single a child out is refused.

Each names the figure, how many children it concerns and what the office can do: wait for more
changes (the build holds figures back by itself; these messages mean something got past that),
or publish the figure less finely. They never quote a private value.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "DISCLOSURE-DIFFERENCING": (
        "Số liệu theo đối tượng ({population}) đổi giữa bản ngày {before} và bản ngày {after} khi chỉ có "
        "{newcomers} học sinh vào hoặc ra khỏi danh sách được duyệt: ai giữ hai bản sẽ biết đối tượng của các em. "
        "Không công bố bản này: giữ số liệu cũ cho đến khi có ít nhất 5 học sinh mới được duyệt, hoặc bỏ bảng theo xã.",
        "The category figures ({population}) change between the release of {before} and that of {after} while only "
        "{newcomers} students entered or left the approved list: anyone who keeps both learns their categories. "
        "Do not publish: keep the old figures until at least 5 new students are approved, or drop the commune table.",
    ),
    "DISCLOSURE-SHARED-CATEGORY": (
        "Giữa bản ngày {before} và bản ngày {after}, số học sinh đối tượng `{category}` ({population}) tăng đúng bằng "
        "số học sinh mới được duyệt ({newcomers}): ai so hai bản sẽ biết mọi em mới đều thuộc đối tượng đó. "
        "Không công bố bản này: chờ đợt duyệt sau (khi số mới không cùng một đối tượng), hoặc công bố ở mức toàn huyện.",
        "Between the release of {before} and that of {after}, the count of category `{category}` ({population}) grows by "
        "exactly the number of newly approved students ({newcomers}): comparing the two tells that every newcomer has it. "
        "Do not publish: wait for the next round of approvals, or publish at district level only.",
    ),
    "DISCLOSURE-TABLE": (
        "Ô ẩn của bảng đối tượng theo xã (xã/thị trấn `{commune}`, đối tượng `{category}`) tính ngược ra được đúng "
        "từ các tổng đã công bố. Không công bố bảng theo xã trong bản này (chỉ công bố số toàn huyện), hoặc chờ thêm học sinh.",
        "A hidden cell of the commune table (commune `{commune}`, category `{category}`) can be worked out exactly from "
        "the published totals. Do not publish the commune table in this release (district figures only), or wait for more students.",
    ),
    "DISCLOSURE-DONOR-LINK": (
        "Học sinh có mã đề xuất {nomination} (trường `{school}`) chỉ khớp với một nhà tài trợ ({donor}) khi đọc dữ liệu "
        "công khai ({how}): ai biết em sẽ biết ai tặng thiết bị, và tên nhà tài trợ có thể cho biết hoàn cảnh của em. "
        "Không công bố bản này: chưa nêu tên em trên trang, hoặc chỉ công bố nơi tài trợ đến ở mức thô hơn.",
        "The student with nomination {nomination} (school `{school}`) fits only one donor ({donor}) in the public data "
        "({how}): whoever knows the child learns who gave the device, and a donor's name can tell the child's circumstances. "
        "Do not publish: do not name the child yet, or publish where the gifts went less finely.",
    ),
    "DISCLOSURE-HIDDEN-GIFT": (
        "Tổng tiền mặt đã nhận ({figure}) trừ các khoản nhà tài trợ công khai chỉ còn khoản của {donors} nhà tài trợ "
        "không công khai số tiền: ai trừ sẽ biết số tiền họ muốn giấu. Không công bố bản này: giữ tổng cũ cho đến khi "
        "có khoản của ít nhất hai nhà tài trợ không công khai, hoặc không công bố tổng.",
        "The cash received ({figure}) minus the amounts of donors who show theirs leaves the gifts of {donors} donors who "
        "hide their amounts: subtracting gives away what they chose to hide. Do not publish: keep the old total until "
        "gifts of at least two such donors come in, or do not publish the total.",
    ),
    "DISCLOSURE-PREVIOUS-UNREADABLE": (
        "Không đọc được bản đã công bố trước ({reason}); kiểm tra công bố chỉ so với bản mới này. Nếu trang đang chạy "
        "có dữ liệu cũ, tải thư mục /du-lieu/ của trang về rồi dựng lại với `--previous THƯ_MỤC`.",
        "The previous release cannot be read ({reason}); the audit compares nothing but this new release. If a site is "
        "live, download its /du-lieu/ folder and build again with `--previous FOLDER`.",
    ),
}
