"""A resolution's targets with their progress as CSV open data.

UTF-8 with a byte-order mark, so that Excel shows Vietnamese correctly; numbers are
written plainly (953.2) so that any program can read them. Progress columns come
from tiendo.core.progress, as everywhere else.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from tiendo.core.models import Resolution
from tiendo.core.progress import resolution_progress
from tiendo.periods import Period

BOM = "\ufeff"
COLUMNS = (
    ("stt", "STT"),
    ("indicator", "Chỉ tiêu"),
    ("unit", "ĐVT"),
    ("plan", "Kế hoạch"),
    ("plan_max", "Kế hoạch (cận trên)"),
    ("compared_with", "So với"),
    ("baseline", "Mức so sánh"),
    ("period", "Kỳ"),
    ("value", "Thực hiện"),
    ("kind", "Loại số liệu"),
    ("percent_of_plan", "% KH"),
    ("percent_same_period", "So cùng kỳ (%)"),
    ("forecast", "Dự báo cả năm"),
    ("status", "Mã đánh giá"),
    ("status_label", "Đánh giá"),
    ("source", "Nguồn"),
)
KIND_LABELS = {"estimate": "Ước thực hiện", "actual": "Thực hiện"}


def _number(value: float | None) -> str:
    """'953.2', '220', '' : a plain decimal point, no grouping, at most 4 decimals."""
    if value is None:
        return ""
    text = f"{round(float(value), 4):.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _row(target: Mapping[str, Any], period_code: str) -> dict[str, str]:
    judged = target.get("judged_against") or "plan"
    baselines = target.get("baselines") or {}
    baseline = baselines.get(judged) or {}
    ratios = target.get("ratios") or {}
    observation = target.get("observation") or {}
    forecast = target.get("forecast") or {}
    return {
        "stt": target.get("ordinal", ""),
        "indicator": target.get("indicator", ""),
        "unit": target.get("unit", ""),
        "plan": _number(target.get("plan")),
        "plan_max": _number(target.get("value_max")),
        "compared_with": baseline.get("label", "") if baseline else "",
        "baseline": _number(baseline.get("value")) if baseline else "",
        "period": (observation.get("period") or {}).get("code", period_code),
        "value": _number(target.get("value")),
        "kind": KIND_LABELS.get(observation.get("kind", ""), ""),
        "percent_of_plan": _number(ratios.get(judged)),
        "percent_same_period": _number(ratios.get("same_period")),
        "forecast": _number(forecast.get("value")),
        "status": target.get("status", ""),
        "status_label": target.get("status_label", ""),
        "source": observation.get("source_label", ""),
    }


def targets_csv(resolution: Resolution, period: Period | None = None) -> str:
    progress = resolution_progress(resolution, period).as_dict()
    period_code = progress["period"]["code"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(title for _, title in COLUMNS)
    for target in progress["targets"]:
        row = _row(target, period_code)
        writer.writerow(row[key] for key, _ in COLUMNS)
    return BOM + buffer.getvalue()
