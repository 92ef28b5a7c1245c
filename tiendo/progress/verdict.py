"""Status of a quantitative target: at the end of its period, or on the way there.

At the end (the observation covers the target's whole period) a value is
"exceeded" when strictly better than every level the plan allows, "met" when inside
them, "not_met" otherwise. The levels the plan allows (`met_band`):

- a plain plan or a bound ("9% trở lên", "dưới 1,5%"): the plan itself, so reaching
  exactly the plan is met and anything better is exceeded;
- a range ("từ 7,5% đến 8%"): the whole range; past its better end is exceeded;
- "about" ("khoảng 1.000 tỷ đồng"): the plan widened by ABOUT_TOLERANCE each way.

Lower-is-better targets mirror this: below the band is exceeded, above is not met.

Mid-period, the year-end forecast is judged the same way: "on_track" when the
forecast meets the plan, "behind" when only the favourable end of the forecast
range does, "at_risk" when even that falls short.

>>> from tiendo.periods import Period
>>> rate = TargetSpec("tang-truong", "Tốc độ tăng trưởng", "%", 7.5, Period.year_of(2022),
...                   value_max=8.0)
>>> judge_final(7.8, rate), judge_final(8.2, rate), judge_final(7.0, rate)
('met', 'exceeded', 'not_met')
"""

from __future__ import annotations

from tiendo.progress.model import TargetSpec
from tiendo.progress.status import Status

ABOUT_TOLERANCE = 0.05


def met_band(target: TargetSpec) -> tuple[float, float] | None:
    """(low, high): the values that count as meeting the plan, None without a plan."""
    if target.plan is None:
        return None
    low, high = target.plan, target.plan if target.value_max is None else target.value_max
    if low > high:
        low, high = high, low
    if target.bound == "about":
        low, high = low - abs(low) * ABOUT_TOLERANCE, high + abs(high) * ABOUT_TOLERANCE
    return low, high


def judge_final(value: float | None, target: TargetSpec) -> Status | None:
    """exceeded / met / not_met for a value of the whole period; None without plan or value."""
    band = met_band(target)
    if band is None or value is None:
        return None
    low, high = band
    # Values equal to the plan must not fall on the wrong side through float noise.
    slack = 1e-9 * max(1.0, abs(value))
    if target.direction == "higher":
        if value > high + slack:
            return "exceeded"
        return "met" if value >= low - slack else "not_met"
    if value < low - slack:
        return "exceeded"
    return "met" if value <= high + slack else "not_met"


def judge_pace(
    forecast: float, forecast_low: float, forecast_high: float, target: TargetSpec
) -> Status | None:
    """on_track / behind / at_risk from a year-end forecast and its range."""
    if judge_final(forecast, target) in ("exceeded", "met"):
        return "on_track"
    favourable = forecast_high if target.direction == "higher" else forecast_low
    verdict = judge_final(favourable, target)
    if verdict is None:
        return None
    return "behind" if verdict in ("exceeded", "met") else "at_risk"
