"""Probe sentences for the twenty-fourth round's monthly-statistics helper (monthly):
monthly and quarterly releases of industry, retail, prices, transport and the budget,
read from real provincial pages.

Each table holds wordings written for these tests (in the style of provincial statistics
releases) and near misses that look alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures
from tiendo.periods import Period


def _only(text: str, value: float) -> tuple[Period, list[tuple[str, str, float]]]:
    found = [f for f in extract_figures(text) if f.value == value]
    assert len(found) == 1, found
    comparisons = [(c.basis, c.measure, c.percent) for c in found[0].comparisons]
    return found[0].period, comparisons


# A span of months opened by "hơn" alone ("Hơn 9 tháng qua, …", "Trong hơn 6 tháng đầu
# năm …") is the time of the figures, the bound says only that it ran a little longer.
_BOUNDED_SPAN = [
    ("Hơn 9 tháng qua, tổng doanh thu vận tải ước đạt 2.300 tỷ đồng, tăng 6,3% so với cùng kỳ.",
     2300, Period(None, 1, 9)),
    ("Trong hơn 6 tháng đầu năm 2024, thu ngân sách trên địa bàn huyện đạt 1.250 tỷ đồng.",
     1250, Period(2024, 1, 6)),
    ("Sau hơn 5 tháng đầu năm 2023, sản lượng điện thương phẩm đạt 820 triệu kWh, tăng 7%.",
     820, Period(2023, 1, 5)),
    ("Qua hơn 8 tháng năm 2025, khối lượng hàng hóa vận chuyển đạt 14.600 nghìn tấn.",
     14600, Period(2025, 1, 8)),
]  # fmt: skip
# Near misses: "hơn" after a word that compares ("cao hơn", "so với hơn") sets the months
# against the figure; they stay its basis, not its time.
_COMPARED_SPAN = [
    ("Doanh thu đạt 500 tỷ đồng, cao hơn 6 tháng đầu năm 2023 là 12%.", 500,
     Period(None, None, None)),
    ("Năm 2024, số khách lưu trú đạt 90.000 lượt, nhiều hơn 9 tháng năm 2023.", 90000,
     Period(2024, 1, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _BOUNDED_SPAN + _COMPARED_SPAN)
def test_a_span_of_months_opened_by_a_bound_is_the_figures_time(
    text: str, value: float, period: Period
) -> None:
    found, _ = _only(text, value)
    assert found == period
