"""Feed tiendo.progress from the database: the one place that turns models into the
engine's dataclasses. The portal, workspace, reports, API and CLI all call this.

Progress is computed once and stored (store.py): a read is one query. A change to
what it rests on marks it stale and a background task computes it again
(invalidation.py, tasks.py). Computing it (compute.py) takes a handful of queries
whatever the size: targets, their baselines, the units under the area and those it
replaced, the latest month each target was reported, the results the period needs
(read as tuples, not model instances), one GROUP BY that rolls up the units under
it, and tasks. A province with 100 communes × 150 targets × 5 years of monthly
reports is summed by the database, not in Python.
What is read, and why, is in results.py and docs/progress.md.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q

from tiendo.core.models import OrgUnit, Resolution, Result, Target
from tiendo.core.progress.compute import area_of, compute_progress, latest_period
from tiendo.core.progress.results import COUNTED_STATES, unit_code
from tiendo.core.progress.store import StoredProgress, stored_progress
from tiendo.core.progress.targets import target_key, target_specs
from tiendo.periods import Period
from tiendo.progress import ResolutionProgress

__all__ = [
    "COUNTED_STATES",
    "StoredProgress",
    "area_of",
    "compute_progress",
    "find_unit",
    "latest_period",
    "resolution_progress",
    "stored_progress",
    "target_key",
    "target_series",
    "target_specs",
    "unit_code",
]


def find_unit(code: str) -> OrgUnit:
    """An org unit by its official code or its slug."""
    return OrgUnit.objects.get(Q(code=code) | Q(slug=code))


def resolution_progress(
    resolution: Resolution,
    period: Period | None = None,
    unit: OrgUnit | None = None,
    as_of: dt.date | None = None,
) -> ResolutionProgress:
    """Progress of a resolution's targets in `period` (default: the latest reported),
    for `unit` (default: the resolution's own area).

    Read back as stored (tiendo.core.progress.store), computed and stored when missing
    or outdated. Looking back from a date (`as_of`) is computed now: such reports are
    rare and each date would be a snapshot of its own.
    """
    if as_of is not None:
        return compute_progress(resolution, period, unit, as_of)
    return stored_progress(resolution, period, unit)


def target_series(target: Target) -> list[Result]:
    """Every counted result of a target, oldest first, with its source."""
    return list(
        target.results.filter(review_state__in=COUNTED_STATES)
        .select_related("org_unit", "source_document")
        .order_by("period_year", "period_to_month", "kind", "id")
    )
