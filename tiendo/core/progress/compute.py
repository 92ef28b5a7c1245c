"""Progress computed from the database now: targets, results, roll-ups and tasks read
in a handful of queries and handed to the pure engine (tiendo.progress)."""

from __future__ import annotations

import datetime as dt

from django.db.models import BooleanField, Max, Value

from tiendo.core.models import OrgUnit, Resolution, Result, Task
from tiendo.core.progress.results import (
    COUNTED_STATES,
    own_observations,
    rolled_up_observations,
    unit_code,
)
from tiendo.core.progress.targets import target_specs
from tiendo.periods import Period
from tiendo.progress import ResolutionProgress, TaskSpec
from tiendo.progress import evaluate_resolution as _evaluate

# A Party committee or mass organisation reports on the area of the body above it.
NON_TERRITORIAL = (OrgUnit.Kind.PARTY_COMMITTEE, OrgUnit.Kind.MASS_ORGANISATION)


def area_of(resolution: Resolution) -> OrgUnit:
    """The territory a resolution's targets are about: a district Party committee's
    resolution is measured by the district's results."""
    issuer = resolution.issuer
    if issuer.kind in NON_TERRITORIAL and issuer.parent_id is not None:
        return issuer.parent  # type: ignore[return-value]
    return issuer


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


def _tasks(resolution: Resolution) -> list[TaskSpec]:
    specs = []
    for task in Task.objects.filter(resolution=resolution).exclude(status=Task.Status.CANCELLED):
        if task.deadline is None:
            continue
        done_on = task.done_on if task.status == Task.Status.DONE else None
        specs.append(TaskSpec(task.text, task.deadline, done_on, key=str(task.pk)))
    return specs


def compute_progress(
    resolution: Resolution,
    period: Period | None = None,
    unit: OrgUnit | None = None,
    as_of: dt.date | None = None,
) -> ResolutionProgress:
    """Progress of a resolution's targets in `period` (default: the latest reported),
    for `unit` (default: the resolution's own area), computed from the database now.
    Screens read it stored instead (`resolution_progress`).

    A unit's own results count first; where it has none, the units directly under it
    are summed (averaged for rates). A unit formed by merging others is compared with
    its predecessors' results for the same period of earlier years.
    """
    period = period or latest_period(resolution) or Period.year_of(resolution.year_from)
    area = unit or area_of(resolution)
    code = unit_code(area)
    targets = target_specs(resolution)
    parts, predecessors = _neighbours(area)
    own = own_observations(resolution, period, {area.pk: code, **predecessors}, as_of)
    have = {
        (o.target_key, o.period.year, o.period.from_month, o.period.to_month, o.kind)
        for o in own
        if o.unit_code == code
    }
    rolled = rolled_up_observations(resolution, targets, period, area, parts, have, as_of)
    return _evaluate(
        targets,
        own + rolled,
        period,
        as_of=as_of,
        unit=code,
        tasks=_tasks(resolution),
        predecessors={code: list(predecessors.values())},
    )


def _neighbours(area: OrgUnit) -> tuple[list[int], dict[int, str]]:
    """The units directly under `area` (whose results roll up into it) and the units
    it replaced (its 'cùng kỳ' before a merger, pk -> code), in one query."""
    fields = ("pk", "code", "slug")
    parts = OrgUnit.objects.filter(parent=area).order_by()
    replaced = area.predecessors.order_by()
    rows = parts.values_list(*fields, Value(False, output_field=BooleanField())).union(
        replaced.values_list(*fields, Value(True, output_field=BooleanField()))
    )
    part_ids, predecessors = [], {}
    for pk, code, slug, is_predecessor in rows:
        if is_predecessor:
            predecessors[pk] = code or slug
        else:
            part_ids.append(pk)
    return part_ids, predecessors
