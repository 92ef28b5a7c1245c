"""Progress for the portal's templates: the lead's adapter (tiendo.core.progress) is
called once per resolution, and its JSON-ready output is only arranged and labelled
here, never recomputed.

The rows gain what a page needs beside the numbers: the link to the target's page,
the ratios paired with the words that name their baseline, and a small SVG bar.
"""

from __future__ import annotations

from typing import Any

from django.utils.safestring import mark_safe

from tiendo.core.models import Resolution
from tiendo.core.progress import stored_progress
from tiendo.periods import Period
from tiendo.portal.charts import progress_bar_svg
from tiendo.progress.narrative import percent_text
from tiendo.progress.status import STATUS_LABELS

# Display order of the statuses, worst news last so the eye meets good news first.
STATUS_ORDER = list(STATUS_LABELS)
# Baseline kinds in the order reports cite them.
RATIO_ORDER = ("plan", "budget_assigned", "budget_self", "same_period", "previous")


def status_counts(progress: dict[str, Any]) -> list[dict[str, Any]]:
    """[{"status", "label", "count"}] for the statuses present, in display order."""
    counts = progress.get("counts", {})
    return [
        {"status": status, "label": STATUS_LABELS[status], "count": counts[status]}
        for status in STATUS_ORDER
        if counts.get(status)
    ]


def _ratio_rows(row: dict[str, Any]) -> list[dict[str, Any]]:
    baselines = row.get("baselines", {})
    ratios = row.get("ratios", {})
    decimals = row.get("ratio_decimals") or {}
    kinds = [k for k in RATIO_ORDER if k in ratios] + sorted(set(ratios) - set(RATIO_ORDER))
    found = []
    for kind in kinds:
        label = baselines.get(kind, {}).get("label") or ("KH" if kind == "plan" else kind)
        if kind == "same_period":
            label = "cùng kỳ"
        found.append(
            {"kind": kind, "label": label, "percent": ratios[kind], "decimals": decimals.get(kind)}
        )
    return found


def _main_ratio(ratios: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The ratio the bar shows: % of plan, else % of the first budget."""
    for ratio in ratios:
        if ratio["kind"] in ("plan", "budget_assigned", "budget_self"):
            return ratio
    return None


def _decorate_row(row: dict[str, Any], base_url: str) -> dict[str, Any]:
    ratios = _ratio_rows(row)
    main = _main_ratio(ratios)
    bar_label = (
        f"Đạt {percent_text(main['percent'], main['decimals'])}% {main['label']}"
        if main
        else "Chưa có tỷ lệ"
    )
    baselines = row.get("baselines", {})
    plan_baseline = baselines.get("plan")
    return {
        **row,
        "url": f"{base_url}chi-tieu/{row['key']}/",
        "ratio_rows": ratios,
        "main_ratio": main,
        "plan_baseline": plan_baseline,
        # "giảm 1,5% so với năm trước (từ 5,2%)": a plan set as a change.
        "plan_words": (row.get("plan_text") or "").removeprefix("KH "),
        # Budget revenue is planned as dự toán (assigned, and aimed for), not as KH.
        "budget_baselines": [b for kind, b in baselines.items() if kind != "plan"],
        "bar_svg": mark_safe(progress_bar_svg(main["percent"] if main else None, bar_label)),
    }


def resolution_overview(resolution: Resolution, base_url: str) -> dict[str, Any]:
    """The adapter's progress of a resolution, arranged for a page.

    `base_url` is the resolution's page ("/nghi-quyet/15-nq-hu-2022/"); each target row
    gets its own page under it. `computed_at` is when the stored progress was computed
    ("Cập nhật lúc …").
    """
    stored = stored_progress(resolution)
    progress = stored.as_dict()
    period = progress.get("period") or {}
    return {
        **progress,
        "computed_at": stored.computed_at,
        "period_label": Period(
            period.get("year"), period.get("from_month"), period.get("to_month")
        ).label_vi(),
        "status_counts": status_counts(progress),
        "rows": [_decorate_row(row, base_url) for row in progress.get("targets", [])],
        "task_status": {task["key"]: task for task in progress.get("tasks", [])},
    }
