"""Messages about erased data (minhbach forget): what was reduced must stay reduced."""

MESSAGES = {
    "ERASURE-RESTORED": (
        "Dữ liệu của đề xuất `{id}` đã được xoá theo {erasure} (ngày {on}) nhưng hồ sơ lại có đủ thông tin cá nhân"
        " (có lẽ do gộp một nhánh hay một bản sao cũ). Chạy lại `minhbach forget {id}` rồi đẩy lại mọi nhánh.",
        "The data of nomination `{id}` was erased by {erasure} (on {on}) but the record holds personal data"
        " again (an old branch or clone was probably merged). Run `minhbach forget {id}` again and push every branch.",
    ),
    "ERASURE-INCOMPLETE": (
        "Học sinh của đề xuất `{id}` ({nomination}) đã được xoá dữ liệu nhưng hồ sơ này chưa được rút gọn"
        " (còn có thể chứa tên người nhận, ghi chú). Chạy lại `minhbach forget {id}`.",
        "The student of nomination `{id}` ({nomination}) had their data erased but this record was not"
        " reduced (it may still name who received or hold notes). Run `minhbach forget {id}` again.",
    ),
}
