"""Percentages that reports print: share of a baseline, change, achievement.

Two numbers are kept apart on purpose:

- `percent_of(value, base)`: the plain ratio a report writes ("bằng 85% KH"), for
  every direction. A poverty rate of 3,4% against a plan of 4% is 85% of plan.
- `achievement(value, threshold, direction)`: how well the plan is reached, where
  100 means exactly at the plan and more is better. For lower-is-better targets it
  is threshold / value: the same poverty rate achieves 117,65%. Status is judged on
  the values themselves (see verdict.py), never on a ratio, so that zero values and
  negative plans (a growth rate of -2%) stay meaningful.

>>> round(percent_of(220, 953.2), 2)
23.08
>>> round(change_percent(123.4, 73.28), 2)
68.4
>>> round(achievement(3.4, 4.0, "lower"), 2)
117.65
"""

from __future__ import annotations

from tiendo.progress.model import Direction


def percent_of(value: float | None, base: float | None) -> float | None:
    """value as a percentage of base (None when either is missing or base is 0)."""
    if value is None or base is None or base == 0:
        return None
    return value / base * 100.0


def change_percent(value: float | None, base: float | None) -> float | None:
    """Rise (+) or fall (-) of value over base, in percent."""
    ratio = percent_of(value, base)
    return None if ratio is None else ratio - 100.0


def achievement(value: float | None, threshold: float | None, direction: Direction) -> float | None:
    """100 at the plan, above 100 when better than planned, whichever way is better."""
    if value is None or threshold is None:
        return None
    if direction == "higher":
        return percent_of(value, threshold)
    return percent_of(threshold, value)


def round_percent(value: float | None, decimals: int = 2) -> float | None:
    """Percentages as reports print them: two decimals at most."""
    return None if value is None else round(value, decimals)
