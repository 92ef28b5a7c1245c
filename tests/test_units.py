from __future__ import annotations

import doctest

import pytest

import tiendo.units
from tiendo.units import convert, factor, split_scale


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("tỷ đồng", (9, "đồng")),
        ("Tỉ đồng", (9, "đồng")),
        ("triệu đồng", (6, "đồng")),
        ("nghìn tỷ đồng", (12, "đồng")),
        ("tỷ", (9, "đồng")),
        ("triệu VNĐ", (6, "đồng")),
        ("nghìn tấn", (3, "tấn")),
        ("ngàn lượt khách", (3, "lượt khách")),
        ("ha", (0, "ha")),
        ("%", (0, "%")),
    ],
)
def test_a_unit_splits_into_its_scale_and_its_measure(unit: str, expected) -> None:
    assert split_scale(unit) == expected


@pytest.mark.parametrize(
    ("value", "from_unit", "to_unit", "expected"),
    [
        (123_400.0, "triệu đồng", "tỷ đồng", 123.4),
        (1.5, "tỷ đồng", "triệu đồng", 1_500.0),
        (2.1, "nghìn tỷ đồng", "tỷ đồng", 2_100.0),
        (35.0, "nghìn tấn", "tấn", 35_000.0),
        (220.0, "tỷ", "tỷ đồng", 220.0),
        (7.5, "%", "%", 7.5),
        (12.0, "thủy điện", "thuỷ điện", 12.0),
        (35.0, "héc ta", "ha", 35.0),
        (4_500.0, "tr.đồng", "tỷ đồng", 4.5),
    ],
)
def test_values_move_between_scales_of_one_measure(value, from_unit, to_unit, expected) -> None:
    assert convert(value, from_unit, to_unit) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("from_unit", "to_unit"),
    [("ha", "tấn"), ("tỷ đồng", "%"), ("", "ha"), ("nghìn", "tỷ đồng"), ("triệu", "người")],
)
def test_different_measures_have_no_factor(from_unit: str, to_unit: str) -> None:
    assert factor(from_unit, to_unit) is None


def test_docstring_examples_hold() -> None:
    assert doctest.testmod(tiendo.units).failed == 0
