"""Nothing reads stale progress once the recomputation has run: an edited result shows
on the portal, in the API and in the report, all read from the stored progress."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from tiendo.core.models import ProgressSnapshot, Result
from tiendo.periods import Period
from tiendo.reports.gather import gather_report

pytestmark = pytest.mark.django_db

Q1_2022 = Period.parse("2022-Q1")


def read_everywhere(client, resolution) -> tuple[str, float, str]:
    """The resolution's portal page, its API progress (revenue's value) and its report."""
    cache.clear()  # the page cache is not what this test is about
    page = client.get(f"/nghi-quyet/{resolution.slug}/").content.decode()
    api = client.get(f"/api/resolutions/{resolution.slug}/progress?period=2022-Q1").json()
    value = next(t["value"] for t in api["targets"] if t["ordinal"] == "3")
    report = gather_report(resolution, Q1_2022)
    return page, value, " ".join(report.narrative)


def test_an_edited_result_is_read_everywhere_after_the_task_has_run(
    demo, client, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    page, value, report = read_everywhere(client, demo.resolution)
    assert "314,5" not in page and value != 314.5 and "314,5" not in report

    with django_capture_on_commit_callbacks(execute=True):  # commit: the task runs
        result = Result.objects.filter(target=demo.targets["3"], period_year=2022).latest("id")
        result.value = 314.5
        result.save()

    snapshots = ProgressSnapshot.objects.filter(resolution=demo.resolution)
    assert snapshots.exists() and not snapshots.filter(stale=True).exists()
    page, value, report = read_everywhere(client, demo.resolution)
    assert "314,5" in page
    assert value == 314.5
    assert "314,5" in report
    assert "Cập nhật lúc" in page
