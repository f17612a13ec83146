"""The shipped site on a 390×844 phone and a 1366×768 desktop (issue 17, "The public face").

Every kind of page, opened in Chromium as a parent, a donor or a reviewer would: nothing
scrolls sideways (neither the page nor a table), axe finds nothing serious, the menu folds on a
phone, names come in Vietnamese order, the search field has its label and its results read as
sentences, and no page weighs 100 KB of HTML and CSS.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minhbach.text.collate import sort_key
from minhbach.text.fold import fold
from shipped_site import pages

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 768}}
PAGES = pages()
BUDGET = 100 * 1024  # bytes of HTML and CSS a page may take, before images and scripts

# Everything that sticks out of the screen: the page's own width, each table's box, and any
# preformatted block or table that scrolls inside itself.
OVERFLOW = """() => {
  const width = window.innerWidth, found = [];
  if (document.scrollingElement.scrollWidth > width) found.push('page ' + document.scrollingElement.scrollWidth);
  for (const t of document.querySelectorAll('table, pre')) {
    const box = t.getBoundingClientRect();
    if (box.left < 0 || box.right > width + 0.5) found.push(t.tagName + ' box ' + Math.round(box.right));
    if (t.scrollWidth > t.clientWidth + 1) found.push(t.tagName + ' scrolls ' + t.scrollWidth + '>' + t.clientWidth);
  }
  return found;
}"""

OPEN_ALL = "() => document.querySelectorAll('details').forEach(d => { d.open = true; })"


@pytest.fixture
def visit(shipped_site: Path, serve, open_page):
    """``visit(kind, viewport)``: a page of the shipped site, ready to read (lookup, search)."""
    base = serve(shipped_site)

    def open_(kind: str, viewport: str):
        page = open_page("about:blank", viewport="phone" if viewport == "phone" else "desktop")
        page.set_viewport_size(VIEWPORTS[viewport])
        page.goto(base + PAGES.by_kind[kind])
        if kind == "lookup, a case":
            page.wait_for_selector("#tra-cuu-ket-qua[data-state=ket-qua]")
        elif kind == "search":
            page.wait_for_selector(".pagefind-ui__result-link")
        return page

    return open_


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_no_page_or_table_goes_past_the_screen(visit, viewport: str) -> None:
    problems = {}
    for kind in PAGES.by_kind:
        page = visit(kind, viewport)
        found = page.evaluate(OVERFLOW)
        page.evaluate(OPEN_ALL)  # the phone's menu, the commune table, the lists of columns
        found += page.evaluate(OVERFLOW)
        if found:
            problems[kind] = found
        page.context.close()
    assert problems == {}


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_every_kind_of_page_passes_axe(visit, axe, viewport: str) -> None:
    problems = {}
    for kind in PAGES.by_kind:
        page = visit(kind, viewport)
        page.evaluate(OPEN_ALL)  # what a tap shows is checked too
        found = [f"{v['id']}: {v['targets']}" for v in axe(page)]
        if found:
            problems[kind] = found
        assert page.blocked_requests == [], kind  # no font, script or image from elsewhere
        assert page.script_errors == [], kind
        page.context.close()
    assert problems == {}


def test_the_menu_folds_on_a_phone_and_opens_on_a_tap(visit) -> None:
    page = visit("home", "phone")
    links = page.locator(".nav-list a")
    assert not links.first.is_visible()
    header = page.locator(".service").bounding_box()["height"]
    assert header < 200, header  # the service's name and one button, not a wall of links
    page.click("details.menu > summary")
    assert links.count() >= 10
    assert all(link.is_visible() for link in links.all())
    assert page.get_attribute(".nav-list a[aria-current=page]", "href").endswith("/")


def test_the_menu_is_one_bar_on_a_desktop(visit) -> None:
    page = visit("donors", "desktop")
    tops = page.eval_on_selector_all(
        ".nav-list a", "links => links.map(a => Math.round(a.getBoundingClientRect().top))"
    )
    assert len(set(tops)) == 1, tops
    assert page.inner_text(".nav-list a[aria-current=page]") == "Nhà tài trợ"


def in_vietnamese_order(names: list[str]) -> None:
    assert names == sorted(names, key=sort_key)
    # Whatever the tones, first letters without marks never go back (Đ with D, not after Z).
    firsts = [fold(name)[:1] for name in names]
    assert firsts == sorted(firsts)


def listed(page, selector: str) -> list[str]:
    return [name.strip() for name in page.locator(selector).all_inner_texts()]


def test_schools_and_donors_are_listed_in_vietnamese_order(visit) -> None:
    schools = listed(visit("schools", "desktop"), "tbody th[scope=row]")
    assert len(schools) > 5
    in_vietnamese_order(schools)
    primary = [s.removeprefix("Trường Tiểu học ") for s in schools if s.startswith("Trường Tiểu")]
    assert primary.index("Bạch Đằng") < primary.index("Bình Minh")  # the example
    donors = listed(visit("donors", "desktop"), "tbody th[scope=row]")
    anonymous = [d for d in donors if d.startswith("Nhà hảo tâm ẩn danh")]
    named = donors[: len(donors) - len(anonymous)]
    in_vietnamese_order(named)
    assert named + anonymous == donors  # the anonymous ones last, by their first reception
    assert len(set(anonymous)) == len(anonymous)  # each told apart
    days = [re.search(r"tiếp nhận (\d\d)/(\d\d)/(\d{4})", d).groups()[::-1] for d in anonymous]
    assert days == sorted(days)


def test_the_search_field_is_labelled_and_results_read_as_sentences(visit) -> None:
    page = visit("search", "phone")
    field = page.get_by_label("Từ cần tìm")
    assert field.input_value() == PAGES.school_name
    excerpt = page.locator(".pagefind-ui__result-excerpt").first.inner_text()
    assert "Cấp học: " in excerpt, excerpt
    assert not re.search(r"Cấp học\w", excerpt)  # not "Cấp họcTiểu học"


def test_every_page_weighs_less_than_100_kb_of_html_and_css(shipped_site: Path) -> None:
    heavy = {}
    for html in sorted(shipped_site.rglob("*.html")):
        relative = html.relative_to(shipped_site).as_posix()
        if relative.startswith(("pagefind/", "tra-cuu/c/")):
            continue
        text = html.read_text("utf-8")
        size = len(text.encode("utf-8"))
        for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', text):
            size += (shipped_site / href.lstrip("/")).stat().st_size
        if size >= BUDGET:
            heavy[relative] = size
    assert heavy == {}
