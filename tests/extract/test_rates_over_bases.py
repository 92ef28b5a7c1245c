from __future__ import annotations

import pytest

from tiendo.extract import extract_figures

PAIR = [("previous", 4.2), ("same_period", 11.4)]


@pytest.mark.parametrize(
    "text",
    [
        # the rates, then the bases, one for each, without "lần lượt"
        "Tháng 3, kim ngạch xuất khẩu đạt 650 triệu USD, tăng 4,2% và 11,4% so với tháng "
        "trước và cùng kỳ năm trước.",
        # the bases open the sentence
        "So với tháng trước và cùng kỳ năm trước, kim ngạch xuất khẩu tháng 3 lần lượt tăng "
        "4,2% và 11,4%.",
        # a figure of rises only
        "Tháng 3, chỉ số sản xuất công nghiệp tăng 4,2% và 11,4% so với tháng trước và cùng kỳ.",
        "Tháng 3, chỉ số sản xuất công nghiệp lần lượt tăng 4,2% và 11,4% so với tháng trước "
        "và cùng kỳ.",
        # no basis named: those of the figure before, compared with the same two
        "Tháng 3, doanh thu bán lẻ ước đạt 5.200 tỷ đồng, tăng 2,1% so với tháng trước và 12,4% "
        "so với cùng kỳ; doanh thu dịch vụ khác ước 310 tỷ đồng, tăng lần lượt 4,2% và 11,4%.",
    ],
)
def test_rates_listed_over_as_many_bases_are_one_figure_compared_with_each(text: str) -> None:
    last = extract_figures(text, year=2023)[-1]
    assert [(c.basis, c.percent) for c in last.comparisons] == PAIR


def test_one_basis_before_a_list_of_rates_still_gives_each_subject_its_rate() -> None:
    text = "So với cùng kỳ, sản lượng và kim ngạch lần lượt tăng 9% và 16%."
    figures = extract_figures(text, year=2023)
    assert [(f.indicator, [c.percent for c in f.comparisons]) for f in figures] == [
        ("sản lượng", [9.0]),
        ("kim ngạch", [16.0]),
    ]
