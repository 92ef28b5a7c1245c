"""Feed tiendo.progress from the database: the one place that turns models into the
engine's dataclasses. The portal, workspace, reports, API and CLI all call this.

The cost is a handful of queries whatever the size: targets with their baselines, the
area's own results (read as tuples, not model instances), one GROUP BY that rolls up
the units under it, and tasks. A province with 100 communes × 150 targets × 5 years of
monthly reports is summed by the database, not in Python.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Avg, Count, Max, Prefetch, Q, Sum, TextField
from django.db.models.functions import Cast

from tiendo.core.models import Baseline, Document, OrgUnit, Resolution, Result, Target, Task
from tiendo.core.models.choices import Aggregation, ReviewState
from tiendo.extract.figure import Comparison
from tiendo.periods import Period
from tiendo.progress import Observation, ResolutionProgress, TargetSpec, TaskSpec
from tiendo.progress import evaluate_resolution as _evaluate
from tiendo.progress.evaluate import MAX_HISTORY_YEARS
from tiendo.progress.rounding import decimals_in_text

# Results still being typed or sent back are not yet the unit's word.
COUNTED_STATES = (ReviewState.SUBMITTED, ReviewState.APPROVED)
# A Party committee or mass organisation reports on the area of the body above it.
NON_TERRITORIAL = (OrgUnit.Kind.PARTY_COMMITTEE, OrgUnit.Kind.MASS_ORGANISATION)

_RESULT_FIELDS = (
    "id", "target_id", "org_unit_id", "period_year", "period_from_month", "period_to_month",
    "kind", "value", "comparisons_json", "source_text", "source_document_id",
)  # fmt: skip
# Most results carry no comparisons; reading the JSON as text and decoding only the
# non-empty ones saves a third of the time of a unit with years of monthly history.
_NO_COMPARISONS = {"", "[]", "null"}


def target_key(target: Target) -> str:
    return str(target.pk)


def unit_code(unit: OrgUnit) -> str:
    return unit.code or unit.slug


def find_unit(code: str) -> OrgUnit:
    """An org unit by its official code or its slug."""
    return OrgUnit.objects.get(Q(code=code) | Q(slug=code))


def area_of(resolution: Resolution) -> OrgUnit:
    """The territory a resolution's targets are about: a district Party committee's
    resolution is measured by the district's results."""
    issuer = resolution.issuer
    if issuer.kind in NON_TERRITORIAL and issuer.parent_id is not None:
        return issuer.parent  # type: ignore[return-value]
    return issuer


def target_spec(target: Target) -> TargetSpec:
    """Baselines that tiendo itself inferred are left out: the engine infers them
    again from the reported percentages, and says so in its output."""
    baselines = list(target.baselines.all())
    return TargetSpec(
        key=target_key(target),
        indicator=target.indicator,
        unit=target.unit,
        plan=target.plan_value,
        period=target.period,
        ordinal=target.ordinal,
        direction=target.direction,  # type: ignore[arg-type]
        value_max=target.plan_value_max,
        bound=target.bound or None,  # type: ignore[arg-type]
        baselines={b.kind: b.value for b in baselines if not b.inferred},
        baseline_labels={b.kind: b.label for b in baselines if b.label},
        is_qualitative=target.is_qualitative,
        aggregation=target.aggregation,  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class _Source:
    label: str
    issued_on: dt.date | None


_TYPED_IN = _Source("nhập trực tiếp", None)


def _observation(row: Sequence[Any], unit_code: str, source: _Source) -> Observation:
    pk, target_id, _, year, from_month, to_month, kind, value, comparisons, text, _ = row
    if isinstance(comparisons, str):
        comparisons = None if comparisons in _NO_COMPARISONS else json.loads(comparisons)
    parsed = tuple(
        Comparison(c["basis"], c["measure"], float(c["percent"]), c.get("basis_text", ""))
        for c in comparisons or []
    )
    return Observation(
        target_key=str(target_id),
        unit_code=unit_code,
        period=Period(year, from_month, to_month),
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


def _sources(document_ids: set[int]) -> dict[int | None, _Source]:
    """Each source document's label and date, read in one query."""
    sources: dict[int | None, _Source] = {None: _TYPED_IN}
    if document_ids:
        for pk, number, title, issued_on in Document.objects.filter(
            pk__in=document_ids
        ).values_list("pk", "number", "title", "issued_on"):
            sources[pk] = _Source(f"{number} {title}".strip(), issued_on)
    return sources


def latest_period(resolution: Resolution) -> Period | None:
    """The latest period with a counted result: what a reader wants to see first."""
    latest = (
        Result.objects.filter(target__resolution=resolution, review_state__in=COUNTED_STATES)
        .values("period_year")
        .annotate(last_month=Max("period_to_month"))
        .order_by("-period_year")
        .first()
    )
    if latest is None:
        return None
    return Period(latest["period_year"], 1, latest["last_month"])


def _targets(resolution: Resolution) -> list[Target]:
    return list(
        Target.objects.filter(resolution=resolution, parent=None)
        .order_by("sort_order", "id")
        .prefetch_related(Prefetch("baselines", queryset=Baseline.objects.order_by("kind")))
    )


def _counted(targets: Iterable[Target], period: Period) -> Any:
    """Results that can matter for `period`: this year up to its end, and the years
    that give its seasonal history, for the same months or the whole year."""
    year = period.year or 0
    last_month = period.to_month or 12
    so_far = Q(period_year=year, period_to_month__lte=last_month)
    same_months_or_year = Q(period_from_month=1, period_to_month__in={last_month, 12})
    return Result.objects.filter(
        so_far | same_months_or_year,
        target__in=[t.pk for t in targets],
        review_state__in=COUNTED_STATES,
        period_year__gte=year - MAX_HISTORY_YEARS,
        period_year__lte=year,
    )


def _own_observations(
    targets: Sequence[Target], period: Period, units: Sequence[OrgUnit]
) -> list[Observation]:
    """The results of `units` themselves, read as plain rows: no joins, since the
    units are known and the few source documents come in one more query."""
    rows = list(
        _counted(targets, period)
        .filter(org_unit__in=units)
        .annotate(comparisons_json=Cast("comparisons", TextField()))
        .order_by("period_year", "period_to_month", "id")
        .values_list(*_RESULT_FIELDS)
    )
    codes = {unit.pk: unit_code(unit) for unit in units}
    sources = _sources({row[-1] for row in rows if row[-1] is not None})
    return [_observation(row, codes[row[2]], sources[row[-1]]) for row in rows]


def _rolled_up_observations(
    targets: Sequence[Target], period: Period, area: OrgUnit, have: set[tuple]
) -> list[Observation]:
    """Sums (or means) of the units directly under `area`, for what it lacks itself."""
    months = {period.to_month or 12, 12}
    aggregation = {t.pk: t.aggregation for t in targets}
    rows = (
        _counted(targets, period)
        .filter(org_unit__parent=area, period_from_month=1, period_to_month__in=months)
        .values("target_id", "period_year", "period_to_month", "kind")
        .annotate(total=Sum("value"), mean=Avg("value"), units=Count("org_unit", distinct=True))
        .order_by()
    )
    found = []
    for row in rows:
        key = (str(row["target_id"]), row["period_year"], 1, row["period_to_month"], row["kind"])
        if key in have or row["total"] is None:
            continue
        summed = aggregation[row["target_id"]] == Aggregation.SUM
        found.append(
            Observation(
                target_key=key[0],
                unit_code=unit_code(area),
                period=Period(row["period_year"], 1, row["period_to_month"]),
                value=row["total"] if summed else row["mean"],
                kind=row["kind"],
                source_label=f"Tổng hợp từ {row['units']} đơn vị trực thuộc",
                source_id=f"rollup-{area.pk}",
            )
        )
    return found


def _tasks(resolution: Resolution) -> list[TaskSpec]:
    specs = []
    for task in Task.objects.filter(resolution=resolution).exclude(status=Task.Status.CANCELLED):
        if task.deadline is None:
            continue
        done_on = task.done_on if task.status == Task.Status.DONE else None
        specs.append(TaskSpec(task.text, task.deadline, done_on, key=str(task.pk)))
    return specs


def resolution_progress(
    resolution: Resolution,
    period: Period | None = None,
    unit: OrgUnit | None = None,
    as_of: dt.date | None = None,
) -> ResolutionProgress:
    """Progress of a resolution's targets in `period` (default: the latest reported),
    for `unit` (default: the resolution's own area).

    A unit's own results count first; where it has none, the units directly under it
    are summed (averaged for rates). A unit formed by merging others is compared with
    its predecessors' results for the same period of earlier years.
    """
    period = period or latest_period(resolution) or Period.year_of(resolution.year_from)
    area = unit or area_of(resolution)
    targets = _targets(resolution)
    predecessors = list(area.predecessors.all())
    own = _own_observations(targets, period, [area, *predecessors])
    have = {
        (o.target_key, o.period.year, o.period.from_month, o.period.to_month, o.kind)
        for o in own
        if o.unit_code == unit_code(area)
    }
    rolled = _rolled_up_observations(targets, period, area, have)
    return _evaluate(
        [target_spec(t) for t in targets],
        own + rolled,
        period,
        as_of=as_of,
        unit=unit_code(area),
        tasks=_tasks(resolution),
        predecessors={unit_code(area): [unit_code(p) for p in predecessors]},
    )


def target_series(target: Target) -> list[Result]:
    """Every counted result of a target, oldest first, with its source."""
    return list(
        target.results.filter(review_state__in=COUNTED_STATES)
        .select_related("org_unit", "source_document")
        .order_by("period_year", "period_to_month", "kind", "id")
    )
