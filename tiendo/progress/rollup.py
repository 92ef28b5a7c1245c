"""Combine the values of several org units into one: parts into a whole, or the
communes that merged (the 2025 reform) into their successor.

Flows add up; rates and levels average, weighted (by population, area...) where every
part carries a weight.

>>> combine([(3.0, 100.0), (5.0, 300.0)], "weighted_mean")
4.5
>>> combine([(120.0, None), (80.5, None)], "sum")
200.5
"""

from __future__ import annotations

from collections.abc import Sequence

from tiendo.periods import Period
from tiendo.progress.model import Aggregation, Observation


def combine(values: Sequence[tuple[float, float | None]], aggregation: Aggregation) -> float | None:
    """(value, weight) pairs -> the whole; None when there is nothing to combine."""
    if not values:
        return None
    if aggregation == "sum":
        return sum(value for value, _ in values)
    weights = [weight for _, weight in values]
    if all(weight is not None and weight > 0 for weight in weights):
        total = sum(weight for weight in weights if weight is not None)
        return sum(value * (weight or 0.0) for value, weight in values) / total
    return sum(value for value, _ in values) / len(values)


def roll_up(
    observations: Sequence[Observation], aggregation: Aggregation, *, unit_code: str
) -> Observation | None:
    """One observation of `unit_code` from one observation per part (same target and period).

    The result is an estimate if any part is; its source names every part, so the
    figure stays traceable. Parts without a value are left out; the comparisons of the
    parts do not carry over (each part compares with its own plan).
    """
    usable = [obs for obs in observations if obs.value is not None]
    if not usable:
        return None
    value = combine([(obs.value or 0.0, obs.weight) for obs in usable], aggregation)
    weights = [obs.weight for obs in usable]
    weight = (
        sum(w for w in weights if w is not None) if all(w is not None for w in weights) else None
    )
    first = usable[0]
    periods: set[Period] = {obs.period for obs in usable}
    if len(periods) > 1:
        raise ValueError("roll_up needs observations of one period")
    parts = ", ".join(sorted({obs.unit_code for obs in usable}))
    return Observation(
        target_key=first.target_key,
        unit_code=unit_code,
        period=first.period,
        value=value,
        kind="estimate" if any(obs.kind == "estimate" for obs in usable) else "actual",
        source_label=f"Tổng hợp từ {len(usable)} đơn vị: {parts}",
        source_id="rollup:" + ",".join(obs.source_id for obs in usable),
        weight=weight,
        reported_on=max((obs.reported_on for obs in usable if obs.reported_on), default=None),
    )
