from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.province.conftest import build_province, merge_into_first, report
from tiendo.core.models import OrgUnit, Target
from tiendo.core.models.choices import ReviewState
from tiendo.periods import Period
from tiendo.province.queries import commune_view, has_communes


def _queries(data) -> int:
    with CaptureQueriesContext(connection) as captured:
        view = commune_view(data.resolution, data.revenue)
    assert len(view.lines) == len(data.communes)
    return len(captured.captured_queries)


@pytest.mark.django_db
def test_the_communes_are_read_in_as_many_queries_for_3_as_for_30():
    few = build_province(3, slug="tinh-a")
    merge_into_first(few)
    many = build_province(30, slug="tinh-b")
    assert _queries(few) == _queries(many)


def test_each_commune_is_judged_against_the_part_assigned_to_it(small_province):
    view = commune_view(small_province.resolution, small_province.revenue)
    rows = {line.row.name: line.row for line in view.lines}
    second = rows["Xã Số 002"]
    assert (second.value, second.plan, second.plan_origin) == (42.0, 100.0, "giao cho xã")
    assert second.ratio == pytest.approx(42.0)
    # half the year, 42% of the year's plan: the engine's pace, not a verdict of its own
    assert second.status in ("behind", "at_risk", "on_track")
    assert second.period == Period(2026, 1, 6)
    assert view.lines[0].result is not None


def test_a_rate_holds_every_commune_to_the_provinces_plan(small_province):
    view = commune_view(small_province.resolution, small_province.poverty, Period(2026, 1, 12))
    rows = {line.row.name: line.row for line in view.lines}
    assert rows["Xã Số 002"].plan == 2.0
    assert rows["Xã Số 002"].plan_origin == "chung của tỉnh"


def test_a_total_not_split_among_communes_gives_them_no_verdict(small_province):
    Target.objects.filter(parent=small_province.revenue).delete()
    view = commune_view(small_province.resolution, small_province.revenue)
    assert {line.row.status for line in view.lines} == {"no_plan"}
    assert {line.row.plan for line in view.lines} == {None}


def test_a_merged_commune_is_compared_with_its_predecessors_sum(small_province):
    view = commune_view(small_province.resolution, small_province.revenue)
    merged = next(line for line in view.lines if line.row.name == "Xã Hợp Nhất")
    assert merged.row.predecessor_names == ("Xã Cũ 1", "Xã Cũ 2")
    assert merged.row.predecessors_total == 90.0
    assert merged.row.percent_of_predecessors == pytest.approx(41.0 / 90.0 * 100)
    assert merged.predecessors == [("Xã Cũ 1", 50.0), ("Xã Cũ 2", 40.0)]
    # the dissolved communes are not listed as communes of their own
    assert "Xã Cũ 1" not in [line.row.name for line in view.lines]


def test_a_predecessor_without_the_period_leaves_no_sum(small_province):
    small_province.old[1].results.all().delete()
    view = commune_view(small_province.resolution, small_province.revenue)
    merged = next(line for line in view.lines if line.row.is_merged)
    assert merged.row.predecessor_values == (50.0, None)
    assert merged.row.predecessors_total is None


@pytest.mark.parametrize(
    ("sort", "descending", "first"),
    [
        ("name", False, "Xã Hợp Nhất"),
        ("value", True, "Xã Số 003"),
        ("value", False, "Xã Hợp Nhất"),
        ("predecessors", True, "Xã Hợp Nhất"),
    ],
)
def test_the_rows_come_sorted_as_asked(small_province, sort, descending, first):
    view = commune_view(
        small_province.resolution, small_province.revenue, sort=sort, descending=descending
    )
    assert view.lines[0].row.name == first


def test_drafts_are_not_counted(small_province):
    third = small_province.communes[2]
    third.results.update(review_state=ReviewState.DRAFT)
    view = commune_view(small_province.resolution, small_province.revenue)
    row = next(line.row for line in view.lines if line.row.name == third.name)
    assert (row.value, row.status) == (None, "no_data")


def test_the_status_counts_cover_every_commune(small_province):
    view = commune_view(small_province.resolution, small_province.revenue)
    assert sum(count.count for count in view.table.counts) == 3


def test_the_view_can_be_limited_to_some_communes(small_province):
    second = small_province.communes[1]
    within = OrgUnit.objects.filter(pk=second.pk)
    view = commune_view(small_province.resolution, small_province.revenue, within=within)
    assert [line.row.name for line in view.lines] == [second.name]


def test_only_an_area_with_communes_has_the_view(small_province):
    assert has_communes(small_province.resolution)
    report(small_province.revenue, small_province.province, 1.0)  # the province's own figure
    lonely = OrgUnit.objects.create(name="Tỉnh Khác", kind="province", slug="tinh-khac")
    small_province.resolution.issuer = lonely
    small_province.resolution.save()
    assert not has_communes(small_province.resolution)


def test_a_figure_reported_on_the_communes_own_part_counts_as_its_figure(small_province):
    second = small_province.communes[1]
    second.results.filter(target=small_province.revenue).delete()
    part = Target.objects.get(parent=small_province.revenue, org_unit=second)
    report(part, second, 77.0)
    # another commune's figure filed on this commune's part is not this commune's
    report(part, small_province.communes[2], 999.0, to_month=3)
    view = commune_view(small_province.resolution, small_province.revenue)
    rows = {line.row.name: line for line in view.lines}
    assert rows[second.name].row.value == 77.0
    assert rows[second.name].result.target_id == part.pk
    assert rows[small_province.communes[2].name].row.value == 43.0
