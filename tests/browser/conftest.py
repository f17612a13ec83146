"""Browser test harness: a static server for a built site, Debian's Chromium, and axe-core.

Fixtures (other browser tests reuse them):

* ``serve`` (session): ``serve(folder) -> "http://127.0.0.1:PORT"``; one threaded server per
  folder, on an ephemeral port, stopped at the end of the session.
* ``browser`` (session): headless Chromium from ``/usr/bin/chromium`` driven by Playwright.
  Missing Chromium fails the tests (with the apt command), it never skips them.
* ``open_page``: ``open_page(url, viewport="phone"|"desktop", javascript=True) -> Page``, in a fresh
  Vietnamese-locale context. Requests to any host but 127.0.0.1 are aborted and listed in
  ``page.blocked_requests``; uncaught script errors are listed in ``page.script_errors``.
* ``axe``: ``axe(page, context=None) -> list[dict]``, the serious and critical axe-core violations
  (id, impact, help, targets); an empty list is a pass.
* ``shipped_site`` (session): the shipped records built by the real ``minhbach build``
  (tests/shipped_site.py), once for every module that opens it.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORTS = {
    "phone": {
        "viewport": {"width": 360, "height": 780},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": {"width": 1280, "height": 800}},
}
SERIOUS = frozenset({"serious", "critical"})
TIMEOUT_MS = 15_000
LOCAL_HOST = "127.0.0.1"

# Types the browser insists on (WebAssembly streaming needs application/wasm); Pagefind's
# .pf_* files are fetched as bytes whatever their type.
_TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".json": "application/json",
}


def chromium_at(path: Path = CHROMIUM) -> Path:
    """``path`` if Chromium is installed there; otherwise fail with the command that installs it."""
    if not path.exists():
        pytest.fail(
            f"Chromium is missing at {path}: the browser tests need it. Install it with "
            "`sudo apt-get install -y chromium` (or run `make test`, which installs it).",
            pytrace=False,
        )
    return path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        **_TYPES,
    }

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean; failures show up in assertions, not in access logs


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """Serve folders over HTTP on 127.0.0.1 (a secure context, so WebCrypto works)."""
    servers: dict[Path, http.server.ThreadingHTTPServer] = {}

    def start(folder: Path) -> str:
        folder = Path(folder).resolve()
        if folder not in servers:
            handler = functools.partial(_QuietHandler, directory=str(folder))
            server = http.server.ThreadingHTTPServer((LOCAL_HOST, 0), handler)
            server.daemon_threads = True
            threading.Thread(
                target=server.serve_forever, name=f"serve {folder.name}", daemon=True
            ).start()
            servers[folder] = server
        host, port = servers[folder].server_address[:2]
        return f"http://{host}:{port}"

    yield start
    for server in servers.values():
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def require_chromium() -> Callable[[Path], Path]:
    """``chromium_at`` itself, for the test that a missing Chromium fails the run."""
    return chromium_at


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Chromium (Debian's package; Playwright's own download is never used)."""
    executable = chromium_at()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(executable), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser) -> Iterator[Callable[..., object]]:
    """Open a URL in a fresh context at a phone (default) or desktop viewport."""
    contexts = []

    def open_(url: str, viewport: str = "phone", javascript: bool = True):
        context = browser.new_context(
            locale="vi-VN",
            timezone_id="Asia/Ho_Chi_Minh",
            java_script_enabled=javascript,
            **VIEWPORTS[viewport],
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.blocked_requests = []
        page.script_errors = []

        def only_local(route) -> None:
            if urlsplit(route.request.url).hostname == LOCAL_HOST or route.request.url.startswith(
                ("data:", "blob:")
            ):
                route.continue_()
            else:
                page.blocked_requests.append(route.request.url)
                route.abort()

        context.route("**/*", only_local)
        page.on("pageerror", lambda error: page.script_errors.append(str(error)))
        page.goto(url)
        return page

    yield open_
    for context in contexts:
        context.close()


def serious_violations(page, context: object = None) -> list[dict]:
    """Run axe-core on ``page`` and keep the serious and critical violations, readably."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, context=context, options={"resultTypes": ["violations"]})
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [", ".join(map(str, node["target"])) for node in violation["nodes"]],
        }
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
    ]


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory) -> Path:
    """The output folder of the shipped records, built once per session."""
    from shipped_site import build_shipped

    return build_shipped(tmp_path_factory.mktemp("shipped"))


@pytest.fixture
def axe() -> Callable[..., list[dict]]:
    """``axe(page)``: the serious and critical accessibility violations on the page."""
    return serious_violations
