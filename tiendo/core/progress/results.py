"""Which results a period's progress needs, read as the engine's observations.

A commune that reports every month for five years has 9.000 results per 150 targets;
its status for "9 tháng" needs about one in six of them:

- this year: the latest cumulative report up to the period's end (9 tháng, or 8
  tháng when September is not in yet), every report of a part of the year (a
  month, a quarter), and every report that printed percentages, which tell the plan;
- earlier years (for "cùng kỳ", seasonal pace and change plans): the same months and
  the whole year, the same span when it does not start in January, and last year's
  months and quarters.

Rows are read as tuples, not model instances, and turned into observations here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import (
    Avg,
    Case,
    Count,
    F,
    FloatField,
    Max,
    Q,
    QuerySet,
    Sum,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce

from tiendo.core.models import Document, OrgUnit, Resolution, Result
from tiendo.core.models.choices import Aggregation, ReviewState, WeightBy
from tiendo.extract.figure import Comparison
from tiendo.periods import Period
from tiendo.progress import Observation, TargetSpec
from tiendo.progress.evaluate import MAX_HISTORY_YEARS
from tiendo.progress.rounding import decimals_in_text

# Results still being typed or sent back are not yet the unit's word.
COUNTED_STATES = (ReviewState.SUBMITTED, ReviewState.APPROVED)

_RESULT_FIELDS = (
    "id", "counted_target", "org_unit_id", "period_year", "period_from_month", "period_to_month",
    "kind", "value", "comparisons_json", "source_text", "source_document_id",
)  # fmt: skip
# Most results carry no comparisons: reading the JSON as text and decoding only the
# non-empty ones saves a third of the time of a unit with years of monthly history.
_NO_COMPARISONS = frozenset({"", "[]", "null"})


def unit_code(unit: OrgUnit) -> str:
    return unit.code or unit.slug


@dataclass(frozen=True)
class _Source:
    label: str
    issued_on: dt.date | None


_TYPED_IN = _Source("nhập trực tiếp", None)


def counted(
    resolution: Resolution, as_of: dt.date | None = None, target_ids: Sequence[int] | None = None
) -> QuerySet[Result]:
    """Submitted and approved results of the resolution's own targets. A join, not a
    list of 150 ids: the database does it as fast, and Python has less to build.

    With `as_of`, results from documents issued after that day are left out before
    anything else is chosen, as the engine would leave them out. With `target_ids`,
    the results of those targets only, parts of a split target included when named.
    """
    results = Result.objects.filter(target__resolution=resolution, review_state__in=COUNTED_STATES)
    if target_ids is None:
        # A commune's figure filed on its own part of a split target (the entry sheet
        # offers the part) is its figure for the target itself, and adds to the total.
        own_part = Q(target__parent__parent=None, org_unit=F("target__org_unit"))
        results = results.filter(Q(target__parent=None) | own_part).annotate(
            counted_target=Coalesce("target__parent_id", "target_id")
        )
    else:
        results = results.filter(target_id__in=list(target_ids)).annotate(
            counted_target=F("target_id")
        )
    if as_of is not None:
        results = results.filter(
            Q(source_document__isnull=True)
            | Q(source_document__issued_on__isnull=True)
            | Q(source_document__issued_on__lte=as_of)
        )
    return results


def _earlier_years(period: Period) -> Q:
    year = period.year or 0
    return Q(period_year__gte=year - MAX_HISTORY_YEARS, period_year__lt=year)


def _history(period: Period, months: Iterable[int]) -> Q:
    """Earlier years' cumulative reports to the given months: 'cùng kỳ' and pace."""
    return _earlier_years(period) & Q(period_from_month=1, period_to_month__in=sorted(set(months)))


def _history_of_parts(period: Period) -> Q:
    """Earlier years' reports of the same span when it is not counted from January
    ("cùng kỳ" of quý III, of tháng 10), and last year's months and quarters (a unit
    that reports them one by one: its "cùng kỳ", and the level a change plan starts
    from)."""
    same_span = Q(period_from_month=period.from_month, period_to_month=period.to_month)
    months_last_year = Q(period_year=(period.year or 0) - 1) & (
        Q(period_from_month=F("period_to_month")) | ~Q(period_from_month=1)
    )
    return (_earlier_years(period) & same_span) | months_last_year


def _latest_cumulative(results: QuerySet[Result], period: Period) -> dict[tuple[int, int], int]:
    """(target, unit) -> the last month of the latest report since January, up to the
    period's end: what the period's status rests on when its own report is missing."""
    rows = (
        results.filter(
            period_year=period.year,
            period_from_month=1,
            period_to_month__lte=period.to_month or 12,
        )
        .values("counted_target", "org_unit_id")
        .annotate(last=Max("period_to_month"))
        .values_list("counted_target", "org_unit_id", "last")
        .order_by()
    )
    return {(target_id, unit_id): last for target_id, unit_id, last in rows}


def _this_year(period: Period, latest: dict[tuple[int, int], int]) -> Q:
    first, last = period.from_month or 1, period.to_month or 12
    wanted = (
        ~Q(period_from_month=1)  # months and quarters: what sums are made of
        | Q(period_to_month=1)  # January is a month too
        | ~Q(comparisons=[])  # printed percentages tell the plan
    )
    # A unit's targets usually share their latest month; a target reported further
    # than that brings one spare row per month, cheaper than naming every target.
    months_by_unit: dict[int, set[int]] = {}
    for (_, unit_id), month in latest.items():
        months_by_unit.setdefault(unit_id, set()).add(month)
    # Units that share their months share one condition: a province's hundred
    # communes on one target make one clause, not a hundred to build and to plan.
    units_by_months: dict[tuple[int, ...], list[int]] = {}
    for unit_id, months in months_by_unit.items():
        units_by_months.setdefault(tuple(sorted(months)), []).append(unit_id)
    for months_key, unit_ids in units_by_months.items():
        wanted |= Q(
            org_unit_id__in=sorted(unit_ids),
            period_from_month=1,
            period_to_month__in=list(months_key),
        )
    if first > period.months:
        # "so với quý trước": the span just before.
        wanted |= Q(period_from_month=first - period.months, period_to_month=first - 1)
    return Q(period_year=period.year, period_to_month__lte=last) & wanted


def own_observations(
    resolution: Resolution,
    period: Period,
    units: dict[int, str],
    as_of: dt.date | None = None,
    *,
    target_ids: Sequence[int] | None = None,
) -> list[Observation]:
    """The results of `units` (pk -> code) themselves that `period` needs, in reporting
    order (which breaks ties between equal reports). No joins: the units are known,
    and the few source documents come in one more query. `target_ids` narrows them to
    some targets, parts of split targets included when named (a province's ~100
    communes on one target and their parts of it, tiendo.province)."""
    results = counted(resolution, as_of, target_ids).filter(org_unit__in=list(units))
    latest = _latest_cumulative(results, period)
    months = {*latest.values(), period.to_month or 12, 12}
    rows = list(
        results.filter(
            _this_year(period, latest) | _history(period, months) | _history_of_parts(period)
        )
        .annotate(comparisons_json=Cast("comparisons", TextField()))
        .order_by("period_year", "period_to_month", "id")
        .values_list(*_RESULT_FIELDS)
    )
    sources = _sources({row[-1] for row in rows if row[-1] is not None})
    return _observations(rows, units, sources)


def _sources(document_ids: set[int]) -> dict[int | None, _Source]:
    """Each source document's label and date, read in one query."""
    sources: dict[int | None, _Source] = {None: _TYPED_IN}
    if document_ids:
        for pk, number, title, issued_on in Document.objects.filter(
            pk__in=document_ids
        ).values_list("pk", "number", "title", "issued_on"):
            sources[pk] = _Source(f"{number} {title}".strip(), issued_on)
    return sources


def _observations(
    rows: Iterable[Sequence[Any]], codes: dict[int, str], sources: dict[int | None, _Source]
) -> list[Observation]:
    # Thousands of rows share a few dozen periods and targets: build each once.
    periods: dict[tuple[int, int, int], Period] = {}
    keys: dict[int, str] = {}
    found = []
    for row in rows:
        pk, target_id, unit_id, year, first, last, kind, value, comparisons, text, doc = row
        period = periods.get((year, first, last))
        if period is None:
            period = periods[(year, first, last)] = Period(year, first, last)
        key = keys.get(target_id)
        if key is None:
            key = keys[target_id] = str(target_id)
        source = sources[doc]
        if text or comparisons not in _NO_COMPARISONS:
            found.append(_read_source(row, key, codes[unit_id], period, source))
        else:
            found.append(
                Observation(key, codes[unit_id], period, value, kind, (), source.label,
                            f"result-{pk}", None, source.issued_on)
            )  # fmt: skip
    return found


def _read_source(
    row: Sequence[Any], key: str, code: str, period: Period, source: _Source
) -> Observation:
    """An observation whose source printed percentages or whose sentence is known:
    the decimals it wrote say how exact its numbers are."""
    pk, _, _, _, _, _, kind, value, comparisons, text, _ = row
    if isinstance(comparisons, str):
        comparisons = None if comparisons in _NO_COMPARISONS else json.loads(comparisons)
    parsed = tuple(
        Comparison(c["basis"], c["measure"], float(c["percent"]), c.get("basis_text", ""))
        for c in comparisons or []
    )
    return Observation(
        target_key=key,
        unit_code=code,
        period=period,
        value=value,
        kind=kind,
        comparisons=parsed,
        source_label=source.label,
        source_id=f"result-{pk}",
        reported_on=source.issued_on,
        value_decimals=(
            decimals_in_text(text, value, percent=False) if text and value is not None else None
        ),
        percent_decimals=tuple(
            decimals_in_text(text, c.percent, percent=True) if text else None for c in parsed
        ),
    )


def rolled_up_observations(
    resolution: Resolution,
    targets: Sequence[TargetSpec],
    period: Period,
    area: OrgUnit,
    parts: Sequence[int],
    have: set[tuple],
    as_of: dt.date | None = None,
) -> list[Observation]:
    """Sums (or means) of `parts`, the units directly under `area`, for what it lacks
    itself: this year to the period's end, and the same months and whole years before.

    A rate averaged "with weights" weighs each unit by its population, households or
    area, when every unit reporting it has that number; otherwise it is a plain mean.
    """
    if not parts:
        return []
    last = period.to_month or 12
    this_year = Q(period_year=period.year, period_from_month=1, period_to_month=last)
    by_id = {int(t.key): t for t in targets}
    totals: dict[str, Any] = {
        "total": Sum("value"),
        "mean": Avg("value"),
        "units": Count("org_unit", distinct=True),
    }
    if any(_weighted(t) for t in targets):
        weight = _unit_weight()
        reported = Q(value__isnull=False)
        totals["weighted"] = Sum(F("value") * weight, filter=reported)
        totals["weights"] = Sum(weight, filter=reported)
        totals["valued"] = Count("value")
        totals["weighed"] = Count(weight, filter=reported)
    rows = (
        counted(resolution, as_of)
        .filter(this_year | _history(period, {last, 12}), org_unit__in=list(parts))
        .values("counted_target", "period_year", "period_to_month", "kind")
        .annotate(**totals)
        .order_by()
    )
    code = unit_code(area)
    found = []
    for row in rows:
        target_id = row["counted_target"]
        key = (str(target_id), row["period_year"], 1, row["period_to_month"], row["kind"])
        if key in have or row["total"] is None:
            continue
        spec = by_id.get(target_id)
        if spec is None:
            continue
        value, weight = _combined(row, spec)
        found.append(
            Observation(
                target_key=key[0],
                unit_code=code,
                period=Period(row["period_year"], 1, row["period_to_month"]),
                value=value,
                kind=row["kind"],
                source_label=f"Tổng hợp từ {row['units']} đơn vị trực thuộc",
                source_id=f"rollup-{area.pk}",
                weight=weight,
            )
        )
    return found


_WEIGHT_FIELDS = {
    WeightBy.POPULATION: "org_unit__population",
    WeightBy.HOUSEHOLDS: "org_unit__households",
    WeightBy.AREA: "org_unit__area_ha",
}


def _weighted(target: TargetSpec) -> bool:
    return target.aggregation == Aggregation.WEIGHTED_MEAN and bool(target.weight_key)


def _unit_weight() -> Case:
    """The reporting unit's weight for the row's target: its population, households
    or area, as the target says."""
    return Case(
        *(
            When(target__weight_by=kind, then=Cast(field, FloatField()))
            for kind, field in _WEIGHT_FIELDS.items()
        ),
        default=Value(None),
        output_field=FloatField(),
    )


def _combined(row: dict[str, Any], target: TargetSpec) -> tuple[float, float | None]:
    """The parts' value for the whole, and the weight it carries upwards."""
    if target.aggregation == Aggregation.SUM:
        return row["total"], None
    if _weighted(target) and row["valued"] == row["weighed"] and (row["weights"] or 0) > 0:
        return row["weighted"] / row["weights"], row["weights"]
    return row["mean"], None
