"""Targets planned as a change from the year before."""

from __future__ import annotations

import pytest

from tiendo.periods import Period
from tiendo.progress import Observation, PlanChange, TargetSpec, evaluate_resolution

YEAR = Period.year_of(2022)
LAST_YEAR = Period.year_of(2021)


def poverty(**change) -> TargetSpec:
    return TargetSpec(
        "ngheo", "Tỷ lệ hộ nghèo", "%", None, YEAR, direction="lower", aggregation="mean",
        change=PlanChange("fall", **change),
    )  # fmt: skip


def revenue(**change) -> TargetSpec:
    return TargetSpec(
        "thu", "Thu ngân sách", "tỷ đồng", None, YEAR, change=PlanChange("rise", **change)
    )


def judged(target: TargetSpec, *observations: Observation, period: Period = YEAR):
    return evaluate_resolution([target], list(observations), period).targets[0]


@pytest.mark.parametrize(
    ("this_year", "status"),
    [(3.9, "met"), (4.2, "met"), (3.5, "exceeded"), (4.5, "not_met")],
)
def test_a_rate_planned_to_fall_is_judged_in_points_from_last_year(this_year, status) -> None:
    row = judged(
        poverty(amount=1.0, amount_max=1.5),
        Observation("ngheo", "", LAST_YEAR, 5.2),
        Observation("ngheo", "", YEAR, this_year),
    )
    assert row.status == status
    assert (row.target.plan, row.target.value_max) == pytest.approx((3.7, 4.2))


@pytest.mark.parametrize(("this_year", "status"), [(1150.0, "exceeded"), (1080.0, "not_met")])
def test_a_value_planned_to_rise_is_judged_in_percent_of_last_year(this_year, status) -> None:
    row = judged(
        revenue(amount=10.0),
        Observation("thu", "", LAST_YEAR, 1000.0),
        Observation("thu", "", YEAR, this_year),
    )
    assert row.status == status
    assert row.target.plan == pytest.approx(1100.0)
    assert row.as_dict()["plan_text"] == "KH tăng 10% so với năm trước (từ 1.000 tỷ đồng)"


def test_without_last_years_value_a_change_plan_cannot_be_judged() -> None:
    row = judged(revenue(amount=10.0), Observation("thu", "", YEAR, 1150.0))
    assert row.status == "no_plan"
    assert row.as_dict()["plan_text"] == "KH tăng 10% so với năm trước"


def test_the_base_a_target_states_stands_in_for_missing_results() -> None:
    row = judged(revenue(amount=10.0, base=900.0), Observation("thu", "", YEAR, 1000.0))
    assert row.target.plan == pytest.approx(990.0)
    assert row.status == "exceeded"


def test_mid_year_a_change_plan_is_paced_like_a_plain_plan() -> None:
    q1 = Period(2022, 1, 3)
    row = judged(
        revenue(amount=10.0),
        Observation("thu", "", Period(2021, 1, 3), 200.0),
        Observation("thu", "", LAST_YEAR, 1000.0),
        Observation("thu", "", q1, 230.0),
        period=q1,
    )
    assert row.target.plan == pytest.approx(1100.0)
    assert row.forecast.value == pytest.approx(1150.0)
    assert row.status == "on_track"
