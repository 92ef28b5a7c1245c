"""Pace and year-end forecast of a target seen mid-period.

A flow (production value, revenue) builds up over the year, but not evenly: in
many districts Q1 brings about a fifth of the year's industrial output, not a
quarter. So the share of the year usually reached by now (`expected_share`) comes
from earlier years when they are known (seasonal pace), else from the share of the
period elapsed (linear pace). The forecast is value / expected_share, and its range
comes from the spread of the past years' shares, or a default band without history.

A level (a rate such as forest cover) does not build up: the forecast is today's
level, moved by the usual change between this point and the year end in past years.

>>> from tiendo.periods import Period
>>> f = forecast_year_end(23.0, Period(2022, 1, 3), Period.year_of(2022),
...                       accumulates=True, history=[(22.0, 100.0), (21.0, 100.0)])
>>> f.method, round(f.value, 1), round(f.expected_share, 3)
('seasonal', 107.0, 0.215)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Any, Literal

from tiendo.periods import Period

# Without history, a linear forecast of a flow is uncertain by this share either way.
DEFAULT_FLOW_BAND = 0.10
# Levels move slowly: without history, this relative band around today's level.
DEFAULT_LEVEL_BAND = 0.02
# However alike past years were, this year may differ by at least this much.
MIN_HISTORY_BAND = 0.03

ForecastMethod = Literal["seasonal", "linear", "level_history", "level"]


@dataclass(frozen=True)
class Forecast:
    value: float
    low: float
    high: float
    method: ForecastMethod
    share_elapsed: float
    # Flows: share of the year-end value that past years had reached by this point.
    expected_share: float | None
    years_of_history: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "method": self.method,
            "share_elapsed": self.share_elapsed,
            "expected_share": self.expected_share,
            "years_of_history": self.years_of_history,
        }


def elapsed_share(period: Period, target_period: Period) -> float:
    """Share of the target's period that has passed at the end of `period` (0 to 1)."""
    start = target_period.from_month or 1
    end = target_period.to_month or 12
    reached = min(period.to_month or 12, end) - start + 1
    return max(0.0, min(1.0, reached / (end - start + 1)))


def _widen(value: float, low: float, high: float, band: float) -> tuple[float, float]:
    margin = abs(value) * band
    return min(low, value - margin), max(high, value + margin)


def forecast_year_end(
    value: float,
    period: Period,
    target_period: Period,
    *,
    accumulates: bool,
    history: Sequence[tuple[float, float]] = (),
) -> Forecast:
    """Forecast the value at the end of `target_period` from `value` at the end of `period`.

    `history` holds, for earlier years, (value at the same point, value at year end).
    For a flow, `value` must be cumulative from the start of the target period.
    """
    share = elapsed_share(period, target_period)
    if accumulates:
        shares = [point / end for point, end in history if end > 0 and point > 0]
        if shares:
            expected = fmean(shares)
            forecast = value / expected
            ends = sorted((value / max(shares), value / min(shares)))
            low, high = _widen(forecast, ends[0], ends[1], MIN_HISTORY_BAND)
            return Forecast(forecast, low, high, "seasonal", share, expected, len(shares))
        expected = share if share > 0 else 1.0
        forecast = value / expected
        low, high = _widen(forecast, forecast, forecast, DEFAULT_FLOW_BAND)
        return Forecast(forecast, low, high, "linear", share, expected, 0)
    moves = [end / point for point, end in history if point != 0]
    if moves:
        forecast = value * fmean(moves)
        ends = sorted((value * min(moves), value * max(moves)))
        low, high = _widen(forecast, ends[0], ends[1], MIN_HISTORY_BAND / 3)
        return Forecast(forecast, low, high, "level_history", share, None, len(moves))
    low, high = _widen(value, value, value, DEFAULT_LEVEL_BAND)
    return Forecast(value, low, high, "level", share, None, 0)
