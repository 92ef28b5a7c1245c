from __future__ import annotations

import datetime as dt

import pytest

from tiendo.periods import Period
from tiendo.progress.index import ObservationIndex
from tiendo.progress.model import Aggregation, Observation

Q1_2021 = Period(2021, 1, 3)
Q1_2022 = Period(2022, 1, 3)


def test_actual_result_is_preferred_over_an_estimate() -> None:
    estimate = Observation("t", "u", Q1_2022, 220.0, "estimate", reported_on=dt.date(2022, 4, 5))
    actual = Observation("t", "u", Q1_2022, 231.0, "actual", reported_on=dt.date(2022, 3, 25))
    assert ObservationIndex([estimate, actual]).best("t", "u", Q1_2022) is actual


def test_latest_source_wins_among_the_same_kind() -> None:
    older = Observation("t", "u", Q1_2022, 220.0, reported_on=dt.date(2022, 4, 5))
    newer = Observation("t", "u", Q1_2022, 221.5, reported_on=dt.date(2022, 4, 20))
    undated = Observation("t", "u", Q1_2022, 219.0)
    assert ObservationIndex([newer, older, undated]).best("t", "u", Q1_2022) is newer


def test_later_input_wins_when_nothing_else_tells_them_apart() -> None:
    first = Observation("t", "u", Q1_2022, 220.0)
    second = Observation("t", "u", Q1_2022, 221.0)
    assert ObservationIndex([first, second]).best("t", "u", Q1_2022) is second


@pytest.mark.parametrize(
    ("aggregation", "weights", "expected"),
    [
        ("sum", (1.0, 3.0), 15.0),
        ("weighted_mean", (1.0, 3.0), 6.25),
        ("mean", (None, None), 7.5),
    ],
)
def test_merged_commune_compares_with_its_predecessors_combined(
    aggregation: Aggregation, weights: tuple[float | None, float | None], expected: float
) -> None:
    old = [
        Observation("t", "xa-a", Q1_2021, 10.0, weight=weights[0]),
        Observation("t", "xa-b", Q1_2021, 5.0, weight=weights[1]),
    ]
    index = ObservationIndex(old, predecessors={"xa-moi": ["xa-a", "xa-b"]})
    assert index.value("t", "xa-moi", Q1_2021, aggregation) == expected


def test_merged_commune_has_no_past_value_when_a_predecessor_is_missing() -> None:
    index = ObservationIndex(
        [Observation("t", "xa-a", Q1_2021, 10.0)], predecessors={"xa-moi": ["xa-a", "xa-b"]}
    )
    assert index.value("t", "xa-moi", Q1_2021, "sum") is None


def test_a_unit_without_its_own_result_is_rolled_up_from_its_parts() -> None:
    parts = [
        Observation("t", "xa-a", Q1_2022, 120.0, source_id="a"),
        Observation("t", "xa-b", Q1_2022, 100.0, source_id="b"),
    ]
    index = ObservationIndex(parts, parts={"huyen": ["xa-a", "xa-b"]})
    whole = index.observation("t", "huyen", Q1_2022, "sum")
    assert whole is not None and whole.value == 220.0


def test_months_add_up_to_a_quarter_for_flows_only() -> None:
    months = [Observation("t", "u", Period(2021, m, m), float(m)) for m in (1, 2, 3)]
    index = ObservationIndex(months)
    assert index.value("t", "u", Q1_2021, "sum") == 6.0
    assert index.value("t", "u", Q1_2021, "mean") is None


def test_ignoring_units_puts_every_observation_under_one_unit() -> None:
    index = ObservationIndex([Observation("t", "bt", Q1_2022, 1.0)], ignore_units=True)
    found = index.best("t", None, Q1_2022)
    assert found is not None and found.value == 1.0


@pytest.mark.parametrize(
    ("reported", "expected"),
    [
        ([(1, 3, 10.0), (4, 6, 20.0), (7, 9, 30.0)], 60.0),
        ([(1, 6, 30.0), (7, 9, 30.0)], 60.0),
        ([(1, 3, 10.0), (4, 4, 5.0), (5, 6, 15.0), (7, 9, 30.0)], 60.0),
        ([(1, 3, 10.0), (7, 9, 30.0)], None),
    ],
    ids=["quarters", "half-and-quarter", "mixed", "a-gap"],
)
def test_a_flow_is_added_up_from_reports_that_tile_it(reported, expected) -> None:
    observations = [Observation("t", "u", Period(2021, f, t), v) for f, t, v in reported]
    index = ObservationIndex(observations)
    assert index.value("t", "u", Period(2021, 1, 9), "sum") == expected
