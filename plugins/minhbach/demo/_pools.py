"""Word lists for the demo: Vietnamese names, school names, streets, organisations, texts.

Plain data, no logic. Everything here is invented or generic (historical figures that give their
names to schools all over Vietnam); no real person, school or company of Nhà Bè is described.
The lists are kept as compact tables (``fmt: off``): one entry per line would run to pages.
"""

from __future__ import annotations

# fmt: off
# Family names with rough frequencies (per thousand) in southern Vietnam.
FAMILY_NAMES: tuple[tuple[str, int], ...] = (
    ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Huỳnh", 50), ("Võ", 45),
    ("Phan", 40), ("Trương", 25), ("Bùi", 20), ("Đặng", 20), ("Đỗ", 15), ("Ngô", 15), ("Hồ", 15),
    ("Dương", 12), ("Đinh", 10), ("Lý", 8), ("Lâm", 8), ("Tô", 5), ("Châu", 5), ("Mai", 5),
    ("Tạ", 4), ("Lưu", 4), ("Thái", 4), ("La", 3),
)

MIDDLE_NAMES = {
    "nam": (
        "Văn", "Minh", "Hoàng", "Quốc", "Gia", "Đức", "Thành", "Anh", "Hữu", "Tấn", "Bảo", "Nhật",
        "Trọng", "Công", "Thanh", "Tuấn", "Phúc", "Đăng", "Khánh", "Duy",
    ),
    "nu": (
        "Thị", "Ngọc", "Thu", "Thanh", "Khánh", "Bảo", "Phương", "Mỹ", "Hoài", "Kim", "Minh",
        "Thảo", "Diệu", "Gia", "Tường", "Quỳnh", "Yến", "Cẩm", "Tuyết", "Hồng",
    ),
}

GIVEN_NAMES = {
    "nam": (
        "An", "Bảo", "Khang", "Huy", "Phúc", "Khôi", "Nam", "Tuấn", "Dũng", "Hùng", "Long", "Quân",
        "Minh", "Đạt", "Thịnh", "Nhân", "Tín", "Tài", "Lộc", "Hiếu", "Trí", "Vinh", "Kiệt", "Duy",
        "Sơn", "Hải", "Phát", "Tâm", "Thái", "Tú", "Khoa", "Lâm", "Nguyên", "Quang", "Thắng",
        "Toàn", "Việt", "Vũ", "Hào", "Thiện", "Luân", "Danh", "Hưng", "Khải", "Nghĩa", "Phong",
        "Quý", "Sang", "Thông", "Triết",
    ),
    "nu": (
        "Anh", "Linh", "Hân", "Ngân", "Vy", "Trâm", "Như", "Yến", "Nhi", "Thảo", "Hương", "Lan",
        "Mai", "Trang", "Hà", "Giang", "Châu", "Uyên", "My", "Quỳnh", "Thư", "Tiên", "Ngọc", "Hằng",
        "Diệp", "Phương", "Xuân", "Thủy", "Loan", "Oanh", "Nhung", "Trinh", "Vân", "Hạnh", "Duyên",
        "Hiền", "Khuê", "Lam", "Nga", "Nhàn", "Thơ", "Tâm", "Ý", "Đào", "Huyền", "Liên", "Mơ",
        "Phượng", "Sương", "Tuyền",
    ),
}

# People after whom schools all over the country are named (generic, not Nhà Bè's real schools).
SCHOOL_NAMESAKES = (
    "Lê Lợi", "Trần Quốc Toản", "Nguyễn Trãi", "Kim Đồng", "Võ Thị Sáu", "Lê Quý Đôn", "Chu Văn An",
    "Nguyễn Du", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung", "Phan Bội Châu",
    "Phan Chu Trinh", "Trương Định", "Nguyễn Đình Chiểu", "Võ Trường Toản", "Đinh Tiên Hoàng",
    "Ngô Quyền", "Tô Hiến Thành", "Mạc Đĩnh Chi", "Nguyễn Khuyến", "Hoàng Diệu", "Lê Văn Tám",
    "Nguyễn Văn Trỗi", "Lương Thế Vinh", "Nguyễn Bỉnh Khiêm", "Hàm Nghi", "Trần Phú",
    "Lê Hồng Phong", "Nguyễn Thái Học", "Phù Đổng", "Lạc Long Quân", "Âu Cơ", "Bạch Đằng",
    "Hòa Bình", "Sông Xanh", "Bình Minh", "Ánh Dương", "Hướng Dương",
)

STREETS = (
    "Huỳnh Tấn Phát", "Nguyễn Bình", "Nguyễn Hữu Thọ", "Đào Sư Tích", "Phạm Hữu Lầu",
    "Dương Cát Lợi", "Lê Văn Lương", "Nguyễn Văn Tạo", "Bùi Văn Ba", "Hoàng Quốc Việt",
    "Lê Thị Kim", "Nguyễn Văn Quỳ",
)

# (slug, label) of the district's 7 communes, as in schema/common.json.
COMMUNES: tuple[tuple[str, str], ...] = (
    ("thi-tran-nha-be", "thị trấn Nhà Bè"), ("phuoc-kien", "xã Phước Kiển"),
    ("phuoc-loc", "xã Phước Lộc"), ("nhon-duc", "xã Nhơn Đức"), ("long-thoi", "xã Long Thới"),
    ("hiep-phuoc", "xã Hiệp Phước"), ("phu-xuan", "xã Phú Xuân"),
)

BRAND_WORDS_1 = (
    "Sao", "Minh", "Phú", "Tân", "Hưng", "Thịnh", "An", "Bình", "Kim", "Hoàng", "Việt", "Nam",
    "Đại", "Trường", "Thiên", "Bảo", "Gia", "Quang", "Hải", "Đông", "Tây", "Phương", "Nhật", "Mỹ",
    "Hòa", "Thuận", "Phước", "Vạn", "Lộc", "Trí",
)
BRAND_WORDS_2 = (
    "Mai", "Long", "Gia", "Phát", "Thịnh", "Khang", "Lợi", "An", "Xanh", "Việt", "Minh", "Thành",
    "Tiến", "Hưng", "Đạt", "Phong", "Nguyên", "Sơn", "Hà", "Tâm", "Hải", "Vinh", "Quang", "Tín",
    "Tài", "Phúc", "Lâm", "Hòa", "Đức", "Khánh",
)
COMPANY_FORMS = (
    "Công ty TNHH {brand}", "Công ty Cổ phần {brand}", "Công ty TNHH Thương mại Dịch vụ {brand}",
    "Công ty Cổ phần Đầu tư {brand}", "Công ty TNHH Sản xuất {brand}",
    "Doanh nghiệp tư nhân {brand}",
)
ORGANISATION_FORMS = (
    "Quỹ Khuyến học {brand}", "Câu lạc bộ Thiện nguyện {brand}", "Nhóm Thiện nguyện {brand}",
    "Hội Doanh nhân trẻ {brand}", "Quỹ Vì trẻ em {brand}", "Hội Đồng hương {brand}",
)
SUPPLIERS = (
    "Công ty TNHH Thiết bị số An Khang", "Công ty Cổ phần Công nghệ Minh Phát",
    "Công ty TNHH Máy tính Sao Việt", "Công ty TNHH Viễn thông Phú Gia",
)

ROLES_SCHOOL_CONTACT = (
    "Phó Hiệu trưởng", "Tổng phụ trách Đội", "Kế toán", "Giáo viên",
)

CIRCUMSTANCES = {
    "mo-coi-cha": (
        "Cha mất do Covid-19 tháng {month}/2021, mẹ làm công nhân, thu nhập không ổn định.",
        "Cha mất vì Covid-19 trong đợt dịch năm 2021; mẹ buôn bán nhỏ, nuôi {siblings} con.",
    ),
    "mo-coi-me": (
        "Mẹ mất do Covid-19 tháng {month}/2021, cha làm thợ hồ, thường xuyên đi làm xa.",
        "Mẹ mất vì Covid-19; cha chạy xe công nghệ, thu nhập thấp.",
    ),
    "mo-coi-ca-hai": (
        "Cha và mẹ đều mất do Covid-19 tháng {month}/2021; em ở với {guardian}, già yếu.",
        "Mồ côi cả cha lẫn mẹ sau đợt dịch năm 2021; {guardian} nuôi em bằng nghề làm thuê.",
    ),
    "ho-ngheo": (
        "Gia đình thuộc hộ nghèo của xã; nhà thuê trọ, không có máy tính để học trực tuyến.",
        "Hộ nghèo; cha mẹ làm thuê theo mùa vụ, nhà có {siblings} con đang đi học.",
    ),
    "ho-can-ngheo": (
        "Hộ cận nghèo; cả nhà dùng chung một điện thoại cũ nên em thường vắng học trực tuyến.",
        "Hộ cận nghèo; cha mẹ mất việc trong thời gian giãn cách.",
    ),
    "hoan-canh-kho-khan": (
        "Cha mẹ mất việc trong đợt giãn cách, gia đình ở trọ, không có thiết bị học tập.",
        "Gia đình khó khăn, {siblings} anh chị em học chung một điện thoại.",
        "Cha bệnh nặng, mẹ nội trợ; em chưa có thiết bị để học trực tuyến.",
    ),
}

REFUSAL_REASONS = (
    "Gia đình đã tự trang bị được thiết bị học tập.",
    "Học sinh đã được đơn vị khác hỗ trợ máy tính bảng.",
    "Không thuộc đối tượng của kế hoạch; trường hướng dẫn gia đình mượn thiết bị của thư viện.",
    "Học sinh đã chuyển trường ra khỏi huyện.",
)
