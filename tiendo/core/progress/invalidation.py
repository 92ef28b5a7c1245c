"""Which stored progress a change makes stale, and the recomputation it schedules.

A result changes its unit's progress, that of the units above it (their totals
include it) and of the units that replaced it (their "cùng kỳ"), for its year and
the years that read it as history; and every view that shows "the latest period" or
"the resolution's area". A target, baseline, task or the resolution itself changes
all of the resolution's progress; a unit, the progress of it and those around it.

Snapshots are marked twice: at once, inside the edit's transaction (so that the
edit's own request reads its change), and again once the edit is committed, raising
their generation (so that a computation that read the data before the commit is not
stored as fresh). Then a task computes the stale snapshots of the resolution again,
debounced: the first change of a burst schedules it TIENDO_PROGRESS_DELAY_SECONDS
later, and the changes that follow before it runs join it.

QuerySet.update() and bulk_create() send no signals: code that writes results so
must call `progress_changed` itself (none does; `tiendo progress rebuild` repairs).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.utils import timezone

from tiendo.core.models import (
    Baseline,
    Document,
    OrgUnit,
    ProgressSnapshot,
    Resolution,
    Result,
    Target,
    Task,
)
from tiendo.progress.evaluate import MAX_HISTORY_YEARS

log = logging.getLogger(__name__)
_BEFORE = "_progress_before"


@dataclass(frozen=True)
class Change:
    """What changed: a resolution's data (None: any resolution), for some units (None:
    all) and from a year on (None: every period)."""

    resolution_id: int | None
    units: frozenset[int] | None = None
    year: int | None = None


def stale_rows(change: Change) -> QuerySet[ProgressSnapshot]:
    rows = ProgressSnapshot.objects.all()
    if change.resolution_id is not None:
        rows = rows.filter(resolution_id=change.resolution_id)
    if change.units is None:
        return rows
    scope = Q(unit_id__in=sorted(change.units))
    if change.year is not None:
        scope &= Q(period_year__gte=change.year, period_year__lte=change.year + MAX_HISTORY_YEARS)
    # The area's own view and every "latest period" view may follow any result.
    return rows.filter(scope | Q(unit__isnull=True) | Q(period_year__isnull=True))


class _Pending(threading.local):
    def __init__(self) -> None:
        self.changes: set[Change] = set()


_pending = _Pending()


def progress_changed(change: Change) -> None:
    """Mark the snapshots `change` touches stale now, and again with their recomputation
    scheduled once the transaction commits."""
    stale_rows(change).filter(stale=False).update(stale=True)
    _pending.changes.add(change)
    transaction.on_commit(_committed, robust=True)


def _committed() -> None:
    """Every change committed so far: raise the generation of what it touches and
    schedule the recomputation (each callback of a burst after the first finds none)."""
    changes, _pending.changes = _pending.changes, set()
    resolutions: set[int] = set()
    for change in changes:
        rows = stale_rows(change)
        if not rows.update(stale=True, generation=F("generation") + 1):
            continue  # nothing stored rests on it: nothing to compute
        if change.resolution_id is None:
            resolutions.update(rows.values_list("resolution_id", flat=True).distinct())
        else:
            resolutions.add(change.resolution_id)
    for resolution_id in sorted(resolutions):
        schedule_recompute(resolution_id)


def schedule_recompute(resolution_id: int) -> None:
    """Queue the recomputation of a resolution's stale snapshots, once per burst."""
    from tiendo.core.progress.tasks import recompute_progress

    delay = settings.TIENDO_PROGRESS_DELAY_SECONDS
    if delay <= 0 or not recompute_progress.get_backend().supports_defer:
        recompute_progress.enqueue(resolution_id)
        return
    # A marker lost from the cache only costs one more (idempotent) run.
    if cache.add(f"tiendo:progress-due:{resolution_id}", True, timeout=delay):
        run_after = timezone.now() + dt.timedelta(seconds=delay)
        recompute_progress.using(run_after=run_after).enqueue(resolution_id)


def units_around(unit_id: int) -> frozenset[int]:
    """The unit, the units above it, and the units that replaced it."""
    found = {unit_id}
    current: int | None = unit_id
    while current is not None:
        row = (
            OrgUnit.objects.filter(pk=current)
            .values_list("parent_id", "parent__parent_id", "parent__parent__parent_id")
            .first()
        )
        ancestors = [pk for pk in row or () if pk is not None and pk not in found]
        found.update(ancestors)
        current = ancestors[-1] if row and len(ancestors) == 3 else None
    found.update(
        OrgUnit.successors.through.objects.filter(from_orgunit_id=unit_id).values_list(
            "to_orgunit_id", flat=True
        )
    )
    return frozenset(found)


def _resolution_of(target_id: int) -> int | None:
    return Target.objects.filter(pk=target_id).values_list("resolution_id", flat=True).first()


def _result_changed(resolution_id: int | None, unit_id: int, year: int) -> None:
    if resolution_id is not None:
        progress_changed(Change(resolution_id, units_around(unit_id), year))


def _result_place(result: Result) -> tuple[int | None, int, int]:
    if Result.target.is_cached(result):
        resolution_id = result.target.resolution_id
    else:
        resolution_id = _resolution_of(result.target_id)
    return resolution_id, result.org_unit_id, result.period_year


def _result_before(sender: Any, instance: Result, raw: bool = False, **kwargs: Any) -> None:
    if raw or instance.pk is None:
        return
    place = (
        Result.objects.filter(pk=instance.pk)
        .values_list("target__resolution_id", "org_unit_id", "period_year")
        .first()
    )
    setattr(instance, _BEFORE, place)


def _result_saved(sender: Any, instance: Result, raw: bool = False, **kwargs: Any) -> None:
    if raw:
        return
    place = _result_place(instance)
    _result_changed(*place)
    before = instance.__dict__.pop(_BEFORE, None)
    if before is not None and tuple(before) != place:
        _result_changed(*before)  # moved to another unit or year: the old place too


def _result_deleted(sender: Any, instance: Result, **kwargs: Any) -> None:
    _result_changed(*_result_place(instance))


def _resolution_data_changed(sender: Any, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    """A target, task or the resolution: all of the resolution's progress."""
    if raw:
        return
    if isinstance(instance, Resolution):
        resolution_id = instance.pk
    elif isinstance(instance, Baseline):
        resolution_id = _resolution_of(instance.target_id)
    else:
        resolution_id = instance.resolution_id
    if resolution_id is not None:
        progress_changed(Change(resolution_id))


def _unit_before(sender: Any, instance: OrgUnit, raw: bool = False, **kwargs: Any) -> None:
    if raw or instance.pk is None:
        return
    parent = OrgUnit.objects.filter(pk=instance.pk).values_list("parent_id", flat=True).first()
    setattr(instance, _BEFORE, parent)


def _unit_saved(
    sender: Any, instance: OrgUnit, created: bool = False, raw: bool = False, **kwargs: Any
) -> None:
    """A unit's code, weights or place: its progress and that of the units around it,
    in every resolution. A new unit has no results yet."""
    old_parent = instance.__dict__.pop(_BEFORE, None)
    if raw or created:
        return
    units = set(units_around(instance.pk))
    if old_parent is not None and old_parent != instance.parent_id:
        units |= units_around(old_parent)
    progress_changed(Change(None, frozenset(units)))


def _successors_changed(
    sender: Any, instance: OrgUnit, action: str, pk_set: set[int] | None, **kwargs: Any
) -> None:
    if action == "post_clear":
        progress_changed(Change(None))  # who lost a predecessor is not known any more
    elif action in ("post_add", "post_remove"):
        progress_changed(Change(None, frozenset({instance.pk, *(pk_set or ())})))


def _document_changed(sender: Any, instance: Document, raw: bool = False, **kwargs: Any) -> None:
    """A document's number, title or date names and dates the results read from it."""
    if raw or instance.pk is None:
        return
    places = (
        Result.objects.filter(source_document_id=instance.pk)
        .values_list("target__resolution_id", "org_unit_id", "period_year")
        .distinct()
    )
    for place in places:
        _result_changed(*place)


def connect() -> None:
    """Listen to every model progress rests on (called from CoreConfig.ready)."""
    uid = "tiendo.progress"
    pre_save.connect(_result_before, sender=Result, dispatch_uid=f"{uid}.result.before")
    post_save.connect(_result_saved, sender=Result, dispatch_uid=f"{uid}.result.saved")
    post_delete.connect(_result_deleted, sender=Result, dispatch_uid=f"{uid}.result.deleted")
    for model in (Target, Baseline, Task, Resolution):
        name = model._meta.model_name
        post_save.connect(_resolution_data_changed, sender=model, dispatch_uid=f"{uid}.{name}.s")
        post_delete.connect(_resolution_data_changed, sender=model, dispatch_uid=f"{uid}.{name}.d")
    pre_save.connect(_unit_before, sender=OrgUnit, dispatch_uid=f"{uid}.unit.before")
    post_save.connect(_unit_saved, sender=OrgUnit, dispatch_uid=f"{uid}.unit.saved")
    m2m_changed.connect(
        _successors_changed, sender=OrgUnit.successors.through, dispatch_uid=f"{uid}.successors"
    )
    post_save.connect(_document_changed, sender=Document, dispatch_uid=f"{uid}.document.saved")
    pre_delete.connect(_document_changed, sender=Document, dispatch_uid=f"{uid}.document.deleted")
