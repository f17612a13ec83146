"""The browser harness itself: a tiny page served, opened on a phone, read, and checked by axe."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import write

PAGE = """\
<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thử nghiệm</title></head>
<body><main><h1>Học sinh được hỗ trợ</h1><p>N.V.A. – khối 5 – 1 máy tính bảng</p>
<img src="https://cdn.example.com/logo.png" alt="Biểu trưng"></main></body>
</html>
"""


def test_a_served_page_opens_on_a_phone_and_passes_axe(
    tmp_path: Path, serve, open_page, axe
) -> None:
    write(tmp_path, "site/ho-tro/index.html", PAGE)
    page = open_page(serve(tmp_path / "site") + "/ho-tro/")
    assert page.inner_text("h1") == "Học sinh được hỗ trợ"
    assert "N.V.A." in page.inner_text("main")
    assert page.viewport_size == {"width": 360, "height": 780}
    assert page.evaluate("window.isSecureContext")  # WebCrypto (lookup pages) needs it
    assert page.blocked_requests == ["https://cdn.example.com/logo.png"]
    assert axe(page) == []


def test_axe_reports_a_serious_violation(tmp_path: Path, serve, open_page, axe) -> None:
    write(
        tmp_path, "site/index.html", PAGE.replace(' alt="Biểu trưng"', "").replace(' lang="vi"', "")
    )
    page = open_page(serve(tmp_path / "site") + "/", viewport="desktop")
    assert {v["id"] for v in axe(page)} >= {"image-alt", "html-has-lang"}


def test_a_missing_chromium_fails_instead_of_skipping(tmp_path: Path, require_chromium) -> None:
    with pytest.raises(pytest.fail.Exception, match="apt-get install -y chromium"):
        require_chromium(tmp_path / "no-chromium")
