from __future__ import annotations

from django.db import models

from tiendo.core.models.orgunit import OrgUnit
from tiendo.core.models.resolution import Resolution


class ProgressSnapshot(models.Model):
    """A resolution's progress for one unit and period, computed once and read back by
    every screen (tiendo.core.progress.store). `unit` and the period are empty for the
    view a caller gets without naming them: the resolution's own area and its latest
    reported period.

    `stale` is set, and `generation` raised, whenever a result, target, baseline, task or
    unit it rests on changes; a computation is stored only if no change came while it
    ran (the generation it started from is still there).
    """

    resolution = models.ForeignKey(
        Resolution, on_delete=models.CASCADE, related_name="progress_snapshots"
    )
    unit = models.ForeignKey(
        OrgUnit, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    period_year = models.PositiveSmallIntegerField(null=True, blank=True)
    period_from_month = models.PositiveSmallIntegerField(null=True, blank=True)
    period_to_month = models.PositiveSmallIntegerField(null=True, blank=True)
    # "unit/period", both parts empty for the defaults: one unique lookup per read.
    key = models.CharField(max_length=64)
    stale = models.BooleanField(default=True)
    generation = models.PositiveIntegerField(default=0)
    # Which code computed it: a snapshot of another engine is computed again.
    engine = models.CharField(max_length=16, blank=True)
    computed_at = models.DateTimeField(null=True, blank=True)
    # The engine's result as its JSON-ready dict (what pages, API and reports read), and
    # the result objects themselves, read only by callers that ask for them.
    table = models.BinaryField(default=b"")
    objects_data = models.BinaryField(default=b"")

    class Meta:
        verbose_name = "tiến độ đã tính"
        verbose_name_plural = "tiến độ đã tính"
        constraints = [
            models.UniqueConstraint(fields=["resolution", "key"], name="progress_snapshot_key")
        ]

    def __str__(self) -> str:
        return f"{self.resolution_id}:{self.key}"
