"""The plausibility rule every write path shares (tiendo.core.validation)."""

from __future__ import annotations

import doctest

import pytest

import tiendo.core.validation
from tiendo.core.validation import CONFIRM_LABEL, check_value
from tiendo.periods import Period

Q1, Q2, H1 = Period(2022, 1, 3), Period(2022, 4, 6), Period(2022, 1, 6)


@pytest.mark.parametrize(
    ("value", "unit", "indicator", "last_year", "codes"),
    [
        (-5, "tỷ đồng", "Thu ngân sách", None, ["negative"]),
        (120, "%", "Tỷ lệ che phủ rừng", None, ["percent_range"]),
        (100, "%", "Tỷ lệ che phủ rừng", None, []),
        (-3.5, "%", "Tốc độ tăng trưởng kinh tế", None, []),
        (150, "%", "Tốc độ tăng trưởng giá trị sản xuất", None, []),
        (31, "tỷ đồng", "Thu ngân sách", 10, ["jump"]),
        (30, "tỷ đồng", "Thu ngân sách", 10, []),
        (3, "tỷ đồng", "Thu ngân sách", 10, ["jump"]),
        (4, "tỷ đồng", "Thu ngân sách", 10, []),
        (500, "tỷ đồng", "Thu ngân sách", None, []),
        (None, "tỷ đồng", "Thu ngân sách", 10, []),
    ],
)
def test_values_are_checked_for_sign_percentage_range_and_jumps_from_last_year(
    value, unit, indicator, last_year, codes
):
    issues = check_value(
        value, unit=unit, indicator=indicator, same_period_last_year=last_year, factor=3.0
    )
    assert [issue.code for issue in issues] == codes


@pytest.mark.parametrize(
    ("indicator", "unit", "before", "value"),
    [
        ("Kết nạp đảng viên mới", "đảng viên", 80, 1650),
        ("Giá trị sản xuất ngành thương mại - dịch vụ", "tỷ đồng", 950, 2010),
    ],
)
def test_the_seed_jumps_from_one_quarter_to_the_next_ask_for_confirmation(
    indicator, unit, before, value
):
    issues = check_value(
        value, unit=unit, indicator=indicator, period=Q2, previous=before, previous_period=Q1
    )
    assert [issue.code for issue in issues] == ["jump_previous"]
    assert not issues[0].blocking
    assert CONFIRM_LABEL in issues[0].message_vi
    shown = f"{before:,} → {value:,}".replace(",", ".")
    assert shown in issues[0].message_vi
    assert ", gấp 2,1 lần" in issues[0].message_vi or ", gấp 20,6 lần" in issues[0].message_vi


def test_a_cumulative_value_is_compared_with_its_first_quarter_month_for_month():
    issues = check_value(
        2010, unit="tỷ đồng", indicator="Thương mại", period=H1, previous=950, previous_period=Q1
    )
    assert issues == []


def test_a_cumulative_value_that_falls_asks_for_confirmation():
    issues = check_value(
        200, unit="tỷ đồng", indicator="Thương mại", period=H1, previous=220, previous_period=Q1
    )
    assert [issue.code for issue in issues] == ["cumulative_fall"]
    assert "lũy kế" in issues[0].message_vi


@pytest.mark.parametrize(
    ("value", "period", "codes"),
    [(900, Q1, []), (2500, Q1, ["plan"]), (50, Q1, ["plan"]), (1800, H1, [])],
)
def test_a_value_far_from_the_plans_pace_asks_for_confirmation(value, period, codes):
    issues = check_value(
        value, unit="tỷ đồng", indicator="Thương mại", period=period, plan=3467,
        plan_period=Period(2022, 1, 12),
    )  # fmt: skip
    assert [issue.code for issue in issues] == codes


def test_the_factor_comes_from_the_settings(settings):
    settings.TIENDO_PLAUSIBILITY_FACTOR = 25.0
    issues = check_value(
        1650, unit="đảng viên", indicator="Kết nạp", period=Q2, previous=80, previous_period=Q1
    )
    assert issues == []


def test_the_examples_in_the_docstring_hold(settings):
    assert doctest.testmod(tiendo.core.validation).failed == 0
