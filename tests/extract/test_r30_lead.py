"""Sentences for the thirtieth round's lead: "hơn năm" that counts, not a time; a rise
restated as a count in parentheses; a range bounded by "trở lên".

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, percent_row
from tiendo.extract import extract_figures

# "hơn năm nghìn/trăm/mươi …" is more than five thousand (hundred, tens): a count, not a
# difference from a year. A text that names no other basis states its bare rise as a rate.
_FIVE_COUNTED = [
    ("Năm 2024, tỉnh đón hơn năm nghìn lượt khách quốc tế; doanh thu du lịch tăng 12%.", 12.0),
    ("Năm 2024, huyện có hơn năm trăm hộ thoát nghèo; thu ngân sách tăng 9,5%.", 9.5),
    ("Năm 2024, xã trồng hơn năm mươi ha rừng mới, giá trị sản xuất lâm nghiệp tăng 6,2%.", 6.2),
    ("Năm 2024, vốn thu hút gấp hơn năm lần năm 2020; doanh thu dịch vụ tăng 11,4%.", 11.4),
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


# "tăng 60% (thêm 6 vụ)": the parentheses restate the rise as a count, a gap between two
# levels, not a figure.
_RISE_RESTATED_AS_A_COUNT = [
    ("6 tháng đầu năm 2015, cướp giật xảy ra 65 vụ, tăng tới 54,76% (thêm 23 vụ).", [65.0]),
    ("Năm 2023, toàn huyện kết nạp 212 đảng viên, tăng 12,8% (thêm 24 đảng viên) so với năm "
     "2022.", [212.0]),
    ("Quý I/2024, tỉnh có 1.350 doanh nghiệp thành lập mới, tăng 9% so với cùng kỳ (thêm 111 "
     "doanh nghiệp).", [1350.0]),
]  # fmt: skip
# Near misses: a level in parentheses after a rise ("đạt", "gồm") is a figure of its own.
_LEVEL_AFTER_A_RISE = [
    ("Năm 2023, diện tích rừng trồng tăng 8% (đạt 1.200 ha) so với năm 2022.", 1200.0),
    ("Quý I/2024, số doanh nghiệp mới tăng 9% so với cùng kỳ (gồm 111 hợp tác xã).", 111.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), _RISE_RESTATED_AS_A_COUNT)
def test_a_rise_restated_as_a_count_in_parentheses_adds_no_figure(
    text: str, values: list[float]
) -> None:
    assert [value for value, _ in kinds_read(text) if value is not None] == values


@pytest.mark.parametrize(("text", "value"), _LEVEL_AFTER_A_RISE)
def test_a_level_in_parentheses_after_a_rise_stays_a_figure(text: str, value: float) -> None:
    assert value in [read for read, _ in kinds_read(text)]


def _bounds_read(text: str) -> list[tuple[float | None, float | None, str | None]]:
    return [(f.value, f.value_max, f.bound) for f in extract_figures(text, year=2024)]


# "trở lên" after a range bounds the range from below, as it bounds a single number.
_RANGE_AND_MORE = [
    ("Nhiệm kỳ 2022 - 2025, phấn đấu mức tăng trưởng kinh tế từ 7 - 8% trở lên.", (7.0, 8.0)),
    ("Đến năm 2025, tỷ lệ che phủ rừng đạt từ 45 - 46% trở lên.", (45.0, 46.0)),
    ("Năm 2025, phấn đấu có 12 - 15 xã trở lên đạt chuẩn nông thôn mới nâng cao.", (12.0, 15.0)),
]  # fmt: skip
# Near misses: a range with no bound word after it is the range alone, and "khoảng" before
# it stays "about".
_RANGE_ALONE = [
    ("Nhiệm kỳ 2022 - 2025, phấn đấu mức tăng trưởng kinh tế từ 7 - 8%.", (7.0, 8.0, None)),
    ("Năm 2025, tăng trưởng GRDP khoảng 7,5 - 8,5%.", (7.5, 8.5, "about")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), _RANGE_AND_MORE)
def test_a_range_followed_by_tro_len_is_bounded_below(
    text: str, values: tuple[float, float]
) -> None:
    assert (*values, "at_least") in _bounds_read(text)


@pytest.mark.parametrize(("text", "expected"), _RANGE_ALONE)
def test_a_range_with_no_bound_after_it_keeps_its_bound(
    text: str, expected: tuple[float, float, str | None]
) -> None:
    assert expected in _bounds_read(text)
