"""Screenshots of the shipped site for reviewers: docs/screenshots/<page>-<phone|desktop>.png.

Builds the shipped records (records/) with the real ``minhbach build`` into a temporary folder,
serves it on 127.0.0.1 and opens each page in Debian's Chromium at 390×844 (a phone) and
1366×768 (a desktop), the sizes the browser tests check. The lookup page is shown with a case
opened by its code from the records, as a family sees it after scanning its slip.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Full pages, cut at MAX_HEIGHT pixels (the list of supported students is long).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import tempfile
import threading
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the shipped build and its pages, as the tests use them

from shipped_site import build_shipped, pages  # noqa: E402

VIEWPORTS = {"phone": (390, 844), "desktop": (1366, 768)}
SHOWN = {  # file name → kind of page (tests/shipped_site.py)
    "trang-chu": "home",
    "nha-tai-tro": "donor",
    "nha-tai-tro-an-danh": "anonymous donor",
    "ho-tro": "students",
    "tra-cuu": "lookup, a case",
    "du-lieu": "open data",
}
MAX_HEIGHT = 4000
COLOURS = 64


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(folder: Path) -> str:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def shoot(base: str, out: Path) -> list[Path]:
    written = []
    by_kind = pages().by_kind
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox"]
        )
        for viewport, (width, height) in VIEWPORTS.items():
            phone = viewport == "phone"
            context = browser.new_context(
                viewport={"width": width, "height": height},
                locale="vi-VN",
                is_mobile=phone,
                has_touch=phone,
            )
            page = context.new_page()
            for name, kind in SHOWN.items():
                page.goto(base + by_kind[kind])
                if kind == "lookup, a case":
                    page.wait_for_selector("#tra-cuu-ket-qua[data-state=ket-qua]")
                path = out / f"{name}-{viewport}.png"
                page.screenshot(path=str(path), full_page=True)
                with Image.open(path) as image:
                    cut = image.convert("RGB").crop(
                        (0, 0, image.width, min(image.height, MAX_HEIGHT))
                    )
                # 64 colours are plenty for a page of text and keep the files small in git.
                cut.quantize(
                    COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
                ).save(path, optimize=True)
                written.append(path)
            context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temporary:
        site = build_shipped(Path(temporary))
        for path in shoot(serve(site), args.out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
