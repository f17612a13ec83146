"""Messages of the site plugin: problems in content/ found while building the public site."""

MESSAGES: dict[str, tuple[str, str]] = {
    "SITE-RESERVED-SLUG": (
        "trang này dùng địa chỉ /{slug}/, vốn dành cho trang của hệ thống; đổi `Slug:` (hoặc tên tệp) sang tên khác.",
        "this page uses the address /{slug}/, which belongs to the system's pages; change `Slug:` (or the file name).",
    ),
    "SITE-IMAGE-REFUSED": (
        "không xóa được siêu dữ liệu của ảnh ({reason}); chuyển ảnh sang JPEG hoặc PNG rồi dựng lại.",
        "cannot remove the image's metadata ({reason}); convert it to JPEG or PNG and build again.",
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
