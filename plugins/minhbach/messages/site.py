"""Messages of the site plugin: problems in content/ found while building the public site."""

MESSAGES: dict[str, tuple[str, str]] = {
    "SITE-RESERVED-SLUG": (
        "trang này dùng địa chỉ /{slug}/, vốn dành cho trang của hệ thống; đổi `Slug:` (hoặc tên tệp) sang tên khác.",
        "this page uses the address /{slug}/, which belongs to the system's pages; change `Slug:` (or the file name).",
    ),
    "SITE-IMAGE-REFUSED": (
        "ảnh này không được đăng: {reason}.",
        "this image is not published: {reason}.",
    ),
    # Files from content/ (site/attachments.py): only cleaned photos and text PDFs are published.
    "SITE-FILE-REFUSED": (
        "tệp loại {suffix} trong content/ sẽ bị chép lên trang công khai, nhưng chỉ được đăng ảnh JPEG, PNG, WebP "
        "(hệ thống tự làm sạch) và PDF có chữ. Trang web, JavaScript, SVG, bảng tính, văn bản Word có thể chạy ngay trên "
        "trang hoặc chứa dữ liệu mà bước kiểm tra không đọc được. Xóa tệp khỏi content/ (và liên kết tới nó); "
        "văn bản cần công bố thì xuất ra PDF từ Word.",
        "a file of type {suffix} in content/ would be copied to the public site, but only JPEG, PNG and WebP photos (cleaned "
        "by the build) and text PDFs are published. Web pages, JavaScript, SVG, spreadsheets and Word files can run on "
        "the site or hold data the checks cannot read. Remove the file from content/ (and any link to it); "
        "export a document to be published as PDF from Word.",
    ),
    "SITE-PDF-NO-TEXT": (
        "PDF này không có chữ đọc được ở {pages} (trang quét, chụp hoặc trang trắng), nên không kiểm tra được có tên "
        "hay thông tin của học sinh hay không. Đăng bản PDF có chữ (mở văn bản gốc trong Word, chọn Lưu dưới dạng PDF) "
        "và bỏ trang trắng; nếu chỉ có bản quét thì không đăng tệp này.",
        "this PDF has no readable text on {pages} (a scanned or photographed page, or a blank one), so nobody can check "
        "it for children's names or details. Publish a text PDF (open the original in Word, Save as PDF) without blank "
        "pages; if only a scan exists, do not publish the file.",
    ),
    "SITE-PDF-UNREADABLE": (
        "không đọc được PDF này ({reason}): tệp hỏng hoặc có mật khẩu. Xuất lại PDF từ văn bản gốc, không đặt mật khẩu.",
        "this PDF cannot be read ({reason}): it is damaged or locked by a password. Export it again from the "
        "original, without a password.",
    ),
    "SITE-PDF-EMBEDDED-FILE": (
        "PDF này chứa {count} tệp đính kèm bên trong, mà bước kiểm tra không đọc được. Xuất lại PDF không kèm tệp.",
        "this PDF holds {count} embedded files, which the checks cannot read. Export the PDF again without them.",
    ),
    "SITE-PDF-PICTURES": (
        "PDF này có hình ảnh ở {pages}; chữ trong hình (danh sách chụp, con dấu, chữ ký) không được kiểm tra tự động. "
        "Xem lại bằng mắt: không được có tên hay thông tin của học sinh, người giám hộ.",
        "this PDF has pictures on {pages}; words inside a picture (a photographed list, a seal, a signature) are not "
        "checked automatically. Look at them: no child's or guardian's name or details may be there.",
    ),
    "SITE-UNSAFE-HTML": (
        "đã bỏ phần HTML không an toàn (script, liên kết javascript:, thuộc tính on...=) khỏi trang; "
        "viết nội dung bằng Markdown thuần.",
        "unsafe HTML (script, javascript: link, on...= attribute) was removed from the page; write plain Markdown.",
    ),
    "SITE-NO-PUBLIC-DATA": (
        "Pelican chạy mà không có dữ liệu công khai; dựng trang bằng `minhbach build`, không gọi `pelican` trực tiếp.",
        "Pelican ran without the public data; build with `minhbach build`, not with `pelican` directly.",
    ),
}
