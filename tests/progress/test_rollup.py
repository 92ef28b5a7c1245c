from __future__ import annotations

import pytest

from tiendo.periods import Period
from tiendo.progress.model import Aggregation, Observation
from tiendo.progress.rollup import combine, roll_up

Q1 = Period(2022, 1, 3)


@pytest.mark.parametrize(
    ("values", "aggregation", "whole"),
    [
        ([(120.0, None), (80.5, None), (10.0, None)], "sum", 210.5),
        ([(3.0, None), (5.0, None)], "mean", 4.0),
        # poverty rates weighted by households: 3% of 100 and 5% of 300
        ([(3.0, 100.0), (5.0, 300.0)], "weighted_mean", 4.5),
        ([(3.0, 100.0), (5.0, 300.0)], "mean", 4.5),
        # one weight unknown: a plain average is all that is honest
        ([(3.0, 100.0), (5.0, None)], "weighted_mean", 4.0),
        ([], "sum", None),
    ],
)
def test_parts_combine_into_the_whole(
    values: list[tuple[float, float | None]], aggregation: Aggregation, whole: float | None
) -> None:
    assert combine(values, aggregation) == whole


def test_roll_up_names_every_part_and_is_an_estimate_if_any_part_is() -> None:
    parts = [
        Observation("gtsx", "xa-a", Q1, 100.0, "actual", source_id="d1", weight=10.0),
        Observation("gtsx", "xa-b", Q1, 50.0, "estimate", source_id="d2", weight=30.0),
    ]
    whole = roll_up(parts, "sum", unit_code="huyen")
    assert whole is not None
    assert (whole.unit_code, whole.value, whole.kind, whole.weight) == (
        "huyen",
        150.0,
        "estimate",
        40.0,
    )
    assert "xa-a" in whole.source_label and "xa-b" in whole.source_label
    assert "2 đơn vị" in whole.source_label


def test_roll_up_refuses_mixed_periods() -> None:
    parts = [
        Observation("gtsx", "xa-a", Q1, 100.0),
        Observation("gtsx", "xa-b", Period(2022, 1, 6), 50.0),
    ]
    with pytest.raises(ValueError, match="one period"):
        roll_up(parts, "sum", unit_code="huyen")
