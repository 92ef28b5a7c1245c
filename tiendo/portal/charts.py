"""Small server-rendered SVG charts: readable without JavaScript, labelled for screen
readers (role="img", <title>, <desc>), with every text escaped.

Pure Python: give it numbers, get SVG markup.

>>> svg = progress_bar_svg(23.08, "Đạt 23,08% kế hoạch")
>>> svg.startswith("<svg") and "23,08" in svg
True
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from tiendo.vietnamese import format_number


@dataclass(frozen=True)
class ChartPoint:
    label: str
    value: float
    # Shown above the bar; defaults to the value in Vietnamese notation.
    caption: str = ""


def _attr(text: str) -> str:
    return escape(text, quote=True)


def progress_bar_svg(percent: float | None, label: str, *, width: int = 120) -> str:
    """A thin bar filled to `percent` of plan (capped at 100), with a tick at the plan."""
    height = 12
    share = 0.0 if percent is None else max(0.0, min(percent, 100.0)) / 100.0
    filled = round(width * share, 1)
    return (
        f'<svg class="bieu-do-thanh" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_attr(label)}" '
        f'focusable="false"><title>{escape(label)}</title>'
        f'<rect class="nen" x="0" y="0" width="{width}" height="{height}" rx="3"/>'
        f'<rect class="muc" x="0" y="0" width="{filled}" height="{height}" rx="3"/>'
        "</svg>"
    )


# Label lines are 14 px text (portal.css), about 7,7 px a character on average.
_LABEL_LINE = 17
_CHARACTER_WIDTH = 7.7


def _wrapped(label: str, slot: float) -> list[str]:
    """'6 tháng đầu năm 2022 (ước)' in a 144-unit slot: ['6 tháng đầu năm', '2022 (ước)']."""
    per_line = max(6, int(slot * 0.95 / _CHARACTER_WIDTH))
    return textwrap.wrap(label, per_line) or [""]


def series_chart_svg(
    points: Sequence[ChartPoint],
    *,
    title: str,
    description: str,
    unit: str = "",
    width: int | None = None,
    height: int = 280,
) -> str:
    """A bar chart of values over periods, one bar per point, values written on top.

    Without `width`, the drawing is as wide as its bars need (at most 640), so that a
    short series keeps readable text when a phone scales it down.
    """
    if width is None:
        width = min(640, max(320, 120 * len(points) + 40))
    top, bottom, side = 28, 48, 16
    slot = (width - 2 * side) / max(len(points), 1)
    # Period labels ("6 tháng đầu năm 2022 (ước)") wrap within their bar's slot instead
    # of running into the next one; the drawing grows by the extra lines.
    labels = [_wrapped(point.label, slot) for point in points]
    extra_lines = max((len(lines) for lines in labels), default=1) - 1
    height += _LABEL_LINE * extra_lines
    bottom += _LABEL_LINE * extra_lines
    plot_height = height - top - bottom
    highest = max((p.value for p in points), default=0.0)
    scale = plot_height / highest if highest > 0 else 0.0
    bar_width = min(72.0, slot * 0.6)
    parts = [
        f'<svg class="bieu-do-chuoi" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="bd-tieu-de bd-mo-ta" preserveAspectRatio="xMidYMid meet">',
        f'<title id="bd-tieu-de">{escape(title)}</title>',
        f'<desc id="bd-mo-ta">{escape(description)}</desc>',
        f'<line class="truc" x1="{side}" y1="{top + plot_height}" x2="{width - side}" '
        f'y2="{top + plot_height}"/>',
    ]
    for index, (point, label_lines) in enumerate(zip(points, labels, strict=True)):
        bar_height = round(max(point.value, 0.0) * scale, 1)
        x = round(side + slot * index + (slot - bar_width) / 2, 1)
        y = round(top + plot_height - bar_height, 1)
        middle = round(x + bar_width / 2, 1)
        caption = point.caption or format_number(point.value)
        if unit:
            caption = f"{caption} {unit}"
        parts.append(
            f'<rect class="cot" x="{x}" y="{y}" width="{round(bar_width, 1)}" '
            f'height="{bar_height}" rx="2"/>'
        )
        parts.append(
            f'<text class="gia-tri" x="{middle}" y="{round(y - 8, 1)}" '
            f'text-anchor="middle">{escape(caption)}</text>'
        )
        lines = "".join(
            f'<tspan x="{middle}" dy="{0 if number == 0 else _LABEL_LINE}">{escape(line)}</tspan>'
            for number, line in enumerate(label_lines)
        )
        parts.append(
            f'<text class="nhan" x="{middle}" y="{top + plot_height + 22}" '
            f'text-anchor="middle">{lines}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
