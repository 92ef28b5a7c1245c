from __future__ import annotations

import pytest

from tiendo.progress.model import Direction
from tiendo.progress.ratios import achievement, change_percent, percent_of, round_percent


@pytest.mark.parametrize(
    ("value", "base", "expected"),
    [
        (220.0, 953.2, 23.08),
        (123.4, 685.56, 18.0),
        (123.4, 771.25, 16.0),
        (123.4, 73.28, 168.4),
        (3.4, 4.0, 85.0),
        (0.0, 12.0, 0.0),
        (5.0, 0.0, None),
        (None, 10.0, None),
        (10.0, None, None),
    ],
)
def test_percent_of_a_baseline_is_what_reports_print(
    value: float | None, base: float | None, expected: float | None
) -> None:
    assert round_percent(percent_of(value, base), 2) == expected


@pytest.mark.parametrize(
    ("value", "base", "expected"),
    [(123.4, 73.28, 68.4), (98.4, 100.0, -1.6), (100.0, 100.0, 0.0), (1.0, 0.0, None)],
)
def test_change_is_signed_rise_or_fall_in_percent(
    value: float, base: float, expected: float | None
) -> None:
    assert round_percent(change_percent(value, base), 2) == expected


@pytest.mark.parametrize(
    ("value", "threshold", "direction", "expected"),
    [
        (110.0, 100.0, "higher", 110.0),
        (90.0, 100.0, "higher", 90.0),
        # Poverty rate 3,4% under a ceiling of 4%: better than planned.
        (3.4, 4.0, "lower", 117.65),
        # Traffic accidents 50 against a ceiling of 40: worse than planned.
        (50.0, 40.0, "lower", 80.0),
        (0.0, 40.0, "lower", None),
        (5.0, None, "higher", None),
    ],
)
def test_achievement_is_above_100_when_better_than_planned_either_way(
    value: float, threshold: float | None, direction: Direction, expected: float | None
) -> None:
    assert round_percent(achievement(value, threshold, direction)) == expected
