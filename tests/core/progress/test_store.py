from __future__ import annotations

import pytest
from django.test import override_settings

from tiendo.core.models import OrgUnit, ProgressSnapshot, Result, Task
from tiendo.core.progress import compute_progress, resolution_progress, stored_progress
from tiendo.core.progress.invalidation import Change, progress_changed
from tiendo.core.progress.store import _compute_and_store, snapshot_key
from tiendo.periods import Period

pytestmark = pytest.mark.django_db

Q1_2022 = Period.parse("2022-Q1")
DEFERRING_QUEUE = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def revenue_result(demo) -> Result:
    return Result.objects.filter(target=demo.targets["3"], period_year=2022).latest("id")


def value_of(progress, ordinal: str) -> float | None:
    return next(r["value"] for r in progress.as_dict()["targets"] if r["ordinal"] == ordinal)


def snapshot(demo, key: str = "/") -> ProgressSnapshot:
    return ProgressSnapshot.objects.get(resolution=demo.resolution, key=key)


def test_stored_progress_is_what_computing_it_gives(demo):
    resolution_progress(demo.resolution, Q1_2022)
    stored = resolution_progress(demo.resolution, Q1_2022)
    computed = compute_progress(demo.resolution, Q1_2022)
    assert stored.as_dict() == computed.as_dict()
    assert stored.targets == computed.targets
    assert (stored.summary, stored.narrative) == (computed.summary, computed.narrative)


def test_stored_progress_is_read_in_one_query_and_its_objects_in_one_more(
    demo, django_assert_num_queries
):
    resolution_progress(demo.resolution)
    with django_assert_num_queries(1):
        progress = resolution_progress(demo.resolution)
        assert progress.summary and progress.as_dict()["targets"]
    with django_assert_num_queries(1):
        assert progress.period == Q1_2022
        assert progress.warnings == []


@pytest.mark.parametrize(
    ("unit", "period", "key"),
    [(False, None, "/"), (False, Q1_2022, "/2022-1-3"), (True, Q1_2022, "{pk}/2022-1-3")],
)
def test_each_unit_and_period_has_its_own_snapshot(demo, unit, period, key):
    area = demo.district if unit else None
    resolution_progress(demo.resolution, period, area)
    expected = key.format(pk=demo.district.pk)
    assert snapshot_key(area, period) == expected
    assert not snapshot(demo, expected).stale


def test_an_edited_result_is_read_at_once_even_before_the_task_runs(demo):
    resolution_progress(demo.resolution)
    result = revenue_result(demo)
    result.value = 314.5
    result.save()
    assert snapshot(demo).stale
    assert value_of(resolution_progress(demo.resolution), "3") == 314.5


def test_the_task_computes_what_an_edit_made_stale(demo, django_capture_on_commit_callbacks):
    resolution_progress(demo.resolution)
    resolution_progress(demo.resolution, Q1_2022)
    with django_capture_on_commit_callbacks(execute=True):
        result = revenue_result(demo)
        result.value = 314.5
        result.save()
    assert not ProgressSnapshot.objects.filter(resolution=demo.resolution, stale=True).exists()
    assert value_of(resolution_progress(demo.resolution, Q1_2022), "3") == 314.5


def test_a_computation_that_read_before_a_change_is_not_stored_as_fresh(
    demo, django_capture_on_commit_callbacks
):
    resolution_progress(demo.resolution)
    read = snapshot(demo)
    # A change commits while the computation (started at generation `read`) runs.
    with override_settings(TASKS=DEFERRING_QUEUE), django_capture_on_commit_callbacks(execute=True):
        progress_changed(Change(demo.resolution.pk))
    _, stored = _compute_and_store(demo.resolution, None, None, "/", read.generation)
    assert stored is False
    assert snapshot(demo).stale


@pytest.mark.parametrize(
    ("edit", "stale_keys"),
    [
        ("task", {"/", "/2022-1-3", "{district}/2022-1-3", "{province}/2022-1-3"}),
        ("commune_result", {"/", "/2022-1-3", "{district}/2022-1-3", "{province}/2022-1-3"}),
        ("result_of_2015", {"/", "/2022-1-3"}),
    ],
)
def test_an_edit_marks_stale_only_the_progress_that_rests_on_it(demo, edit, stale_keys):
    commune = OrgUnit.objects.create(
        name="Xã thử", kind=OrgUnit.Kind.COMMUNE, slug="xa-thu", parent=demo.district
    )
    for unit, period in [(None, None), (None, Q1_2022), (demo.district, Q1_2022),
                         (demo.province, Q1_2022), (commune.parent.parent, None)]:  # fmt: skip
        resolution_progress(demo.resolution, period, unit)
    if edit == "task":
        Task.objects.create(resolution=demo.resolution, text="Nhiệm vụ thêm")
    else:
        year = 2022 if edit == "commune_result" else 2015
        Result.objects.create(
            target=demo.targets["3"], org_unit=commune, period_year=year, period_from_month=1,
            period_to_month=3, kind="actual", value=1.0, review_state="approved",
        )  # fmt: skip
    ids = {"district": demo.district.pk, "province": demo.province.pk}
    expected = {key.format(**ids) for key in stale_keys} | {f"{demo.province.pk}/"}
    stale = ProgressSnapshot.objects.filter(resolution=demo.resolution, stale=True)
    assert set(stale.values_list("key", flat=True)) == expected


def test_a_burst_of_edits_schedules_one_recomputation(demo, django_capture_on_commit_callbacks):
    from django.core.cache import cache
    from django_tasks import default_task_backend

    cache.clear()  # no recomputation already due from another test
    resolution_progress(demo.resolution)
    with override_settings(TASKS=DEFERRING_QUEUE):
        with django_capture_on_commit_callbacks(execute=True):
            for value in (1.0, 2.0, 3.0):
                result = revenue_result(demo)
                result.value = value
                result.save()
        with django_capture_on_commit_callbacks(execute=True):
            Task.objects.create(resolution=demo.resolution, text="Nhiệm vụ thêm")
        queued = [r for r in default_task_backend.results if r.task.name == "recompute_progress"]
        assert [list(r.args) for r in queued] == [[demo.resolution.pk]]
        assert queued[0].task.run_after is not None


def test_a_snapshot_of_other_code_is_computed_again(demo):
    resolution_progress(demo.resolution)
    ProgressSnapshot.objects.update(engine="cu")
    assert value_of(resolution_progress(demo.resolution), "3") == value_of(
        compute_progress(demo.resolution), "3"
    )
    assert snapshot(demo).engine != "cu"


def test_progress_as_of_a_date_is_computed_not_stored(demo):
    import datetime as dt

    resolution_progress(demo.resolution, Q1_2022, as_of=dt.date(2022, 4, 30))
    assert not ProgressSnapshot.objects.exists()


def test_the_rebuild_command_computes_every_snapshot_again(demo, capsys):
    from tiendo.cli import main

    stored_progress(demo.resolution, Q1_2022)
    ProgressSnapshot.objects.update(stale=True)
    assert main(["progress", "rebuild"]) == 0
    assert "2 snapshots" in capsys.readouterr().out
    assert not ProgressSnapshot.objects.filter(stale=True).exists()
    assert set(ProgressSnapshot.objects.values_list("key", flat=True)) == {"/", "/2022-1-3"}


def test_the_rebuild_command_refuses_an_unknown_resolution(demo, capsys):
    from tiendo.cli import main

    assert main(["progress", "rebuild", "--resolution", "99-NQ/HU"]) == 2
    assert "99-NQ/HU" in capsys.readouterr().err
