from __future__ import annotations

import pytest

from tiendo.progress.quantity import Quantity, intersect, ratio_interval


@pytest.mark.parametrize(
    ("quantities", "expected"),
    [
        # the overlap, centred on the sharper one
        ([Quantity(953.2, 950.8, 955.6), Quantity(952.4, 950.4, 954.3)], (952.4, 950.8, 954.3)),
        # a point value inside the other interval
        ([Quantity.exact(700.0), Quantity(690.0, 660.0, 720.0)], (700.0, 700.0, 700.0)),
        # disjoint: no value satisfies both
        ([Quantity(10.0, 9.0, 11.0), Quantity(20.0, 19.0, 21.0)], None),
        ([], None),
    ],
)
def test_intersection_keeps_what_every_source_allows(
    quantities: list[Quantity], expected: tuple[float, float, float] | None
) -> None:
    found = intersect(quantities)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert (found.value, found.low, found.high) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("numerator", "denominator", "expected"),
    [
        (Quantity.exact(50.0), Quantity.exact(200.0), (25.0, 25.0)),
        (
            Quantity(10.0, 9.0, 11.0),
            Quantity(100.0, 90.0, 110.0),
            (9.0 / 110 * 100, 11.0 / 90 * 100),
        ),
        (Quantity.exact(5.0), Quantity(0.0, -1.0, 1.0), None),
    ],
)
def test_ratio_interval_spans_every_combination_of_ends(
    numerator: Quantity, denominator: Quantity, expected: tuple[float, float] | None
) -> None:
    found = ratio_interval(numerator, denominator)
    assert found == (None if expected is None else pytest.approx(expected))
