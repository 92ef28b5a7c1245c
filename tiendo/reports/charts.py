"""Charts for reports, drawn with matplotlib's Agg backend into PNG bytes.

DejaVu Sans ships with matplotlib and covers Vietnamese, so nothing is downloaded.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")

from matplotlib import pyplot as plt
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from tiendo.reports.content import AnnexRow
from tiendo.reports.numbers import percent_text

FONT = "DejaVu Sans"
BAR_COLOUR = "#1f4e79"
ESTIMATE_COLOUR = "#6f9fd8"
LINE_COLOUR = "#b22222"
# Long indicator names are wrapped to this many characters per line.
LABEL_WIDTH = 34


def _wrap(text: str, width: int = LABEL_WIDTH) -> str:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return "\n".join(lines)


LEGEND_ACTUAL = "Thực hiện"
LEGEND_ESTIMATE = "Ước thực hiện"
LEGEND_PLAN = "100% kế hoạch (dự toán)"


def _label(row: AnnexRow) -> str:
    """'3. Tổng thu ngân sách (so với dự toán tỉnh giao)': the baseline is named when
    the bar is not a share of the KH."""
    text = f"{row.ordinal}. {row.indicator}".strip(". ")
    if row.plan_label:
        text += f" (so với {row.plan_label})"
    return _wrap(text)


def legend_entries(rows: Sequence[AnnexRow]) -> list[str]:
    """What the legend explains: the colours in use and the dashed line."""
    entries = []
    if any(not row.is_estimate for row in rows):
        entries.append(LEGEND_ACTUAL)
    if any(row.is_estimate for row in rows):
        entries.append(LEGEND_ESTIMATE)
    return [*entries, LEGEND_PLAN]


def _legend(axes, rows: Sequence[AnnexRow]) -> None:  # type: ignore[no-untyped-def]
    handles = {
        LEGEND_ACTUAL: Patch(color=BAR_COLOUR, label=LEGEND_ACTUAL),
        LEGEND_ESTIMATE: Patch(color=ESTIMATE_COLOUR, label=LEGEND_ESTIMATE),
        LEGEND_PLAN: Line2D([], [], color=LINE_COLOUR, linestyle="--", label=LEGEND_PLAN),
    }
    chosen = [handles[entry] for entry in legend_entries(rows)]
    axes.legend(
        handles=chosen,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.22),
        ncol=len(chosen),
        frameon=False,
    )


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=150, bbox_inches="tight")
    plt.close(figure)
    return buffer.getvalue()


def percent_of_plan_chart(rows: Sequence[AnnexRow], title: str) -> bytes | None:
    """Horizontal bars of % of plan per target, with the 100% line and a legend of
    the colours and the line; None when no target has a percentage to show."""
    shown = [row for row in rows if row.percent_of_plan is not None]
    if not shown:
        return None
    with plt.rc_context({"font.family": FONT, "font.size": 9}):
        figure, axes = plt.subplots(figsize=(7.0, 0.7 * len(shown) + 1.4))
        labels = [_label(row) for row in shown]
        values = [float(row.percent_of_plan or 0.0) for row in shown]
        colours = [ESTIMATE_COLOUR if row.is_estimate else BAR_COLOUR for row in shown]
        positions = list(range(len(shown)))[::-1]
        axes.barh(positions, values, color=colours, height=0.55)
        axes.set_yticks(positions, labels)
        axes.axvline(100.0, color=LINE_COLOUR, linewidth=1.2, linestyle="--")
        limit = max([*values, 100.0]) * 1.18
        axes.set_xlim(0, limit)
        for position, row in zip(positions, shown, strict=True):
            text = percent_text(row.percent_of_plan, row.percent_decimals) + "%"
            axes.text(float(row.percent_of_plan or 0.0) + limit * 0.01, position, text, va="center")
        axes.set_xlabel("% kế hoạch (dự toán)")
        _legend(axes, shown)
        axes.set_title(title, fontsize=10, fontweight="bold")
        axes.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        return _png(figure)
