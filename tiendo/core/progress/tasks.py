"""The background recomputation of stored progress (django-tasks): `tiendo worker`
runs it from the database queue; the test settings run it at once."""

from __future__ import annotations

from django_tasks import task

from tiendo.core.models import ProgressSnapshot
from tiendo.core.progress.store import refresh


@task()
def recompute_progress(resolution_id: int) -> int:
    return recompute_stale(resolution_id)


def recompute_stale(resolution_id: int) -> int:
    """Compute the resolution's stale snapshots again; how many were stored. One that
    changes again meanwhile stays stale, for the run its change scheduled."""
    stale = (
        ProgressSnapshot.objects.filter(resolution_id=resolution_id, stale=True)
        .select_related("resolution", "resolution__issuer", "unit")
        .defer("table", "objects_data")
        .order_by("pk")
    )
    return sum(refresh(snapshot) for snapshot in stale)
