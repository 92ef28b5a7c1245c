"""Annex rows from the progress adapter's JSON (`resolution_progress(...).as_dict()`).

Only reads what tiendo.progress computed: the baseline the status was judged
against, its ratio, the ratio to the same period, the status label. Nothing is
recomputed here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tiendo.reports.content import AnnexRow, Ratio
from tiendo.reports.numbers import number_text

_BOUND_SIGNS = {"at_least": "≥ ", "at_most": "≤ ", "about": "~ "}


def _plan_text(target: Mapping[str, Any]) -> str:
    """A plan that is not one plain number: '7,5 - 8', '≥ 9'; '' for a plain plan."""
    if target.get("plan_change"):
        return str(target.get("plan_text") or "").removeprefix("KH ")
    plan, value_max, bound = target.get("plan"), target.get("value_max"), target.get("bound")
    if plan is None:
        return ""
    if value_max is not None:
        return f"{number_text(plan)} - {number_text(value_max)}"
    sign = _BOUND_SIGNS.get(bound or "")
    return f"{sign}{number_text(plan)}" if sign else ""


SAME_PERIOD = "same_period"


def _label(kind: str, baselines: Mapping[str, Mapping[str, Any]]) -> str:
    if kind == "plan":
        return "KH"
    return str((baselines.get(kind) or {}).get("label") or kind)


def row_ratios(target: Mapping[str, Any]) -> tuple[Ratio, ...]:
    """Every ratio to a plan or budget the engine gave, in its order, with the words
    that name the baseline and the decimals the source printed."""
    baselines: Mapping[str, Mapping[str, Any]] = target.get("baselines") or {}
    decimals: Mapping[str, int | None] = target.get("ratio_decimals") or {}
    return tuple(
        Ratio(kind, _label(kind, baselines), float(percent), decimals.get(kind))
        for kind, percent in (target.get("ratios") or {}).items()
        if kind != SAME_PERIOD and percent is not None
    )


def annex_row(target: Mapping[str, Any]) -> AnnexRow:
    baselines: Mapping[str, Mapping[str, Any]] = target.get("baselines") or {}
    ratios: Mapping[str, float] = target.get("ratios") or {}
    judged = target.get("judged_against") or "plan"
    baseline = baselines.get(judged) or baselines.get("plan")
    plan = target.get("plan")
    inferred = False
    if plan is None and baseline is not None:
        plan, inferred = baseline.get("value"), bool(baseline.get("inferred"))
    observation = target.get("observation") or {}
    decimals: Mapping[str, int | None] = target.get("ratio_decimals") or {}
    plan_label = ""
    if target.get("plan") is None and judged != "plan" and baseline is not None:
        plan_label = _label(judged, baselines)
    return AnnexRow(
        ordinal=str(target.get("ordinal") or ""),
        indicator=target.get("indicator", ""),
        unit=target.get("unit", ""),
        plan=plan,
        value=target.get("value"),
        is_estimate=observation.get("kind") == "estimate",
        percent_of_plan=ratios.get(judged, ratios.get("plan")),
        same_period_percent=ratios.get("same_period"),
        assessment=target.get("status_label", ""),
        plan_inferred=inferred,
        plan_text=_plan_text(target),
        ratios=row_ratios(target),
        plan_label=plan_label,
        percent_decimals=decimals.get(judged, decimals.get("plan")),
        same_period_decimals=decimals.get(SAME_PERIOD),
    )


def annex_rows(progress: Mapping[str, Any]) -> list[AnnexRow]:
    return [annex_row(target) for target in progress.get("targets", [])]


def warning_messages(progress: Mapping[str, Any]) -> list[str]:
    """Each distinct warning once, in the order the engine gave them."""
    seen: dict[str, None] = {}
    for warning in progress.get("warnings", []):
        message = (warning.get("message") or "").strip()
        if message:
            seen.setdefault(message, None)
    return list(seen)


def narrative_paragraphs(progress: Mapping[str, Any]) -> Sequence[str]:
    text = progress.get("narrative") or ""
    return [part.strip() for part in text.split("\n") if part.strip()]
