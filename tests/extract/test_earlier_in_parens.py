from __future__ import annotations

from tiendo.extract import extract_figures
from tiendo.periods import Period


def test_rates_of_earlier_years_in_parentheses_are_figures_of_those_years() -> None:
    text = (
        "Quý I năm 2019, giá trị tăng thêm ngành nông nghiệp đạt 2.150 tỷ đồng, tăng 2,4% so "
        "với cùng kỳ, thấp nhất nhiều năm (quý I năm 2016 tăng 5,1%, năm 2017 tăng 4,3%, năm "
        "2018 giảm 0,8%)."
    )
    figures = extract_figures(text, year=2019)
    assert [(f.period, [c.percent for c in f.comparisons]) for f in figures] == [
        (Period(2019, 1, 3), [2.4]),
        (Period(2016, 1, 3), [5.1]),
        (Period(2017, 1, 3), [4.3]),
        (Period(2018, 1, 3), [-0.8]),
    ]
    assert {f.indicator for f in figures[1:]} == {figures[0].indicator}


def test_a_later_year_in_parentheses_is_no_earlier_rate() -> None:
    text = "Năm 2019, tỷ lệ hộ nghèo còn 3,2% (mục tiêu năm 2020 là 2,5%)."
    periods = [f.period.year for f in extract_figures(text, year=2019)]
    assert periods[0] == 2019 and 2019 not in periods[1:]


def test_a_count_of_the_same_period_last_year_in_parentheses_is_a_figure_of_that_year() -> None:
    text = (
        "Năm 2022, toàn tỉnh xảy ra 120 vụ cháy, tăng 9% (cùng kỳ 110 vụ), làm chết 3 người "
        "(cùng kỳ 5 người)."
    )
    figures = extract_figures(text, year=2022)
    assert [(f.value, f.period.year) for f in figures] == [
        (120.0, 2022),
        (110.0, 2021),
        (3.0, 2022),
        (5.0, 2021),
    ]


def test_rates_of_each_quarter_in_parentheses_are_figures_of_those_quarters() -> None:
    text = (
        "GRDP 9 tháng năm 2023 giảm 8,76% so với cùng kỳ, cải thiện dần qua từng quý (quý I "
        "giảm 9,8%, quý II giảm 8,6%, quý III giảm 7,2%)."
    )
    figures = extract_figures(text, year=2023)
    assert [(f.period, [c.percent for c in f.comparisons]) for f in figures] == [
        (Period(2023, 1, 9), [-8.76]),
        (Period(2023, 1, 3), [-9.8]),
        (Period(2023, 4, 6), [-8.6]),
        (Period(2023, 7, 9), [-7.2]),
    ]
