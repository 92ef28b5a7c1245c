from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("sentence", "value", "value_max", "unit"),
    [
        ("Huyện Lộc Hà thu được 153 tỷ 900 triệu đồng tiền sử dụng đất.", 153.9, None, "tỷ đồng"),
        ("Doanh thu du lịch đạt 131 tỷ 43 triệu đồng.", 131.043, None, "tỷ đồng"),
        ("Mỗi hộ nghèo được hỗ trợ 2 triệu 500 nghìn đồng.", 2.5, None, "triệu đồng"),
        ("Kim ngạch nhập khẩu đạt 3 tỷ 250 triệu USD.", 3.25, None, "tỷ usd"),
        (
            "Vốn đầu tư toàn xã hội từ 350 nghìn tỷ đến 400 nghìn tỷ đồng.",
            350,
            400,
            "nghìn tỷ đồng",
        ),
        ("Tổng vốn dự kiến từ 12 tỷ đến 15 tỷ đồng.", 12, 15, "tỷ đồng"),
    ],
)
def test_an_amount_said_in_two_scales_or_a_range_is_one_figure(
    sentence: str, value: float, value_max: float | None, unit: str
) -> None:
    figures = extract_figures(sentence, year=2023)
    assert [(f.value, f.value_max, f.unit.lower()) for f in figures] == [(value, value_max, unit)]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # the currency ends the first amount: the second is an amount of its own
        ("Năm 2022 thu 12 tỷ đồng, trong đó 900 triệu đồng tiền phạt.", [12, 900]),
        # a larger scale after a smaller one is no part of it
        ("Giá trị đạt 500 triệu 2 tỷ đồng.", [500, 2]),
    ],
)
def test_only_a_smaller_scale_right_after_a_bare_one_completes_it(
    sentence: str, values: list[float]
) -> None:
    assert [f.value for f in extract_figures(sentence, year=2023)] == values
