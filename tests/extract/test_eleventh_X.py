"""Probe sentences for the eleventh round's helper X (third wave): bases written before
their numbers, and what the second of two such rises shares with the first."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Doanh thu bán lẻ tháng 5 ước 1.250 tỷ đồng, cao hơn tháng trước 3,2% và cùng kỳ "
         "12,5%.", 3.2, 12.5),
        ("Kim ngạch nhập khẩu tháng 9 ước 850 triệu USD, thấp hơn tháng trước 2,4% và cùng kỳ "
         "năm trước 6,1%.", -2.4, -6.1),
        ("Sản lượng điện thương phẩm tháng 4 đạt 410 triệu kWh, tăng so với tháng trước 1,8% "
         "và so với cùng kỳ 9,6%.", 1.8, 9.6),
        ("Số khách lưu trú tháng 6 đạt 120 nghìn lượt, cao hơn tháng trước 5% và cùng kỳ "
         "20%.", 5.0, 20.0),
        ("Vốn huy động tháng 10 ước 3.200 tỷ đồng, giảm so với tháng trước 0,8% và so cùng kỳ "
         "4,5%.", -0.8, -4.5),
        ("Chỉ số giá tiêu dùng tháng 11 tăng so với tháng trước 0,45% và so với cùng kỳ năm "
         "trước 3,2%.", 0.45, 3.2),
    ],
)  # fmt: skip
def test_a_rise_whose_basis_stands_before_its_number_lends_its_verb_to_the_next_basis(
    text: str, first: float, second: float
) -> None:
    rows = comparisons_read(text, 2024)
    assert len(rows) == 1
    assert rows[0][2] == [("previous", "change", first), ("same_period", "change", second)]
