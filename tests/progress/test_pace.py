from __future__ import annotations

import pytest

from tiendo.periods import Period
from tiendo.progress.pace import (
    DEFAULT_FLOW_BAND,
    DEFAULT_LEVEL_BAND,
    elapsed_share,
    forecast_year_end,
)

YEAR = Period.year_of(2022)


@pytest.mark.parametrize(
    ("period", "share"),
    [
        (Period(2022, 1, 3), 0.25),
        (Period(2022, 1, 6), 0.5),
        (Period(2022, 1, 9), 0.75),
        (Period(2022, 1, 12), 1.0),
        (Period(2022, 4, 6), 0.5),
        (Period(2022, 8, 8), 8 / 12),
    ],
)
def test_elapsed_share_counts_months_from_the_start_of_the_target_period(
    period: Period, share: float
) -> None:
    assert elapsed_share(period, YEAR) == pytest.approx(share)


def test_linear_pace_projects_the_share_of_the_year_elapsed() -> None:
    forecast = forecast_year_end(220.0, Period(2022, 1, 3), YEAR, accumulates=True)
    assert forecast.method == "linear"
    assert forecast.value == pytest.approx(880.0)
    assert forecast.low == pytest.approx(880.0 * (1 - DEFAULT_FLOW_BAND))
    assert forecast.high == pytest.approx(880.0 * (1 + DEFAULT_FLOW_BAND))


@pytest.mark.parametrize(
    ("value", "history", "expected_share", "forecast", "low", "high"),
    [
        # Past Q1s were 22% of the year: 23 now projects to about 104,5.
        (23.0, [(22.0, 100.0)], 0.22, 104.55, 101.41, 107.68),
        # Shares 20% and 24%: the range spans both.
        (22.0, [(20.0, 100.0), (24.0, 100.0)], 0.22, 100.0, 91.67, 110.0),
        # Years with no year-end value are left out.
        (22.0, [(20.0, 100.0), (24.0, 0.0)], 0.20, 110.0, 106.7, 113.3),
    ],
)
def test_seasonal_pace_uses_the_share_past_years_had_reached(
    value: float,
    history: list[tuple[float, float]],
    expected_share: float,
    forecast: float,
    low: float,
    high: float,
) -> None:
    result = forecast_year_end(value, Period(2022, 1, 3), YEAR, accumulates=True, history=history)
    assert result.method == "seasonal"
    assert result.expected_share == pytest.approx(expected_share)
    assert result.value == pytest.approx(forecast, abs=0.01)
    assert result.low == pytest.approx(low, abs=0.01)
    assert result.high == pytest.approx(high, abs=0.01)
    assert result.years_of_history == len([h for h in history if h[1] > 0])


def test_level_forecast_without_history_keeps_todays_level_in_a_narrow_band() -> None:
    forecast = forecast_year_end(57.0, Period(2022, 1, 6), YEAR, accumulates=False)
    assert forecast.method == "level"
    assert forecast.value == 57.0
    assert forecast.high == pytest.approx(57.0 * (1 + DEFAULT_LEVEL_BAND))


def test_level_forecast_with_history_applies_the_usual_change_to_year_end() -> None:
    # Forest cover usually rose from 56 to 57 (x1.0179) between June and December.
    forecast = forecast_year_end(
        57.0, Period(2022, 1, 6), YEAR, accumulates=False, history=[(56.0, 57.0)]
    )
    assert forecast.method == "level_history"
    assert forecast.value == pytest.approx(57.0 * 57.0 / 56.0)
    assert forecast.low < forecast.value < forecast.high
