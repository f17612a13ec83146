"""Messages of the cross-record checks and the ledger (checks/cross/).

Each names the other record's file, says what is wrong and what to do. None quotes a private
value: a duplicate student is named by the two files, a lookup code or a serial by its field.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # references.py
    "REF-UNKNOWN": (
        "`{field}` ghi `{value}` nhưng không có hồ sơ {expected} nào mang mã này.{hint}"
        " Sửa mã cho đúng (xem các tệp trong {folders}) hoặc thêm hồ sơ còn thiếu.",
        "`{field}` says `{value}` but no {expected} record has this id.{hint}"
        " Fix the id (see the files in {folders}) or add the missing record.",
    ),
    "SOURCE-ID-COLLISION": (
        "Mã mua sắm này trùng với mã một lần tiếp nhận ({other}). Bàn giao và phân bổ chỉ ghi mã nguồn,"
        " nên mã tiếp nhận và mã mua sắm không được trùng nhau: đổi mã (và tên tệp) của một trong hai.",
        "This purchase has the same id as a donation ({other}). Handovers and allocations name a source by"
        " its id only, so donation and purchase ids must differ: rename one of them (id and file).",
    ),
    # conservation.py
    "LEDGER-OVERDRAFT": (
        "Dòng này lấy {taken} của nguồn `{source}` tại {location} ngày {on}, nhưng lúc đó chỉ còn {before}"
        "{consumers}. Kiểm tra số lượng đã nhận ở {source_file} và các hồ sơ đã dùng,"
        " hoặc sửa số lượng dòng này.",
        "This line takes {taken} of source `{source}` at {location} on {on}, but only {before} was left then"
        "{consumers}. Check the quantity received in {source_file} and the records that used it,"
        " or fix this line's quantity.",
    ),
    "LEDGER-KIND-NOT-IN-SOURCE": (
        "Nguồn `{source}` không có {kind}: hồ sơ tiếp nhận hoặc mua sắm của nguồn này không ghi dòng nào"
        " loại đó. Sửa `kind` hoặc `source` của dòng này.",
        "Source `{source}` has no {kind}: its donation or purchase record lists no line of that kind."
        " Fix this line's `kind` or `source`.",
    ),
    "LEDGER-NOT-AT-LOCATION": (
        "Loại {kind} của nguồn `{source}` chưa từng có tại {location}: không có tiếp nhận, mua sắm hay phân bổ"
        " nào đưa nó đến đó. Thêm hồ sơ phân bổ, hoặc sửa `source` hay nơi trao (`from`).",
        "The {kind} of source `{source}` never reached {location}: no donation, purchase or allocation brought it"
        " there. Add the allocation, or fix `source` or where it was handed from (`from`).",
    ),
    "SERIAL-HANDED-TWICE": (
        "Số sê-ri này đã được bàn giao ở {other}. Một máy chỉ trao một lần: sửa số sê-ri,"
        " hoặc xóa hồ sơ bàn giao chép nhầm.",
        "This serial number was already handed over in {other}. A device is handed over once: fix the"
        " serial, or delete the copied handover.",
    ),
    "SERIAL-NOT-AT-LOCATION": (
        "Số sê-ri này không có trong các máy của nguồn `{source}` đã phân bổ về {location} ({allocations})."
        " Sửa số sê-ri, hoặc thêm nó vào hồ sơ phân bổ đúng.",
        "This serial number is not among the devices of source `{source}` allocated to {location} ({allocations})."
        " Fix the serial, or add it to the right allocation.",
    ),
    "SERIAL-NOT-FROM-SOURCE": (
        "Số sê-ri này không có trong danh sách sê-ri của nguồn `{source}` ({source_file}). Sửa số sê-ri"
        " hoặc `source` của dòng này.",
        "This serial number is not in the serial list of source `{source}` ({source_file}). Fix the serial"
        " or this line's `source`.",
    ),
    "ALLOCATION-EARMARK-OTHER-SCHOOL": (
        "Tiếp nhận `{source}` ({source_file}) được nhà tài trợ dành cho {earmark}, nhưng dòng này"
        " phân bổ về {location}. Nếu nhà tài trợ đã đồng ý đổi, ghi rõ trong biên bản; nếu không, sửa `to`"
        " hoặc nguồn của dòng này.",
        "Donation `{source}` ({source_file}) is earmarked by its donor for {earmark}, but this"
        " line allocates it to {location}. If the donor agreed to the change, say so in the minutes;"
        " otherwise fix `to` or this line's source.",
    ),
    "HANDOVER-SERIAL-QUANTITY": (
        "Dòng có số sê-ri (`serial`) phải có số lượng 1: mỗi máy một dòng. Tách thành nhiều dòng,"
        " mỗi dòng một số sê-ri.",
        "A line with a serial number (`serial`) must have quantity 1: one device per line. Split it into"
        " lines of one serial each.",
    ),
    "PURCHASE-TOTAL-MISMATCH": (
        "Tổng tiền các dòng mua (số lượng × đơn giá) là {items} nhưng tổng `funded_by` là {funded}."
        " Hai số phải bằng nhau: sửa đơn giá, số lượng hoặc số tiền lấy từ các lần tiếp nhận.",
        "The purchase lines add up to {items} (quantity × unit price) but `funded_by` adds up to {funded}."
        " They must be equal: fix the prices, quantities or amounts taken from the donations.",
    ),
    "SERIALS-COUNT": (
        "Danh sách sê-ri có {serials} số nhưng số lượng là {quantity}. Ghi đủ mỗi máy một số sê-ri,"
        " hoặc sửa số lượng.",
        "The serial list has {serials} numbers but the quantity is {quantity}. List one serial per device,"
        " or fix the quantity.",
    ),
    # order.py
    "DATE-IN-FUTURE": (
        "Ngày ở `{field}` nằm sau ngày xét ({as_of}). Hồ sơ chỉ ghi việc đã xảy ra: sửa lại ngày.",
        "The date in `{field}` is after the day of the check ({as_of}). Records tell what happened: fix the date.",
    ),
    "ORDER-DECISION-BEFORE-NOMINATION": (
        "Ngày quyết định ({decided}) trước ngày đề xuất ({nominated}). Sửa một trong hai ngày.",
        "The decision date ({decided}) is before the nomination date ({nominated}). Fix one of them.",
    ),
    "ORDER-HANDOVER-BEFORE-APPROVAL": (
        "Bàn giao ngày {on}, trước ngày duyệt đề xuất ({decided}, {nomination}). Chỉ bàn giao sau khi"
        " đề xuất được duyệt: sửa ngày bàn giao hoặc ngày quyết định.",
        "Handed over on {on}, before the nomination was approved ({decided}, {nomination}). Hand over only"
        " after approval: fix the handover date or the decision date.",
    ),
    "ORDER-BEFORE-RECEPTION": (
        "Ngày {on} trước ngày nguồn `{source}` được tiếp nhận ({received}, {source_file}). Sửa ngày này,"
        " ngày tiếp nhận, hoặc `source`.",
        "The date {on} is before source `{source}` was received ({received}, {source_file}). Fix this date,"
        " the reception date, or `source`.",
    ),
    "ORDER-BEFORE-ALLOCATION": (
        "Ngày {on} trước khi nguồn `{source}` được phân bổ về {location} ({allocated}, {allocation})."
        " Sửa ngày này hoặc ngày phân bổ.",
        "The date {on} is before source `{source}` was allocated to {location} ({allocated}, {allocation})."
        " Fix this date or the allocation's.",
    ),
    "FOLLOWUP-WITHOUT-HANDOVER": (
        "Chưa có hồ sơ bàn giao nào cho đề xuất này ({nomination}): chỉ theo dõi sau khi bàn giao."
        " Thêm hồ sơ bàn giao, hoặc sửa `nomination`.",
        "There is no handover for this nomination ({nomination}): follow-ups come after a handover."
        " Add the handover record, or fix `nomination`.",
    ),
    "ORDER-FOLLOWUP-BEFORE-HANDOVER": (
        "Theo dõi ngày {on}, trước lần bàn giao đầu tiên ({handed}, {handover}). Sửa ngày theo dõi"
        " hoặc ngày bàn giao.",
        "Followed up on {on}, before the first handover ({handed}, {handover}). Fix the follow-up date"
        " or the handover date.",
    ),
    # students.py
    "STUDENT-CODE-DUPLICATE": (
        "Mã học sinh này đã có trong đề xuất {other}. Mỗi học sinh chỉ được đề xuất một lần:"
        " xóa đề xuất trùng hoặc sửa mã học sinh.",
        "This student code is already in nomination {other}. A student is nominated once: delete the"
        " duplicate or fix the student code.",
    ),
    "STUDENT-DUPLICATE": (
        "Đề xuất {other} có cùng họ tên và ngày sinh. Mỗi học sinh chỉ được đề xuất một lần:"
        " xóa đề xuất trùng, hoặc sửa họ tên hay ngày sinh nếu ghi nhầm.",
        "Nomination {other} has the same name and birth date. A student is nominated once: delete the"
        " duplicate, or fix the name or birth date if it is wrong.",
    ),
    "STUDENT-POSSIBLE-DUPLICATE": (
        "Đề xuất {other} có cùng ngày sinh và họ tên giống hệt khi bỏ dấu. Kiểm tra xem có phải cùng một"
        " học sinh không; nếu phải, xóa đề xuất trùng.",
        "Nomination {other} has the same birth date and the same name without diacritics. Check whether"
        " it is the same student; if so, delete the duplicate.",
    ),
    # handovers.py
    "HANDOVER-NOT-APPROVED": (
        'Đề xuất {nomination} đang ở trạng thái "{status}": chỉ bàn giao cho đề xuất đã duyệt'
        " (`status: da-duyet`). Ghi quyết định duyệt vào đề xuất trước, hoặc sửa `nomination`.",
        'Nomination {nomination} is "{status}": only approved nominations (`status: da-duyet`) receive'
        " devices. Record the approval in the nomination first, or fix `nomination`.",
    ),
    "NOMINATION-OTHER-SCHOOL": (
        "Đề xuất {nomination} thuộc trường `{theirs}`, còn hồ sơ này thuộc trường `{ours}`. Đặt hồ sơ"
        " vào thư mục của trường `{theirs}` hoặc sửa `nomination`.",
        "Nomination {nomination} belongs to school `{theirs}`, this record to school `{ours}`. Move this"
        " record to school `{theirs}`'s folder or fix `nomination`.",
    ),
    "HANDOVER-MORE-THAN-NEEDS": (
        "Học sinh của đề xuất {nomination} đã nhận {given} {kind}{others} trong khi nhu cầu"
        " ghi {needed}. Kiểm tra lại; nếu đúng, sửa nhu cầu (`needs`) của đề xuất.",
        "The student of nomination {nomination} has received {given} {kind}{others} while"
        " the needs say {needed}. Check it; if right, update the nomination's `needs`.",
    ),
    "NOMINATION-WAITING": (
        "Học sinh vẫn đang chờ: đề xuất được duyệt ngày {decided} ({days} ngày trước, quá {limit} ngày)"
        " mà chưa có hồ sơ bàn giao nào. Bàn giao thiết bị hoặc ghi hồ sơ bàn giao đã làm.",
        "The student is still waiting: approved on {decided} ({days} days ago, more than {limit}) and no"
        " handover yet. Hand over the devices, or record the handover that took place.",
    ),
    # consent.py
    "CONSENT-DATE-MISSING": (
        "Thiếu `consent.recorded_on`: khi gia đình hoặc học sinh đồng ý (hay rút lại đồng ý), ghi ngày"
        " ghi nhận đồng ý theo văn bản trường lưu.",
        "Missing `consent.recorded_on`: when the family or the student consented (or withdrew consent),"
        " write the day consent was recorded, as on the paper the school keeps.",
    ),
    "CONSENT-WITHDRAWN-BEFORE-RECORDED": (
        "Ngày rút lại đồng ý ({withdrawn}) trước ngày ghi nhận đồng ý ({recorded}). Sửa một trong hai ngày.",
        "Consent was withdrawn ({withdrawn}) before it was recorded ({recorded}). Fix one of the dates.",
    ),
    "CONSENT-CHILD-MISSING": (
        "Học sinh đã đủ {age} tuổi vào ngày {as_of} nhưng chưa có đồng ý của chính em (`consent.child`)."
        " Trang công khai chỉ đếm em, không ghi tên viết tắt; ghi nhận đồng ý của em nếu gia đình muốn.",
        "The student is {age} or older on {as_of} but has not consented themselves (`consent.child`)."
        " The public site will only count them, without initials; record their consent if the family wishes.",
    ),
    # codes.py
    "LOOKUP-CODE-INVALID": (
        "Mã tra cứu không hợp lệ (sai dạng hoặc sai ký tự kiểm tra). Không tự đặt mã: tạo mã mới bằng"
        " `minhbach new` và in lại phiếu cho gia đình hoặc nhà tài trợ.",
        "Invalid lookup code (wrong form or wrong check character). Do not make codes up: create one with"
        " `minhbach new` and print the slip again.",
    ),
    "LOOKUP-CODE-DUPLICATE": (
        "Mã tra cứu này đã dùng ở {other}. Mỗi hồ sơ một mã riêng: tạo mã mới cho hồ sơ này và in lại phiếu.",
        "This lookup code is already used in {other}. Each record has its own code: create a new one for"
        " this record and print the slip again.",
    ),
}
