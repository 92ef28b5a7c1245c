"""A resolution's targets as the engine's TargetSpec, read as plain rows.

Building Wagtail cluster models for 150 targets and their baselines costs more than
evaluating them, and the engine needs none of what a model instance adds.
"""

from __future__ import annotations

from typing import Any

from tiendo.core.models import Baseline, Resolution, Target
from tiendo.periods import Period
from tiendo.progress import PlanChange, TargetSpec

_TARGET_FIELDS = (
    "id", "indicator", "unit", "plan_value", "period_year", "period_from_month",
    "period_to_month", "ordinal", "direction", "plan_value_max", "bound", "is_qualitative",
    "aggregation", "weight_by", "plan_kind", "plan_base",
)  # fmt: skip


def target_key(target_id: int) -> str:
    return str(target_id)


def target_specs(resolution: Resolution) -> list[TargetSpec]:
    """The resolution's own targets (not the parts split among units), in display order.

    Baselines that tiendo itself inferred are left out: the engine infers them again
    from the reported percentages, and says so in its output.
    """
    rows = list(
        Target.objects.filter(resolution=resolution, parent=None)
        .order_by("sort_order", "id")
        .values_list(*_TARGET_FIELDS)
    )
    values: dict[int, dict[str, float]] = {row[0]: {} for row in rows}
    labels: dict[int, dict[str, str]] = {row[0]: {} for row in rows}
    for target_id, kind, value, label, inferred in (
        Baseline.objects.filter(target__resolution=resolution, target__parent=None)
        .order_by("kind")
        .values_list("target_id", "kind", "value", "label", "inferred")
    ):
        if not inferred:
            values[target_id][kind] = value
        if label:
            labels[target_id][kind] = label
    return [_spec(row, values[row[0]], labels[row[0]]) for row in rows]


def _spec(row: tuple[Any, ...], baselines: dict[str, float], labels: dict[str, str]) -> TargetSpec:
    (pk, indicator, unit, plan, year, from_month, to_month, ordinal, direction, plan_max,
     bound, is_qualitative, aggregation, weight_by, plan_kind, plan_base) = row  # fmt: skip
    change = None
    if plan_kind and plan is not None:
        # The plan columns hold the change; the engine turns it into a level.
        change = PlanChange(plan_kind, plan, plan_max, plan_base)
        plan = plan_max = None
    return TargetSpec(
        key=target_key(pk),
        indicator=indicator,
        unit=unit,
        plan=plan,
        period=Period(year, from_month, to_month),
        ordinal=ordinal,
        direction=direction,
        value_max=plan_max,
        bound=bound or None,
        baselines=baselines,
        baseline_labels=labels,
        is_qualitative=is_qualitative,
        aggregation=aggregation,
        weight_key=weight_by or None,
        change=change,
    )
