from __future__ import annotations

import pytest

from tiendo.extract.period_cues import find_periods
from tiendo.periods import Period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trong quý i năm 2022 là", Period(2022, 1, 3)),
        ("quý 1/2017 đạt", Period(2017, 1, 3)),
        ("6 tháng đầu năm 2018", Period(2018, 1, 6)),
        ("sáu tháng đầu năm 2020,", Period(2020, 1, 6)),
        ("nửa đầu năm 2024, huyện", Period(2024, 1, 6)),
        ("sau 10 tháng năm 2023", Period(2023, 1, 10)),
        ("tháng 8/2013", Period(2013, 8, 8)),
        ("trong tháng 10-2012, lượng", Period(2012, 10, 10)),
        ("tính lũy kế đến hết tháng 6/2018", Period(2018, 1, 6)),
        ("đến hết quý ii năm 2021", Period(2021, 1, 6)),
        ("năm 2018, huyện", Period(2018, 1, 12)),
        ("đến năm 2025, tỷ lệ", Period(2025)),
        # The close of a year is the whole year's result (n9rest3); "đến hết năm" names the year.
        ("đến cuối năm 2030", Period(2030, 1, 12)),
        ("đến hết năm 2030", Period(2030)),
        ("3 tháng cuối năm 2019", Period(2019, 10, 12)),
    ],
)
def test_period_expressions_resolve_to_year_and_months(text: str, expected: Period) -> None:
    mentions = find_periods(text)
    assert len(mentions) == 1
    assert mentions[0].resolve(Period(None)) == expected


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("cả quý i, tổng mức", Period(2019, 3, 3), Period(2019, 1, 3)),
        ("lũy kế 10 tháng ước", Period(2012, 10, 10), Period(2012, 1, 10)),
        ("trong tháng, các trà lúa", Period(2024, 5, 5), Period(2024, 5, 5)),
        ("hiện huyện có 6 xã", Period(2024, 1, 6), Period(2024)),
        ("tính đến ngày 06/12 đã", Period(2022, 1, 12), Period(2022)),
    ],
)
def test_expressions_without_a_year_take_it_from_the_passage(
    text: str, context: Period, expected: Period
) -> None:
    (mention,) = find_periods(text)
    assert mention.resolve(context) == expected


@pytest.mark.parametrize(
    "text", ["so với cùng kỳ năm 2021", "cao hơn năm 2020", "tăng so với năm 2019"]
)
def test_years_inside_a_comparison_basis_are_not_the_figures_period(text: str) -> None:
    assert all(mention.basis for mention in find_periods(text))


@pytest.mark.parametrize(
    "text",
    ["ngày 21 tháng 12 năm 2021", "kế hoạch 5 năm 2021 - 2025", "thực hiện 5 nhiệm vụ", "hiện đại"],
)
def test_dates_terms_and_lookalikes_are_not_periods(text: str) -> None:
    assert [m for m in find_periods(text) if m.scope != "date"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sản lượng thủy sản nuôi hằng năm tháng 9 năm 2021 đạt", [(2021, 9, 9)]),
        ("trong năm tháng đầu năm 2020, doanh thu đạt", [(2020, 1, 5)]),
        ("năm tháng cuối năm 2019 lượng khách đạt", [(2019, 8, 12)]),
        ("ngày 3 tháng 4 năm 2022 tỉnh khánh thành", []),
    ],
)
def test_the_word_nam_counts_months_only_where_it_is_not_the_year(
    text: str, expected: list[tuple[int | None, int | None, int | None]]
) -> None:
    found = [(m.year, m.from_month, m.to_month) for m in find_periods(text) if m.scope != "date"]
    assert found == expected
