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
