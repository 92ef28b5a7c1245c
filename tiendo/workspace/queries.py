"""What the workspace screens read: a unit's targets for a period, with the values
beside them. Each function runs a fixed number of queries, whatever the size."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils import timezone

from tiendo.core.models import OrgUnit, Result, Target
from tiendo.core.models.choices import ReportBasis
from tiendo.core.validation import best_value
from tiendo.periods import Period
from tiendo.workspace.reporting_periods import entry_period, previous_period


def unit_targets(unit: OrgUnit | None, year: int) -> QuerySet[Target]:
    """Quantitative targets of the year the unit reports on (or all, without a unit)."""
    targets = Target.objects.filter(period_year=year, is_qualitative=False)
    if unit is not None:
        owned = Target.objects.filter(Q(responsible_units=unit) | Q(org_unit=unit))
        targets = targets.filter(pk__in=owned.values("pk"))
    return (
        targets.select_related("resolution")
        .prefetch_related("baselines")
        .order_by("resolution__issued_on", "resolution_id", "sort_order", "id")
    )


def _period_filter(periods: Iterable[Period]) -> Q:
    condition = Q(pk__in=[])
    for p in periods:
        condition |= Q(
            period_year=p.year, period_from_month=p.from_month, period_to_month=p.to_month
        )
    return condition


@dataclass
class EntryRow:
    target: Target
    current: Result | None
    previous: Result | None
    last_year: Result | None
    # What the value is stored for: the period chosen, or from January when the
    # target is reported cumulatively (lũy kế); and the period before that one.
    period: Period
    previous_period: Period | None

    @property
    def cumulative(self) -> bool:
        return self.target.report_basis == ReportBasis.CUMULATIVE


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
    period's and the same period last year's: three queries in all.

    Each target reads its own period: "quý II" is months 4 to 6 for a target reported
    within the period, 1 to 6 for one reported cumulatively."""
    assert period.year is not None
    targets = list(unit_targets(unit, period.year))
    own = {t.pk: entry_period(period, t.report_basis == ReportBasis.CUMULATIVE) for t in targets}
    wanted = {
        p
        for p_own in set(own.values())
        for p in (p_own, previous_period(p_own), p_own.same_period_last_year())
        if p is not None
    }
    results = Result.objects.filter(
        _period_filter(wanted), target__in=[t.pk for t in targets], org_unit=unit
    )
    grouped: dict[tuple[int, Period], list[Result]] = defaultdict(list)
    current: dict[int, Result] = {}
    for result in results:
        grouped[(result.target_id, result.period)].append(result)
        if result.period == own[result.target_id] and result.kind == kind:
            known = current.get(result.target_id)
            if known is None or result.pk > known.pk:
                current[result.target_id] = result
    sheet = EntrySheet(unit=unit, period=period, kind=kind, previous_period=previous_period(period))
    for target in targets:
        p_own = own[target.pk]
        before = previous_period(p_own)
        sheet.rows.append(
            EntryRow(
                target=target,
                current=current.get(target.pk),
                previous=best_value(grouped.get((target.pk, before), [])) if before else None,
                last_year=best_value(grouped.get((target.pk, p_own.same_period_last_year()), [])),
                period=p_own,
                previous_period=before,
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


def latest_period_with_data(units: QuerySet[OrgUnit] | None = None) -> Period | None:
    """The latest period any of `units` (default: any unit) has a value for: where the
    staff screens open, rather than on a quarter nobody has reported yet."""
    results = Result.objects.all()
    if units is not None:
        results = results.filter(org_unit__in=units)
    latest = (
        results.order_by("-period_year", "-period_to_month", "period_from_month")
        .values_list("period_year", "period_from_month", "period_to_month")
        .first()
    )
    return Period(*latest) if latest else None


def data_years() -> list[int]:
    """The years the period selectors offer: those of targets and results, and this one."""
    years = set(Target.objects.values_list("period_year", flat=True).distinct())
    years |= set(Result.objects.values_list("period_year", flat=True).distinct())
    this_year = timezone.localdate().year
    return sorted(years | {this_year, this_year - 1})


def latest_period_code(units: QuerySet[OrgUnit] | None = None) -> str:
    """The code of the latest period with data, else of the quarter under way."""
    latest = latest_period_with_data(units)
    if latest is None:
        today = timezone.localdate()
        quarter = (today.month - 1) // 3 + 1
        latest = Period(today.year, 3 * quarter - 2, 3 * quarter)
    return latest.code()
