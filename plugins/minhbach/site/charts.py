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

# Drawn at a phone's width (a unit is about a CSS pixel on a 360 px screen) with each label above
# its bar, so that text stays readable when the chart shrinks; site.css caps the width on desktops.
WIDTH = 360
LABEL_HEIGHT = 18
BAR_HEIGHT = 18
GAP = 12
VALUE_WIDTH = 112
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
    span = WIDTH - VALUE_WIDTH
    row = LABEL_HEIGHT + BAR_HEIGHT + GAP
    height = len(bars) * row + GAP
    parts = [
        f'<svg id="{escape(chart_id)}" class="chart" role="img" aria-labelledby="{escape(chart_id)}-title" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
    ]
    for index, bar in enumerate(bars):
        top_y = GAP + index * row
        bar_y = top_y + LABEL_HEIGHT
        length = max(round(span * bar.value / top), 1)
        colour = COLOURS[bar.series % len(COLOURS)]
        parts.append(
            f'<text x="0" y="{top_y + LABEL_HEIGHT - 5}" class="chart-label">{escape(bar.label)}</text>'
            f'<rect x="0" y="{bar_y}" width="{length}" height="{BAR_HEIGHT}" fill="{colour}"/>'
            f'<text x="{length + 6}" y="{bar_y + BAR_HEIGHT - 4}" class="chart-value">'
            f"{escape(fmt(bar.value))}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
