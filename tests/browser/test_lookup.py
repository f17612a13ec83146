"""/tra-cuu/ in Chromium: a code typed or carried in the address opens its case, and only it.

The site is built in the test: the real tra-cuu.html on the real base.html, the real script, and
the lookup files of the tiny district (tests/district.py) written by ``write_lookup_files``.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import jinja2
import pytest

from district import AS_OF, CODES, write_tree
from helpers import ROOT, write
from minhbach import codes
from minhbach.checks.context import CheckContext
from minhbach.demo import write_demo
from minhbach.lookup import build_cases, file_name, write_lookup_files
from minhbach.lookup.padding import BUCKETS
from minhbach.public import build_lookup_view
from minhbach.settings import Settings
from minhbach.site.formats import FILTERS
from minhbach.validation import validate_folder

SETTINGS = Settings(LOOKUP_SITE_KEY="khoa-thu-nghiem-trinh-duyet")
THEME = ROOT / "theme"
RESULT = "#tra-cuu-ket-qua"
FIELD = "#tra-cuu-ma"


def render(template: str, **context: object) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(THEME / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    return env.get_template(template).render(SITENAME="Minh Bạch", SITEURL="", pages=[], **context)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("tra-cuu")
    folder = write_tree(base / "records")
    records = validate_folder(folder, CheckContext(AS_OF)).valid
    root = base / "site"
    write(
        root,
        "tra-cuu/index.html",
        render(
            "tra-cuu.html",
            LOOKUP_SITE_KEY=SETTINGS.LOOKUP_SITE_KEY,
            CONTACT_NOTE=SETTINGS.CONTACT_NOTE,
        ),
    )
    for asset in ("js/tra-cuu.js", "css/tra-cuu.css", "css/site.css"):
        (root / "theme" / asset).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(THEME / "static" / asset, root / "theme" / asset)
    assert write_lookup_files(root, build_lookup_view(records), SETTINGS) == len(CODES)
    return root


@pytest.fixture
def lookup_page(site, serve, open_page):
    def open_(suffix: str = "", **options: object):
        return open_page(serve(site) + "/tra-cuu/" + suffix, **options)

    return open_


def look_up(page, typed: str) -> str:
    page.fill(FIELD, typed)
    page.click("button[type=submit]")
    page.wait_for_selector(
        f"{RESULT}[data-state=ket-qua], {RESULT}[data-state=loi], {RESULT}[data-state=nhac]"
    )
    return page.inner_text(RESULT)


def test_a_typed_code_shows_its_case_and_no_name(lookup_page):
    page = lookup_page()
    text = look_up(page, CODES[0])
    assert "Đang theo dõi" in text
    assert "Trường Tiểu học An Phú" in text
    assert "Công ty Minh Họa Vina" in text
    assert "25/10/2021" in text
    body = page.inner_text("body")
    assert "Nguyễn Văn Bình" not in body
    assert "N.V.B." not in body
    assert page.script_errors == []


def test_a_donor_code_shows_where_the_gifts_went(lookup_page):
    text = look_up(lookup_page(viewport="desktop"), CODES[3].lower())
    assert "Nhà tài trợ: Công ty Minh Họa Vina" in text
    assert "24.000.000" in text
    assert "Trường Tiểu học An Phú" in text


@pytest.mark.parametrize("carry", ["?ma=", "#ma="])
def test_a_code_in_the_address_is_looked_up_then_removed(lookup_page, serve, site, carry):
    page = lookup_page()
    requests = []
    page.on("request", lambda request: requests.append(request))
    page.goto(serve(site) + "/tra-cuu/" + carry + CODES[1].lower())
    page.wait_for_selector(f"{RESULT}[data-state=ket-qua]")
    assert "Đã duyệt" in page.inner_text(RESULT)
    assert page.url == serve(site) + "/tra-cuu/"
    assert page.evaluate("location.href").endswith("/tra-cuu/")
    assert page.get_attribute("meta[name=referrer]", "content") == "no-referrer"
    fetched = [r for r in requests if "/tra-cuu/c/" in r.url]
    assert [r.url.rsplit("/", 1)[1] for r in fetched] == [
        file_name(SETTINGS.LOOKUP_SITE_KEY, CODES[1]) + ".json"
    ]
    assert "referer" not in fetched[0].all_headers()


def test_one_mistyped_character_says_the_code_is_wrong(lookup_page):
    page = lookup_page()
    code = CODES[0]
    wrong = code[:2] + ("Z" if code[2] != "Z" else "X") + code[3:]
    assert "Mã không đúng" in look_up(page, wrong)
    swapped = code[1] + code[0] + code[2:]
    assert code[0] == code[1] or "Mã không đúng" in look_up(page, swapped)
    assert SETTINGS.CONTACT_NOTE in page.inner_text(RESULT)


HARMLESS = {
    "spaces-lower": lambda c: f"  {c.lower().replace('-', ' ')}  ",
    "en-dash": lambda c: c.replace("-", "–"),
    "em-dash": lambda c: c.replace("-", "—"),
    "minus": lambda c: c.replace("-", "\u2212"),
    "nbsp": lambda c: c.replace("-", "\u00a0"),
    "compact-zwsp": lambda c: c.replace("-", "") + "\u200b",
    "accent": lambda c: c[:5] + c[5] + "\u0301" + c[6:],  # a stray accent from a Telex keyboard
}
ODD = {
    "empty": ("", "Xin nhập mã tra cứu"),
    "spaces": ("   ", "Xin nhập mã tra cứu"),
    "dd": ("Đ" + CODES[0][1:], "không có chữ D hay Đ"),
    "short": ("K7QH-3MXR", "có 8 ký tự"),
    "10000": ("X" * 10_000, "dài 10000 ký tự"),
    "script": ("<script>alert(1)</script>", "Mã không đúng"),
    "img": ('"><img src=x onerror=alert(1)>', "Mã không đúng"),
    "vowels": ("AAAA-EEEE-IIII-OOOO", "bộ gõ tiếng Việt"),
}


def test_harmless_spellings_find_the_case(lookup_page):
    page = lookup_page()
    for name, spell in HARMLESS.items():
        assert "Đang theo dõi" in look_up(page, spell(CODES[0])), name


def test_odd_input_gets_a_clear_answer_and_breaks_nothing(lookup_page):
    page = lookup_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for name, (typed, says) in ODD.items():
        page.evaluate("document.getElementById('tra-cuu-ket-qua').removeAttribute('data-state')")
        assert says in look_up(page, typed), name
        assert page.locator(f"{RESULT} img, {RESULT} script").count() == 0, name
    assert page.script_errors == []
    assert dialogs == []
    assert "Đang theo dõi" in look_up(page, CODES[0])  # and the page still works


def test_the_browser_agrees_with_python_on_every_code(lookup_page):
    page = lookup_page(viewport="desktop")
    rng = random.Random(2021)
    valid = [codes.generate(rng) for _ in range(150)]
    noise = "23456789BCFGHJKMNPQRSTVXZaeiouydđĐ01Lxz -–—−_.\u00a0\u200bÁàẢ\u0301\u0323ｋ７"
    typed = [*valid, *(c.lower().replace("-", " ") for c in valid[:30])]
    typed += [c[:-1] + ("2" if c[-1] != "2" else "3") for c in valid[:30]]
    typed += ["".join(rng.choice(noise) for _ in range(rng.randint(0, 24))) for _ in range(150)]
    result = page.evaluate(
        """async ([typed, key]) => {
            const t = window.MinhBachTraCuu;
            const out = [];
            for (const text of typed) {
                const valid = t.isValid(text);
                out.push([t.normalize(text), valid, valid ? await t.fileName(key, text) : null]);
            }
            return out;
        }""",
        [typed, SETTINGS.LOOKUP_SITE_KEY],
    )
    expected = [
        [
            codes.normalize(text),
            codes.is_valid(text),
            file_name(SETTINGS.LOOKUP_SITE_KEY, text) if codes.is_valid(text) else None,
        ]
        for text in typed
    ]
    assert result == expected
    bodies = [c.replace("-", "")[:15] for c in valid]
    assert page.evaluate("b => b.map(window.MinhBachTraCuu.checkChar)", bodies) == [
        codes.check_char(b) for b in bodies
    ]


@pytest.fixture(scope="module")
def demo_site(site, tmp_path_factory) -> tuple[Path, list[tuple[str, dict]]]:
    """The same page with the lookup files of a 300-student demo, and each (code, case)."""
    base = tmp_path_factory.mktemp("tra-cuu-demo")
    write_demo(base / "records", 300, seed=1)
    view = build_lookup_view(validate_folder(base / "records", CheckContext(AS_OF)).valid)
    root = base / "site"
    shutil.copytree(site, root, ignore=shutil.ignore_patterns("c"))
    write_lookup_files(root, view, SETTINGS)
    return root, list(build_cases(view, SETTINGS.OFFICE_SHORT_NAME))


def test_every_padded_file_of_a_demo_opens_in_the_browser(demo_site, serve, open_page):
    """Padding (spaces after the JSON, inside the encryption) changes nothing for the page."""
    root, cases = demo_site
    sizes = {p.stat().st_size for p in (root / "tra-cuu" / "c").iterdir()}
    assert len(sizes) <= len(BUCKETS)
    page = open_page(serve(root) + "/tra-cuu/", viewport="desktop")
    opened = page.evaluate(
        """async ([codes, key]) => {
            const t = window.MinhBachTraCuu;
            const out = [];
            for (const code of codes) {
                const response = await fetch("c/" + await t.fileName(key, code) + ".json");
                out.push(await t.openFile(key, code, await response.json()));
            }
            return out;
        }""",
        [[code for code, _ in cases], SETTINGS.LOOKUP_SITE_KEY],
    )
    assert opened == [case for _, case in cases]


def test_without_javascript_the_page_says_to_ask_the_school(lookup_page):
    page = lookup_page(javascript=False)
    text = page.inner_text("main")
    assert "cần bật JavaScript" in text
    assert "giáo viên chủ nhiệm" in text
    assert not page.is_visible(FIELD)


def test_without_webcrypto_the_page_says_to_ask_the_school(lookup_page):
    page = lookup_page()
    page.add_init_script("Object.defineProperty(window.crypto, 'subtle', {value: undefined});")
    page.reload()
    assert page.is_visible("#tra-cuu-khong-ho-tro")
    assert "văn phòng nhà trường" in page.inner_text("#tra-cuu-khong-ho-tro")
    assert not page.is_visible(FIELD)


def test_the_page_with_a_case_passes_axe_on_a_phone(lookup_page, axe):
    page = lookup_page()
    look_up(page, CODES[3])
    assert axe(page) == []
