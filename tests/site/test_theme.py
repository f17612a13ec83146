"""The theme's frame (base.html): the office's name block, the optional logo, the menu."""

from __future__ import annotations

import jinja2

from helpers import ROOT
from minhbach.public.views import Office
from minhbach.site.formats import FILTERS

OFFICE = Office(
    name="Phòng Giáo dục và Đào tạo huyện Nhà Bè",
    short_name="Phòng GD&ĐT huyện Nhà Bè",
    parent_body="Ủy ban nhân dân huyện Nhà Bè",
    phone="028 3873 4567",
    address="Thị trấn Nhà Bè",
    program="Chương trình hỗ trợ",
    school_year="2021-2022",
    plan="Kế hoạch số 949/KH-GDĐT",
    contact_note="",
)


def render(**context: object) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(ROOT / "theme" / "templates"), autoescape=True
    )
    env.filters.update(FILTERS)
    return env.get_template("404.html").render(
        SITENAME="Minh Bạch", SITEURL="", pages=[], OFFICE=OFFICE, **context
    )


def test_the_name_block_is_the_office_under_its_parent_body() -> None:
    page = render(output_file="404.html")
    block = page.split('class="brand-office">')[1].split("</span>")[0]
    assert (
        block
        == "Ủy ban nhân dân huyện Nhà Bè<strong>Phòng Giáo dục và Đào tạo huyện Nhà Bè</strong>"
    )
    assert "<img" not in page.split("</header>")[0]


def test_a_logo_is_shown_when_the_setting_names_one() -> None:
    page = render(OFFICE_LOGO="images/logo.png", output_file="404.html")
    header = page.split("</header>")[0]
    # Beside the office's name, so it says nothing more: an empty alt keeps screen readers quiet.
    assert '<img src="/images/logo.png" alt="" width="48" height="48">' in header


def test_the_menu_marks_the_section_of_the_page() -> None:
    page = render(output_file="truong/th-an-binh/index.html")
    assert '<a href="/truong/" aria-current="true">Trường</a>' in page
    assert 'aria-current="page"' not in page
    home = render(output_file="index.html")
    assert '<a href="/" aria-current="page">Tiến độ</a>' in home
