from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        # a whole year with no basis named anywhere: on the year before
        ("Năm 2023, kim ngạch xuất khẩu đạt 520 triệu USD, tăng 8,4%.", "previous"),
        # the passage said "so với cùng kỳ" for this year: it goes on so
        (
            "Năm 2023, tổng lượt khách đạt 1,2 triệu lượt, tăng 15% so với cùng kỳ năm 2022. "
            "Doanh thu du lịch đạt 2.300 tỷ đồng, tăng 11,2%.",
            "same_period",
        ),
        (
            "Năm 2023, GRDP tăng 7,1% so với năm trước. Thu ngân sách đạt 9.800 tỷ đồng, tăng 6%.",
            "previous",
        ),
    ],
)
def test_a_rise_of_a_whole_year_without_basis_takes_the_basis_the_passage_stated(
    text: str, basis: str
) -> None:
    assert extract_figures(text, year=2023)[-1].comparisons[-1].basis == basis
