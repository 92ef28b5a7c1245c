"""Which results the progress adapter reads for a period, and what it makes of them."""

from __future__ import annotations

import pytest

from tiendo.core.models import OrgUnit, Resolution, Result, Target
from tiendo.core.models.choices import ReviewState
from tiendo.core.progress import compute_progress
from tiendo.core.progress.results import own_observations
from tiendo.periods import Period

pytestmark = pytest.mark.django_db

NINE_MONTHS = Period(2025, 1, 9)
YEARS = range(2021, 2026)


@pytest.fixture
def resolution(commune) -> Resolution:
    return Resolution.objects.create(
        number="05-NQ/ĐU", slug="nq-05", issuer=commune, title="Nghị quyết 05",
        year_from=2025, year_to=2025,
    )  # fmt: skip


def add_target(resolution: Resolution, ordinal: str, plan: float | None = 1200.0) -> Target:
    return Target.objects.create(
        resolution=resolution, ordinal=ordinal, indicator=f"Chỉ tiêu {ordinal}", unit="tỷ đồng",
        plan_value=plan, period_year=2025,
    )  # fmt: skip


def report(target: Target, unit: OrgUnit, year: int, to_month: int, value: float, **extra):
    extra.setdefault("review_state", ReviewState.APPROVED)
    return Result.objects.create(
        target=target, org_unit=unit, period_year=year,
        period_from_month=extra.pop("from_month", 1), period_to_month=to_month,
        kind="actual", value=value, **extra,
    )  # fmt: skip


def report_monthly_totals(target: Target, unit: OrgUnit, years=YEARS, last_month: int = 12):
    """Cumulative totals every month: 100 a month, so month m totals 100·m."""
    for year in years:
        for month in range(1, (last_month if year == max(years) else 12) + 1):
            report(target, unit, year, month, 100.0 * month)


def row(resolution: Resolution, period: Period, unit: OrgUnit):
    return compute_progress(resolution, period, unit).targets[0]


def test_nine_months_reads_the_period_januaries_and_the_same_months_of_earlier_years(
    resolution, commune
):
    report_monthly_totals(add_target(resolution, "1"), commune)
    read = own_observations(resolution, NINE_MONTHS, {commune.pk: "xq"})
    periods = sorted((o.period.year, o.period.to_month) for o in read)
    earlier = [(year, month) for year in range(2021, 2025) for month in (9, 12)]
    # January is also last year's first single month.
    assert periods == sorted([*earlier, (2024, 1), (2025, 1), (2025, 9)])


def test_a_period_not_yet_reported_rests_on_the_latest_month_and_its_history(resolution, commune):
    report_monthly_totals(add_target(resolution, "1"), commune, last_month=8)
    progress = row(resolution, NINE_MONTHS, commune)
    assert progress.observation.period == Period(2025, 1, 8)
    assert progress.forecast.method == "seasonal"
    assert progress.forecast.years_of_history == 4


def test_reports_of_single_months_add_up_to_the_period(resolution, commune):
    target = add_target(resolution, "1")
    for month in range(1, 4):
        report(target, commune, 2025, month, 10.0 * month, from_month=month)
    assert row(resolution, Period(2025, 1, 3), commune).value == pytest.approx(60.0)


def test_percentages_printed_in_an_earlier_report_still_tell_the_plan(resolution, commune):
    target = add_target(resolution, "1", plan=None)
    plan_share = [{"basis": "plan", "measure": "ratio", "percent": 23.08, "basis_text": "KH"}]
    report(target, commune, 2025, 3, 220.0, comparisons=plan_share)
    report(target, commune, 2025, 6, 480.0)
    progress = row(resolution, Period(2025, 1, 6), commune)
    assert progress.baselines["plan"].inferred
    assert progress.baselines["plan"].value == pytest.approx(953.2, abs=0.1)


def test_a_report_after_the_period_is_not_read(resolution, commune):
    target = add_target(resolution, "1", plan=None)
    year_share = [{"basis": "plan", "measure": "ratio", "percent": 105.0, "basis_text": "KH"}]
    report(target, commune, 2025, 9, 700.0)
    report(target, commune, 2025, 12, 1050.0, comparisons=year_share)
    progress = row(resolution, NINE_MONTHS, commune)
    assert progress.value == 700.0
    assert "plan" not in progress.baselines


def test_drafts_and_returned_results_are_not_read(resolution, commune):
    target = add_target(resolution, "1")
    report(target, commune, 2025, 9, 700.0, review_state=ReviewState.DRAFT)
    report(target, commune, 2025, 6, 500.0, review_state=ReviewState.RETURNED)
    assert row(resolution, NINE_MONTHS, commune).status == "no_data"


def test_a_merged_commune_is_compared_with_the_sum_of_its_predecessors(resolution, commune):
    merged = OrgUnit.objects.create(
        name="Xã Xuân Quang mới", slug="xa-xuan-quang-moi", kind="commune",
        parent=commune.parent,
    )  # fmt: skip
    other = OrgUnit.objects.create(
        name="Xã Phong Niên", slug="xa-phong-nien", kind="commune", parent=commune.parent
    )
    merged.predecessors.set([commune, other])
    target = add_target(resolution, "1")
    report(target, commune, 2024, 9, 300.0)
    report(target, other, 2024, 9, 200.0)
    report(target, merged, 2025, 9, 600.0)
    progress = row(resolution, NINE_MONTHS, merged)
    assert progress.baselines["same_period"].value == pytest.approx(500.0)
    assert progress.changes["same_period"] == pytest.approx(20.0)


def test_a_unit_without_its_own_report_sums_the_units_under_it(resolution, commune):
    target = add_target(resolution, "1")
    other = OrgUnit.objects.create(
        name="Xã Phong Niên", slug="xa-phong-nien", kind="commune", parent=commune.parent
    )
    report(target, commune, 2025, 9, 300.0)
    report(target, other, 2025, 9, 200.0)
    assert row(resolution, NINE_MONTHS, commune.parent).value == pytest.approx(500.0)


def test_a_communes_figure_on_its_own_part_of_a_split_target_adds_to_the_total(resolution, commune):
    target = add_target(resolution, "1")
    other = OrgUnit.objects.create(
        name="Xã Phong Niên", slug="xa-phong-nien", kind="commune", parent=commune.parent
    )
    part = Target.objects.create(
        resolution=resolution, parent=target, org_unit=other, ordinal="1", sort_order=1,
        period_year=2025, indicator=target.indicator, unit=target.unit, plan_value=400.0,
    )  # fmt: skip
    report(target, commune, 2025, 9, 300.0)
    report(part, other, 2025, 9, 200.0)
    # Another unit's figure filed on the commune's part is not the commune's.
    report(part, commune.parent, 2025, 9, 999.0)
    assert row(resolution, NINE_MONTHS, commune.parent).value == pytest.approx(500.0)
    assert row(resolution, NINE_MONTHS, other).value == pytest.approx(200.0)


def test_a_units_status_needs_the_same_queries_for_one_year_as_for_five(
    resolution, commune, django_assert_max_num_queries
):
    for ordinal in "123":
        report_monthly_totals(add_target(resolution, ordinal), commune)
    with django_assert_max_num_queries(7):
        progress = compute_progress(resolution, NINE_MONTHS, commune)
    assert {row.status for row in progress.targets} == {"on_track"}


def rate_target(resolution: Resolution, **extra) -> Target:
    extra.setdefault("plan_value", 3.0)
    return Target.objects.create(
        resolution=resolution, ordinal="2", indicator="Tỷ lệ hộ nghèo", unit="%",
        direction="lower", period_year=2025, **extra,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("other_households", "expected"),
    [(3000, 2.5), (None, 3.0)],
    ids=["weighted-by-households", "a-weight-missing-plain-mean"],
)
def test_a_rate_of_the_communes_is_averaged_by_their_households(
    resolution, commune, other_households, expected
):
    target = rate_target(resolution, aggregation="weighted_mean", weight_by="households")
    commune.households = 1000
    commune.save()
    other = OrgUnit.objects.create(
        name="Xã Phong Niên", slug="xa-phong-nien", kind="commune", parent=commune.parent,
        households=other_households,
    )  # fmt: skip
    report(target, commune, 2025, 9, 4.0)
    report(target, other, 2025, 9, 2.0)
    assert row(resolution, NINE_MONTHS, commune.parent).value == pytest.approx(expected)


def test_a_rate_planned_to_fall_is_judged_from_last_years_result(resolution, commune):
    target = rate_target(resolution, aggregation="mean", plan_kind="fall", plan_value=1.5)
    report(target, commune, 2024, 12, 5.2)
    report(target, commune, 2025, 12, 3.6)
    progress = row(resolution, Period.year_of(2025), commune)
    assert progress.target.plan == pytest.approx(3.7)
    assert progress.status == "exceeded"


def test_looking_back_from_a_date_reads_the_latest_report_issued_by_then(resolution, commune):
    import datetime as dt

    from tiendo.core.models import Document

    target = add_target(resolution, "1")
    for month in (7, 8, 9):
        report_document = Document.objects.create(
            kind="report", title=f"Báo cáo tháng {month}", slug=f"bc-{month}", text="…",
            issued_on=dt.date(2025, month, 28),
        )  # fmt: skip
        report(target, commune, 2025, month, 100.0 * month, source_document=report_document)
    progress = compute_progress(resolution, NINE_MONTHS, commune, as_of=dt.date(2025, 9, 1))
    assert progress.targets[0].value == 800.0


def test_a_quarter_is_compared_with_the_same_quarter_of_last_year(resolution, commune):
    target = add_target(resolution, "1")
    report(target, commune, 2024, 9, 200.0, from_month=7)
    report(target, commune, 2025, 9, 250.0, from_month=7)
    progress = row(resolution, Period(2025, 7, 9), commune)
    assert progress.changes["same_period"] == pytest.approx(25.0)


def test_a_change_plan_starts_from_last_years_months_added_up(resolution, commune):
    target = add_target(resolution, "1", plan=10.0)
    Target.objects.filter(pk=target.pk).update(plan_kind="rise")
    for month in range(1, 13):
        report(target, commune, 2024, month, 100.0, from_month=month)
    report(target, commune, 2025, 12, 1400.0)
    progress = row(resolution, Period.year_of(2025), commune)
    assert progress.target.plan == pytest.approx(1320.0)
    assert progress.status == "exceeded"


def test_a_unit_reporting_quarter_by_quarter_is_judged_on_its_quarters_added_up(
    resolution, commune
):
    target = add_target(resolution, "1", plan=10.0)
    Target.objects.filter(pk=target.pk).update(plan_kind="rise")
    for year, value in ((2024, 300.0), (2025, 350.0)):
        for first in (1, 4, 7, 10):
            report(target, commune, year, first + 2, value, from_month=first)
    progress = row(resolution, Period.year_of(2025), commune)
    assert progress.value == pytest.approx(1400.0)
    assert progress.target.plan == pytest.approx(1320.0)
    assert progress.status == "exceeded"
