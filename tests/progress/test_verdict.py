from __future__ import annotations

import pytest

from tiendo.periods import Period
from tiendo.progress.model import Bound, Direction, TargetSpec
from tiendo.progress.status import STATUS_LABELS, Status
from tiendo.progress.verdict import judge_final, judge_pace

YEAR = Period.year_of(2022)


def target(
    plan: float | None,
    *,
    direction: Direction = "higher",
    value_max: float | None = None,
    bound: Bound | None = None,
) -> TargetSpec:
    return TargetSpec(
        "t", "Chỉ tiêu", "%", plan, YEAR, direction=direction, value_max=value_max, bound=bound
    )


@pytest.mark.parametrize(
    ("spec", "value", "status"),
    [
        # plain plan, higher is better
        (target(953.2), 1000.0, "exceeded"),
        (target(953.2), 953.2, "met"),
        (target(953.2), 900.0, "not_met"),
        # "từ 7,5% đến 8%": the range is met, past its top exceeded
        (target(7.5, value_max=8.0), 7.5, "met"),
        (target(7.5, value_max=8.0), 7.8, "met"),
        (target(7.5, value_max=8.0), 8.0, "met"),
        (target(7.5, value_max=8.0), 8.1, "exceeded"),
        (target(7.5, value_max=8.0), 7.4, "not_met"),
        # "9% trở lên"
        (target(9.0, bound="at_least"), 9.0, "met"),
        (target(9.0, bound="at_least"), 9.6, "exceeded"),
        (target(9.0, bound="at_least"), 8.9, "not_met"),
        # "tỷ lệ hộ nghèo dưới 1,5%": lower is better
        (target(1.5, direction="lower", bound="at_most"), 1.2, "exceeded"),
        (target(1.5, direction="lower", bound="at_most"), 1.5, "met"),
        (target(1.5, direction="lower", bound="at_most"), 1.7, "not_met"),
        # traffic accidents: no more than 40 cases
        (target(40.0, direction="lower"), 0.0, "exceeded"),
        (target(40.0, direction="lower"), 41.0, "not_met"),
        # lower is better with a range "từ 1% đến 1,5%"
        (target(1.0, direction="lower", value_max=1.5), 0.9, "exceeded"),
        (target(1.0, direction="lower", value_max=1.5), 1.3, "met"),
        (target(1.0, direction="lower", value_max=1.5), 1.6, "not_met"),
        # "khoảng 1.000 tỷ đồng": 5% either way counts as met
        (target(1000.0, bound="about"), 960.0, "met"),
        (target(1000.0, bound="about"), 1040.0, "met"),
        (target(1000.0, bound="about"), 940.0, "not_met"),
        (target(1000.0, bound="about"), 1060.0, "exceeded"),
        # a planned fall of a growth rate: negative plans stay meaningful
        (target(-2.0), -1.0, "exceeded"),
        (target(-2.0), -3.0, "not_met"),
    ],
)
def test_final_status_follows_direction_ranges_and_bounds(
    spec: TargetSpec, value: float, status: Status
) -> None:
    assert judge_final(value, spec) == status


def test_no_status_without_a_plan() -> None:
    assert judge_final(10.0, target(None)) is None


@pytest.mark.parametrize(
    ("spec", "forecast", "low", "high", "status"),
    [
        (target(100.0), 104.0, 95.0, 110.0, "on_track"),
        (target(100.0), 96.0, 90.0, 105.0, "behind"),
        (target(100.0), 80.0, 72.0, 88.0, "at_risk"),
        # lower is better: the favourable end is the low one
        (target(40.0, direction="lower"), 38.0, 34.0, 42.0, "on_track"),
        (target(40.0, direction="lower"), 42.0, 38.0, 46.0, "behind"),
        (target(40.0, direction="lower"), 50.0, 45.0, 55.0, "at_risk"),
    ],
)
def test_mid_period_status_compares_the_forecast_range_with_the_plan(
    spec: TargetSpec, forecast: float, low: float, high: float, status: Status
) -> None:
    assert judge_pace(forecast, low, high, spec) == status


@pytest.mark.parametrize(
    ("status", "label"),
    [
        ("exceeded", "Vượt"),
        ("met", "Đạt"),
        ("not_met", "Chưa đạt"),
        ("on_track", "Đúng tiến độ"),
        ("behind", "Chậm tiến độ"),
        ("at_risk", "Có nguy cơ không đạt"),
        ("done_on_time", "Hoàn thành đúng hạn"),
        ("done_late", "Hoàn thành muộn"),
        ("open", "Đang thực hiện"),
        ("overdue", "Quá hạn"),
        ("no_data", "Chưa có số liệu"),
        ("no_plan", "Chưa có kế hoạch"),
    ],
)
def test_every_status_has_its_vietnamese_label(status: Status, label: str) -> None:
    assert STATUS_LABELS[status] == label
