"""The spreadsheet a school fills in (``minhbach import --template OUT.xlsx``).

Two sheets: "Danh sách" (one header row, one student per row, cells for dates, phones and codes
formatted as text so Excel keeps a leading 0) and "Hướng dẫn" (what each column takes). No
example row sits in the list itself: a forgotten example would be imported as a child.
"""

from __future__ import annotations

import io
from pathlib import Path

# (header, required, how to fill it, example, width)
COLUMNS: tuple[tuple[str, bool, str, str, int], ...] = (
    ("STT", False, "Số thứ tự (không bắt buộc, phần mềm bỏ qua).", "1", 6),
    ("Họ và tên", True, "Họ và tên đầy đủ của học sinh, có dấu.", "Nguyễn Văn An", 24),
    ("Ngày sinh", True, "Ngày/tháng/năm, năm đủ 4 chữ số.", "03/05/2012", 12),
    ("Giới tính", True, "Nam hoặc Nữ.", "Nam", 10),
    ("Lớp", True, "Lớp bắt đầu bằng khối.", "5A", 8),
    ("Mã học sinh", False, "Mã định danh trên cơ sở dữ liệu ngành.", "7901234567", 14),
    ("Địa chỉ", False, "Nơi ở của học sinh.", "Ấp 1, xã Phước Kiển", 28),
    ("Họ tên cha/mẹ/người giám hộ", True, "Người đang nuôi dưỡng học sinh.", "Trần Thị Bình", 26),
    (
        "Quan hệ",
        False,
        "Quan hệ với học sinh (để trống: ghi “cha, mẹ hoặc người giám hộ”).",
        "mẹ",
        10,
    ),
    ("Số điện thoại", False, "Số của người giám hộ, 10 chữ số bắt đầu bằng 0.", "0909123456", 14),
    (
        "Đối tượng",
        True,
        "Một hoặc nhiều, cách nhau bằng dấu phẩy: Mồ côi cha, Mồ côi mẹ, Mồ côi cả cha "
        "và mẹ, Hộ nghèo, Hộ cận nghèo, Hoàn cảnh khó khăn.",
        "Mồ côi cha, Hộ cận nghèo",
        24,
    ),
    (
        "Hoàn cảnh",
        False,
        "Mô tả ngắn hoàn cảnh gia đình (riêng tư, không đăng lên trang).",
        "Cha mất tháng 8/2021 do Covid-19",
        32,
    ),
    (
        "Nhu cầu",
        True,
        "Số lượng và loại thiết bị, cách nhau bằng dấu phẩy: máy tính bảng, laptop, "
        "điện thoại, máy tính để bàn, SIM 4G, khác.",
        "1 máy tính bảng, 1 SIM 4G",
        24,
    ),
    (
        "Phụ huynh đồng ý công khai",
        False,
        "Có nếu cha mẹ/người giám hộ đã đồng ý bằng văn bản cho đăng "
        "tên viết tắt; để trống nếu chưa.",
        "Có",
        14,
    ),
    (
        "Học sinh đồng ý công khai",
        False,
        "Có nếu học sinh (từ đủ 7 tuổi) cũng đồng ý; để trống nếu chưa.",
        "Có",
        14,
    ),
    (
        "Ngày ghi nhận đồng ý",
        False,
        "Ngày trên giấy đồng ý (để trống: lấy ngày nhập danh sách).",
        "05/10/2021",
        14,
    ),
    ("Ghi chú", False, "Ghi chú nội bộ.", "", 20),
)
_TEXT_COLUMNS = ("Ngày sinh", "Lớp", "Mã học sinh", "Số điện thoại", "Ngày ghi nhận đồng ý")
ROWS_PREPARED = 500


def write_template(path: Path) -> None:
    """Write the template workbook to ``path``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for index, (header, _, _, _, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(1, index, header)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = width
        if header in _TEXT_COLUMNS:
            for row in range(2, ROWS_PREPARED + 2):
                sheet.cell(row, index).number_format = "@"
    sheet.freeze_panes = "B2"
    _choices(sheet, DataValidation, "Giới tính", '"Nam,Nữ"')
    _choices(sheet, DataValidation, "Phụ huynh đồng ý công khai", '"Có,Không"')
    _choices(sheet, DataValidation, "Học sinh đồng ý công khai", '"Có,Không"')

    guide = book.create_sheet("Hướng dẫn")
    guide.append(["Hướng dẫn điền danh sách đề xuất hỗ trợ thiết bị học trực tuyến"])
    guide["A1"].font = Font(bold=True, size=13)
    guide.append(
        [
            "Mỗi học sinh một dòng trên trang “Danh sách”. Không đổi tên cột; có thể thêm cột riêng "
            "của trường (phần mềm bỏ qua và báo tên cột). Lưu tệp dạng .xlsx rồi chạy: "
            "minhbach import TỆP.xlsx --school MÃ-TRƯỜNG --dry-run (xem trước), rồi bỏ --dry-run."
        ]
    )
    guide.append([])
    guide.append(["Cột", "Bắt buộc", "Cách ghi", "Ví dụ"])
    for cell in guide[4]:
        cell.font, cell.fill = bold, fill
    for header, required, how, example, _ in COLUMNS:
        guide.append([header, "có" if required else "không", how, example])
    for letter, width in zip("ABCD", (28, 10, 70, 28), strict=True):
        guide.column_dimensions[letter].width = width
    for row in guide.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for worksheet in book.worksheets:  # every text stays text (see spreadsheet_text)
        for row in worksheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
    # Saved in memory, then written in one go to the path as named (it may be /dev/stdout, so no
    # rename into place): a full disk then names the path and leaves no half file.
    buffer = io.BytesIO()
    book.save(buffer)
    try:
        with open(path, "wb") as stream:
            stream.write(buffer.getvalue())
    except OSError as error:
        if path.is_file():
            path.unlink()
        raise OSError(error.errno, error.strerror, str(path)) from error


def _choices(sheet, validation_type, header: str, formula: str) -> None:
    index = next(i for i, column in enumerate(COLUMNS, start=1) if column[0] == header)
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(index)
    rule = validation_type(type="list", formula1=formula, allow_blank=True)
    rule.add(f"{letter}2:{letter}{ROWS_PREPARED + 1}")
    sheet.add_data_validation(rule)
