"""A unit's share of another unit's resolution: on a commune's portal, the province
resolution's targets split among the communes show the commune's own plan and its
latest reported result beside the province's progress."""

from __future__ import annotations

from dataclasses import dataclass

from tiendo.core.models import Resolution, Result, Target
from tiendo.core.progress.results import COUNTED_STATES
from tiendo.periods import Period


@dataclass(frozen=True)
class Share:
    indicator: str
    measure: str  # đơn vị tính
    plan: float | None
    value: float | None
    period_label: str

    @property
    def percent(self) -> float | None:
        if self.plan in (None, 0) or self.value is None:
            return None
        return self.value / self.plan * 100


def unit_shares(resolution: Resolution, unit_id: int) -> list[Share]:
    """The unit's parts of the resolution's targets with its latest counted result on
    each (an actual figure before an estimate of the same period); two queries."""
    parts = list(
        Target.objects.filter(resolution=resolution, org_unit_id=unit_id, parent__isnull=False)
        .select_related("parent")
        .order_by("parent__sort_order", "parent_id")
    )
    latest: dict[int, Result] = {}
    results = Result.objects.filter(
        target_id__in=[part.parent_id for part in parts],
        org_unit_id=unit_id,
        review_state__in=COUNTED_STATES,
    ).order_by("-period_year", "-period_to_month", "kind")
    for result in results:
        latest.setdefault(result.target_id, result)
    shares = []
    for part in parts:
        result = latest.get(part.parent_id)  # type: ignore[arg-type]
        period = (
            Period(result.period_year, result.period_from_month, result.period_to_month)
            if result is not None
            else None
        )
        shares.append(
            Share(
                indicator=part.parent.indicator,  # type: ignore[union-attr]
                measure=part.unit,
                plan=part.plan_value,
                value=result.value if result is not None else None,
                period_label=period.label_vi() if period is not None else "",
            )
        )
    return shares
