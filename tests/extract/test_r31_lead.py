"""Thirty-first round, lead: every capital of Vietnamese starts a listed place's name."""

from __future__ import annotations

import pytest

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
