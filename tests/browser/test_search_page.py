"""/tim-kiem/ in Chromium: Pagefind's UI finds a school and a donor, and offers the filters."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
import pytest

from helpers import ROOT, write
from minhbach.build.search import index_site
from minhbach.site.formats import FILTERS as JINJA_FILTERS
from search_fixture import DONOR, FILTERS, SCHOOL, write_search_site

THEME = ROOT / "theme"
INPUT = ".pagefind-ui__search-input"
RESULT_LINK = ".pagefind-ui__result-link"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = write_search_site(tmp_path_factory.mktemp("tim-kiem") / "output")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(THEME / "templates"), autoescape=True)
    env.filters.update(JINJA_FILTERS)
    write(
        root,
        "tim-kiem/index.html",
        env.get_template("tim-kiem.html").render(SITENAME="Minh Bạch", SITEURL="", pages=[]),
    )
    for asset in ("js/tim-kiem.js", "css/site.css"):
        (root / "theme" / asset).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(THEME / "static" / asset, root / "theme" / asset)
    index_site(root)
    return root


def results(page) -> list[str]:
    page.wait_for_selector(RESULT_LINK)
    return [link.get_attribute("href") for link in page.query_selector_all(RESULT_LINK)]


def test_typing_finds_a_school_and_a_donor(site, serve, open_page):
    page = open_page(serve(site) + "/tim-kiem/")
    page.fill(INPUT, "An Phú")
    assert "/truong/th-an-phu/" in results(page)
    page.fill(INPUT, "Minh Họa Vina")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.pagefind-ui__result-link')].some(a => a.href.includes('/nha-tai-tro/'))"
    )
    assert "/nha-tai-tro/dn-vina/" in results(page)
    assert page.script_errors == []
    assert page.blocked_requests == []


def test_a_query_in_the_address_searches_and_shows_the_filters(site, serve, open_page):
    page = open_page(serve(site) + "/tim-kiem/?q=" + DONOR.split()[-1], viewport="desktop")
    assert "/nha-tai-tro/dn-vina/" in results(page)
    # Pagefind fills the filter panel as its filter data arrives, after the first results.
    page.wait_for_function(
        "names => { const p = document.querySelector('.pagefind-ui__filter-panel');"
        " return p && names.every(n => p.innerText.includes(n)); }",
        arg=list(FILTERS),
        timeout=60000,  # under a loaded CI machine the filter data came after 15 s
    )
    panel = page.inner_text(".pagefind-ui__filter-panel")
    for name in FILTERS:
        assert name in panel
    assert SCHOOL.split()[0] in page.inner_text("main")
