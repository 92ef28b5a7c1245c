"""Probe sentences for the twelfth round's helper G2: a rise whose subject is a time of its
own is a figure of its own, and "this rise, higher than ..." is the rise just stated."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read
from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("Sản lượng điện thương phẩm 9 tháng tăng 7,4% so với cùng kỳ; riêng quý III tăng "
         "9,1%, quý II tăng 6,3%.", 3),
        ("Doanh thu bán lẻ quý II tăng 5,2% so với cùng kỳ, 6 tháng đầu năm tăng 4,6%.", 2),
        ("Vốn đầu tư thực hiện năm 2023 tăng 10,2% so với năm trước (năm 2022 tăng 8,8%, "
         "năm 2021 tăng 6,1%).", 3),
        ("Lượng khách quốc tế tháng 10 giảm 3,5% so với tháng trước, 10 tháng tăng 21% so "
         "với cùng kỳ.", 2),
        ("Chỉ số giá tiêu dùng tháng 11 tăng 0,3% so với tháng trước, bình quân 11 tháng tăng "
         "3,2% so với cùng kỳ.", 2),
    ],
)  # fmt: skip
def test_a_second_rise_opened_by_a_time_of_its_own_is_a_figure_of_its_own(
    text: str, rates: int
) -> None:
    rows = comparisons_read(text, 2024)
    assert [len(c) for _, _, c in rows] == [1] * rates


@pytest.mark.parametrize(
    "text",
    [
        "Giá trị xuất khẩu tháng 5 đạt 320 triệu USD, tăng 6% so với tháng trước và tăng 11% "
        "so với cùng kỳ.",
        "Tổng chi ngân sách địa phương ước 8.200 tỷ đồng, bằng 102% dự toán Trung ương giao, "
        "bằng 97% dự toán HĐND tỉnh giao.",
        "CPI tháng 9 tăng 0,4% so với tháng trước, tăng 2,1% so với tháng 12 năm trước.",
        "Thu nội địa đạt 4.300 tỷ đồng, vượt 8% dự toán tỉnh giao và vượt 3% dự toán phấn đấu.",
        "Kim ngạch nhập khẩu đạt 95 triệu USD, giảm 4% so với tháng trước nhưng tăng 13% so "
        "với cùng kỳ năm 2023.",
    ],
)  # fmt: skip
def test_rises_of_one_time_against_other_bases_stay_with_their_figure(text: str) -> None:
    rows = comparisons_read(text, 2024)
    assert [len(c) for _, _, c in rows] == [2]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thu ngân sách 9 tháng ước đạt 1.200 tỷ đồng, tăng 12% so với cùng kỳ. Mức tăng này "
         "thấp hơn cùng kỳ năm trước (9 tháng năm 2023 tăng 15%).", "Thu ngân sách"),
        ("Giá trị sản xuất công nghiệp quý I tăng 9,4% so với cùng kỳ. Mức tăng này cao hơn "
         "hẳn quý I năm trước (quý I/2023 chỉ tăng 4,1%).", "Giá trị sản xuất công nghiệp"),
        ("Tổng mức bán lẻ hàng hóa 6 tháng tăng 11,2% so với cùng kỳ; trong đó bán lẻ tăng "
         "12,5%, lưu trú tăng 8,1%. Mức tăng này cao hơn hai năm trước (6 tháng năm 2023 "
         "tăng 9,6%).", "Tổng mức bán lẻ hàng hóa"),
        ("Doanh thu dịch vụ lưu trú năm 2024 tăng 18% so với năm trước. Mức tăng này cao hơn "
         "năm trước (năm 2023 tăng 9%).", "Doanh thu dịch vụ lưu trú"),
        ("Kim ngạch xuất khẩu 10 tháng ước tăng 14% so với cùng kỳ. Mức tăng trưởng này thấp "
         "hơn năm trước (10 tháng năm 2023 tăng 17,5%).", "Kim ngạch xuất khẩu"),
        ("Sản lượng thủy sản 6 tháng tăng 3,8% so với cùng kỳ. Mức tăng đó nhanh hơn cùng kỳ "
         "(6 tháng năm 2023 tăng 2,9%).", "Sản lượng thủy sản"),
    ],
)  # fmt: skip
def test_this_rise_compared_with_an_earlier_one_is_the_rise_just_stated(
    text: str, name: str
) -> None:
    last = extract_figures(text, year=2024)[-1]
    assert last.value is None
    assert last.indicator == name
