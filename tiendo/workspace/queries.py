"""What the workspace screens read: a unit's targets for a period, with the values
beside them. Each function runs a fixed number of queries, whatever the size."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from tiendo.core.models import OrgUnit, Result, Target
from tiendo.core.models.choices import ResultKind, ReviewState
from tiendo.periods import Period
from tiendo.workspace.reporting_periods import previous_period

# When several values exist for one period, the most trusted one is shown.
_STATE_RANK = {
    ReviewState.APPROVED: 0,
    ReviewState.SUBMITTED: 1,
    ReviewState.DRAFT: 2,
    ReviewState.RETURNED: 3,
}
_KIND_RANK = {ResultKind.ACTUAL: 0, ResultKind.ESTIMATE: 1}


def unit_targets(unit: OrgUnit | None, year: int) -> QuerySet[Target]:
    """Quantitative targets of the year the unit reports on (or all, without a unit)."""
    targets = Target.objects.filter(period_year=year, is_qualitative=False)
    if unit is not None:
        owned = Target.objects.filter(Q(responsible_units=unit) | Q(org_unit=unit))
        targets = targets.filter(pk__in=owned.values("pk"))
    return targets.select_related("resolution").order_by(
        "resolution__issued_on", "resolution_id", "sort_order", "id"
    )


def _period_filter(periods: Iterable[Period]) -> Q:
    condition = Q(pk__in=[])
    for p in periods:
        condition |= Q(
            period_year=p.year, period_from_month=p.from_month, period_to_month=p.to_month
        )
    return condition


def best_value(results: Sequence[Result]) -> Result | None:
    if not results:
        return None
    return min(
        results,
        key=lambda r: (_STATE_RANK.get(r.review_state, 9), _KIND_RANK.get(r.kind, 9), -r.pk),
    )


@dataclass
class EntryRow:
    target: Target
    current: Result | None
    previous: Result | None
    last_year: Result | None


@dataclass
class EntrySheet:
    unit: OrgUnit
    period: Period
    kind: str
    previous_period: Period | None
    rows: list[EntryRow] = field(default_factory=list)

    @property
    def current_results(self) -> list[Result]:
        return [row.current for row in self.rows if row.current is not None]


def entry_sheet(unit: OrgUnit, period: Period, kind: str) -> EntrySheet:
    """The unit's targets for the period with the value being entered, the previous
    period's and the same period last year's: three queries in all."""
    assert period.year is not None
    targets = list(unit_targets(unit, period.year))
    before = previous_period(period)
    last_year = period.same_period_last_year()
    periods = [p for p in (period, before, last_year) if p is not None]
    results = Result.objects.filter(
        _period_filter(periods), target__in=[t.pk for t in targets], org_unit=unit
    )
    grouped: dict[tuple[int, Period], list[Result]] = defaultdict(list)
    current: dict[int, Result] = {}
    for result in results:
        grouped[(result.target_id, result.period)].append(result)
        if result.period == period and result.kind == kind:
            known = current.get(result.target_id)
            if known is None or result.pk > known.pk:
                current[result.target_id] = result
    sheet = EntrySheet(unit=unit, period=period, kind=kind, previous_period=before)
    for target in targets:
        sheet.rows.append(
            EntryRow(
                target=target,
                current=current.get(target.pk),
                previous=best_value(grouped.get((target.pk, before), [])) if before else None,
                last_year=best_value(grouped.get((target.pk, last_year), [])),
            )
        )
    return sheet


def results_for_review(state: str, units: QuerySet[OrgUnit] | None = None) -> QuerySet[Result]:
    """Results in `state`, newest first, of `units` (default: every unit)."""
    results = Result.objects.filter(review_state=state).select_related(
        "target", "target__resolution", "org_unit", "entered_by", "source_document"
    )
    if units is not None:
        results = results.filter(org_unit__in=units)
    return results.order_by("-updated_at", "-id")
