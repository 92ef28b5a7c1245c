"""Thirty-first round, lead: a listed place opens on any Vietnamese capital; a past year
after a figure dates the predicates of its subject; the plains ("đồng bằng") keep their name."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read
from tiendo.extract import extract_figures
from tiendo.extract.named_members import without_members
from tiendo.extract.visitors import visitors_named


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        # A member whose name opens on a toned Ư, Â or Ô leaves the count's name too.
        ("số xã đạt chuẩn gồm Ứng Hòa, Mỹ Đức", "số xã đạt chuẩn"),
        ("số huyện về đích gồm Ấp Bắc và Cái Bè", "số huyện về đích"),
        ("5 xã gồm các xã Ổ Loan, Hòa Xuân", "5 xã"),
        # Near misses: a list of things, not of names, is part of the name.
        ("số hộ gồm các hộ nghèo", ""),
        ("số xã đạt chuẩn", ""),
    ],
)
def test_members_named_on_any_vietnamese_capital_leave_the_name(named: str, expected: str) -> None:
    assert without_members(named) == expected


@pytest.mark.parametrize(
    ("indicator", "expected"),
    [
        ("đón lượt khách Ứng Hòa Mới", "lượt khách du lịch đến Ứng Hòa Mới"),
        ("đón lượt khách Ấn Độ Dương", "lượt khách du lịch đến Ấn Độ Dương"),
        ("phục vụ lượt khách huyện Ứng Hòa", "lượt khách du lịch đến huyện Ứng Hòa"),
        # Near misses: a lower-case word after "lượt khách" says what kind of visitor.
        ("đón lượt khách quốc tế", "lượt khách quốc tế"),
        ("đón lượt khách nội địa", "lượt khách nội địa"),
    ],
)
def test_a_later_place_of_a_visitors_list_may_open_on_any_vietnamese_capital(
    indicator: str, expected: str
) -> None:
    assert visitors_named(indicator, "") == expected


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # A comma before another predicate of the same subject keeps the past year's clause.
        (
            "Báo cáo năm 2021 của tỉnh. Sản lượng lúa đạt 50.000 tấn năm 2020, chiếm 30% sản "
            "lượng toàn vùng.",
            [2020, 2020],
        ),
        (
            "Báo cáo năm 2021 của tỉnh. Doanh thu đạt 5.000 tỷ đồng năm 2020, tăng 10%.",
            [2020, 2020],
        ),
        (
            "Báo cáo năm 2021 của tỉnh. Kim ngạch xuất khẩu đạt 120 triệu USD năm 2020, bằng 95% "
            "kế hoạch.",
            [2020],
        ),
        # Near miss: a new subject after the comma is of the report's own year.
        (
            "Ngày 25/6/2021, Cục Thống kê công bố số liệu 6 tháng đầu năm. Tỉnh đã công nhận "
            "02 xã đạt chuẩn nông thôn mới nâng cao năm 2020, tổng số xã đạt chuẩn nông thôn "
            "mới là 47 xã.",
            [2020, 2021],
        ),
    ],
)
def test_a_past_year_after_a_figure_dates_the_predicates_of_its_subject_after_a_comma(
    text: str, years: list[int]
) -> None:
    assert [figure.period.year for figure in extract_figures(text)] == years


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # "đồng bằng" (the plains) ends a name: no "bằng" of a ratio to strip.
        (
            "Khu vực miền núi có 81 cơ sở y tế, khu vực đồng bằng có 155 cơ sở.",
            155,
            "khu vực đồng bằng",
        ),
        (
            "Vùng núi có 40 trường học, vùng đồng bằng có 96 trường học.",
            96,
            "vùng đồng bằng trường học",
        ),
        ("Miền núi đạt 12 xã, miền đồng bằng đạt 30 xã.", 30, "miền đồng bằng xã"),
        # Near miss: a ratio after an amount of money is still a ratio, not a name.
        ("Thu nhập bình quân đạt 50 triệu đồng, bằng 105% kế hoạch.", 50, "Thu nhập bình quân"),
    ],
)
def test_the_plains_keep_their_name_in_a_figure_s_indicator(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value) == expected
