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


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        (
            "Tháng 1/2023, kim ngạch xuất khẩu ước đạt 3.276 triệu USD, tăng 18% so với tháng "
            "trước nhưng giảm 14,5% so với tháng 1/2022.",
            ["previous", "same_period"],
        ),
        ("Quý I/2023, GRDP tăng 5,2% so với quý I/2022.", ["same_period"]),
        ("Giá trị sản xuất 9 tháng năm 2023 tăng 8,1% so với 9 tháng năm trước.", ["same_period"]),
        ("Năm 2023, thu ngân sách tăng 5% so với năm 2022.", ["previous"]),
        # December of the year before is not the month before March: the point the year's
        # rise is counted from, another basis (dated_bases; four of the six annotated CPI
        # passages so; tun-U-032 and t4-X-044 say "previous")
        ("Tháng 3/2023, CPI tăng 0,9% so với tháng 12/2022.", ["other"]),
        ("Tháng 1/2023, CPI tăng 0,9% so với tháng 12/2022.", ["previous"]),
    ],
)
def test_a_basis_that_names_the_same_months_a_year_before_is_the_same_period(
    text: str, bases: list[str]
) -> None:
    (figure,) = extract_figures(text, year=2023)
    assert [c.basis for c in figure.comparisons] == bases


def test_a_rise_said_to_be_the_highest_is_still_a_rise() -> None:
    text = "So với tháng trước, nhóm hàng ăn tăng cao nhất 2,29%, nhóm giao thông tăng 0,69%."
    figures = extract_figures(text, year=2023)
    assert [(c.measure, c.percent) for f in figures for c in f.comparisons] == [
        ("change", 2.29),
        ("change", 0.69),
    ]


def test_a_rise_joined_by_and_after_a_multiple_is_still_the_figures() -> None:
    text = (
        "Riêng tháng 2 đón 728.000 lượt khách, gấp 2,23 lần tháng trước và tăng 59,67% so cùng kỳ."
    )
    (figure,) = extract_figures(text, year=2023)
    assert [(c.basis, c.percent) for c in figure.comparisons] == [("same_period", 59.67)]


@pytest.mark.parametrize(
    ("text", "value", "percent"),
    [
        ("Năm 2023, cây lấy củ có chất bột tăng 14,6%, lên 143,2 ha.", 143.2, 14.6),
        ("Năm 2023, diện tích lúa giảm 3%, xuống 1.200 ha.", 1200.0, -3.0),
    ],
)
def test_a_rise_then_the_level_it_came_to_is_one_figure(
    text: str, value: float, percent: float
) -> None:
    (figure,) = extract_figures(text, year=2023)
    assert (figure.value, [c.percent for c in figure.comparisons]) == (value, [percent])
