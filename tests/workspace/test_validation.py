from __future__ import annotations

import pytest

from tiendo.workspace.validation import check_value


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
def test_values_are_checked_for_sign_percentage_range_and_jumps(
    value, unit, indicator, last_year, codes
):
    issues = check_value(value, unit=unit, indicator=indicator, same_period_last_year=last_year)
    assert [issue.code for issue in issues] == codes


def test_a_jump_asks_for_confirmation_rather_than_blocking():
    (issue,) = check_value(31, unit="tỷ đồng", indicator="Thu", same_period_last_year=10)
    assert not issue.blocking
    assert "Xác nhận số liệu bất thường" in issue.message_vi
