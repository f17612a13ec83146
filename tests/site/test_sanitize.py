"""Markdown's HTML through nh3: script, event handlers and javascript: links are dropped."""

from __future__ import annotations

from minhbach.site.sanitize import clean_html


def test_scripts_handlers_and_javascript_links_are_dropped() -> None:
    html = clean_html(
        '<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">b</a>'
        '<a href=" JAVASCRIPT:alert(1)">c</a><img src="x" onerror="alert(1)"><iframe src="//e"></iframe>'
        '<a href="data:text/html,<script>alert(1)</script>">d</a><style>body{}</style>'
    )
    lowered = html.lower()
    for bad in ("onclick", "<script", "javascript:", "onerror", "<iframe", "data:", "<style"):
        assert bad not in lowered, bad
    assert "<p>a</p>" in html


def test_safe_markdown_html_and_pelican_links_are_kept() -> None:
    html = clean_html(
        '<h2 id="x">T</h2><a href="{filename}/pages/a.md">a</a><img src="{static}/images/a.jpg" alt="ảnh">'
        '<table><tr><th scope="col">c</th></tr></table><a href="https://gddt.example/">e</a>'
    )
    assert '<h2 id="x">' in html
    assert 'href="{filename}/pages/a.md"' in html
    assert 'src="{static}/images/a.jpg"' in html
    assert 'scope="col"' in html
    assert 'href="https://gddt.example/"' in html
