"""`tiendo progress rebuild`: compute all stored progress again, at once.

For after a restore, an import that wrote results without signals, or to warm the
snapshots after an upgrade (a new engine's first reads would otherwise compute them).
"""

from __future__ import annotations

from django.db.models import F, QuerySet

from tiendo.core.models import ProgressSnapshot, Resolution
from tiendo.core.progress.store import stored_progress
from tiendo.core.progress.tasks import recompute_stale


def rebuild(resolutions: QuerySet[Resolution]) -> int:
    """Every snapshot of these resolutions computed again, and the view each shows by
    default (its area, its latest period) created if missing; how many were stored."""
    stored = 0
    for resolution in resolutions.select_related("issuer").order_by("pk"):
        snapshots = ProgressSnapshot.objects.filter(resolution=resolution)
        snapshots.update(stale=True, generation=F("generation") + 1)
        stored_progress(resolution)
        stored += 1 + recompute_stale(resolution.pk)
    return stored
