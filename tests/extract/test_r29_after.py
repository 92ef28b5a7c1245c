"""Round 29 (after): a bare rise whose clause opens with the economy is its growth rate."""

from __future__ import annotations

import pytest

from tests.extract.readings import value_and_measures


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2022, kinh tế huyện tăng 6,3% dù gặp nhiều khó khăn. "
        "Số doanh nghiệp mới tăng 12% so với cùng kỳ.",
        "Quý III năm 2021, kinh tế Phú Yên tăng 6,3%; thu ngân sách tăng 4% so với năm trước.",
        "Trong năm 2020, nền kinh tế của thành phố ước tăng 6,3%. "
        "Vốn đầu tư giảm 2% so với cùng kỳ.",
    ],
)
def test_a_bare_rise_of_the_economy_is_its_growth_rate(text: str) -> None:
    assert value_and_measures(text, 6.3) == (6.3, [])


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2022, giá trị tăng thêm của các khu vực kinh tế tăng 6,3%. "
        "Thu ngân sách tăng 4% so với năm trước.",
        "Năm 2022, kinh tế huyện tăng 6,3% so với cùng kỳ năm trước.",
        "Năm 2022, quy mô nền kinh tế tăng 6,3%; thu ngân sách tăng 4% so với năm trước.",
    ],
)
def test_a_rise_of_something_else_or_on_its_own_basis_stays_a_change(text: str) -> None:
    assert value_and_measures(text, 6.3) == (None, ["change"])
