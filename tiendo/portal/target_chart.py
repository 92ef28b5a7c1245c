"""The chart of a target's series: one bar per reported value, labelled by period."""

from __future__ import annotations

from collections.abc import Sequence

from tiendo.core.models import Result, Target
from tiendo.core.models.choices import ResultKind
from tiendo.portal.charts import ChartPoint, series_chart_svg
from tiendo.progress.narrative import lower_first, without_repeated_phrases
from tiendo.vietnamese import format_number


def point_label(result: Result, many_units: bool) -> str:
    label = result.period.label_vi()
    if result.kind == ResultKind.ESTIMATE:
        label += " (ước)"
    if many_units:
        label = f"{result.org_unit.name}: {label}"
    return label


def chart_caption(indicator: str) -> str:
    """The figure's caption, naming the indicator once: an indicator that begins with
    "Giá trị" is not given a second "giá trị"."""
    subject = lower_first(indicator)
    return without_repeated_phrases(
        f"Biểu đồ cột: {subject} theo từng kỳ báo cáo. Bảng dưới đây ghi cùng số liệu."
    )


def series_chart(target: Target, series: Sequence[Result]) -> str:
    """SVG markup; its <desc> lists every value so screen readers get them all."""
    many_units = len({r.org_unit_id for r in series}) > 1
    points = [
        ChartPoint(point_label(r, many_units), r.value) for r in series if r.value is not None
    ]
    described = "; ".join(
        f"{p.label}: {format_number(p.value)} {target.unit}".strip() for p in points
    )
    return series_chart_svg(
        points,
        title=without_repeated_phrases(f"Số liệu {lower_first(target.indicator)}"),
        description=described or "Chưa có số liệu.",
        unit=target.unit,
    )
