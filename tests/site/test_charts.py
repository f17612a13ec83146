"""Inline SVG charts: labels are escaped, bars scale, the chart is labelled for screen readers."""

from __future__ import annotations

from minhbach.site.charts import Bar, bar_chart
from minhbach.site.formats import date_vn, money


def test_chart_escapes_labels_and_is_accessible() -> None:
    svg = str(
        bar_chart("c1", 'Tiến độ "<b>"', [Bar("<script>alert(1)</script>", 10), Bar("Hai", 5)])
    )
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert 'role="img"' in svg
    assert 'aria-labelledby="c1-title"' in svg
    assert '<title id="c1-title">Tiến độ &#34;&lt;b&gt;&#34;</title>' in svg
    widths = [int(part.split('"')[0]) for part in svg.split('width="')[2:]]
    assert widths[0] == 2 * widths[1]


def test_empty_chart_draws_nothing_and_does_not_divide_by_zero() -> None:
    assert "<rect" not in str(bar_chart("c2", "Trống", []))
    assert "<rect" in str(bar_chart("c3", "Không", [Bar("A", 0)]))


def test_vietnamese_formats() -> None:
    assert money(1_500_000) == "1.500.000\u00a0₫"
    import datetime as dt

    assert date_vn(dt.date(2021, 10, 5)) == "05/10/2021"
    assert date_vn(dt.datetime(2021, 10, 5, 9, 30)) == "05/10/2021"
