"""Charts as inline SVG, drawn at build time (no chart JavaScript).

Each chart is a horizontal bar chart: readable on a phone, printable, and described for screen
readers by its title and by the table of the same figures that the page shows beside it. Labels
are escaped here, since the result is trusted markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from minhbach.site.formats import number

WIDTH = 640
BAR_HEIGHT = 26
GAP = 10
LABEL_WIDTH = 210
VALUE_WIDTH = 120
COLOURS = ("#1f5f8b", "#c0392b", "#2e7d32", "#8e5b00", "#5e35b1", "#00796b")


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    series: int = 0  # index into COLOURS, for charts that compare two series


def bar_chart(
    chart_id: str, title: str, bars: Sequence[Bar], fmt: Callable[[int], str] = number
) -> Markup:
    """An accessible SVG bar chart of ``bars``; values are printed at the end of each bar."""
    top = max((bar.value for bar in bars), default=0) or 1
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    height = len(bars) * (BAR_HEIGHT + GAP) + GAP
    parts = [
        f'<svg id="{escape(chart_id)}" class="chart" role="img" aria-labelledby="{escape(chart_id)}-title" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
    ]
    for index, bar in enumerate(bars):
        y = GAP + index * (BAR_HEIGHT + GAP)
        length = round(span * bar.value / top)
        colour = COLOURS[bar.series % len(COLOURS)]
        text_y = y + BAR_HEIGHT * 0.7
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{text_y:.1f}" text-anchor="end" class="chart-label">'
            f"{escape(bar.label)}</text>"
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{max(length, 1)}" height="{BAR_HEIGHT}" fill="{colour}"/>'
            f'<text x="{LABEL_WIDTH + max(length, 1) + 6}" y="{text_y:.1f}" class="chart-value">'
            f"{escape(fmt(bar.value))}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
