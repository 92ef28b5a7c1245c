"""Sentences for the thirtieth round's lead: "hơn năm" that counts, not a time.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, percent_row

# "hơn năm nghìn/trăm/mươi …" is more than five thousand (hundred, tens): a count, not a
# difference from a year. A text that names no other basis states its bare rise as a rate.
_FIVE_COUNTED = [
    ("Năm 2024, tỉnh đón hơn năm nghìn lượt khách quốc tế; doanh thu du lịch tăng 12%.", 12.0),
    ("Năm 2024, huyện có hơn năm trăm hộ thoát nghèo; thu ngân sách tăng 9,5%.", 9.5),
    ("Năm 2024, xã trồng hơn năm mươi ha rừng mới, giá trị sản xuất lâm nghiệp tăng 6,2%.", 6.2),
]  # fmt: skip
# Near misses: "hơn năm 2023", "kém năm trước" are a basis, so the bare rise is a change on
# the year before.
_A_YEAR_COMPARED = [
    ("Năm 2024, lượng khách nhiều hơn năm 2023; doanh thu du lịch tăng 12%.", 12.0),
    ("Năm 2024, số hộ nghèo ít hơn năm trước; thu ngân sách tăng 9,5%.", 9.5),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent"), _FIVE_COUNTED)
def test_more_than_five_thousand_names_no_basis_of_a_rise(text: str, percent: float) -> None:
    assert percent_row(percent, None) in comparisons_read(text, 2024)


@pytest.mark.parametrize(("text", "percent"), _A_YEAR_COMPARED)
def test_more_than_a_year_still_names_the_basis(text: str, percent: float) -> None:
    assert percent_row(percent, ("previous", "change", percent)) in comparisons_read(text, 2024)
