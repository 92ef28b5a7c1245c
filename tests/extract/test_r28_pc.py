"""Sentences for the twenty-eighth round's helper pc: a month compared with December of the
year before, the year of a plan that dates results given only in months, and a share said
once with "cùng" for amounts listed together.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import period_read
from tiendo.extract import extract_figures


def _bases(text: str, percent: float) -> list[str]:
    """The bases of the comparisons of `percent` in `text`, read in 2024."""
    return [
        c.basis
        for f in extract_figures(text, year=2024)
        for c in f.comparisons
        if c.percent == percent
    ]


# "CPI tháng 5 tăng 1,9% so với tháng 12/2023": December of the year before is where the
# year's rise is counted from, not the month before May: a basis of its own ("other").
_FROM_DECEMBER = [
    ("Chỉ số giá tiêu dùng tháng 5/2024 tăng 0,3% so với tháng trước, tăng 1,9% so với tháng "
     "12/2023 và tăng 4,1% so với cùng kỳ năm trước.", 1.9),
    ("So với tháng 12/2022, chỉ số giá vàng tháng 7/2023 của tỉnh tăng 6,2%.", 6.2),
    ("Chỉ số giá nhóm nhà ở tháng 9 giảm 0,4% so với tháng trước nhưng tăng 2,7% so với tháng "
     "12 năm 2023.", 2.7),
]  # fmt: skip
# Near misses: for January, December is the month before; the month just before stays the
# previous; the same month a year back stays the same period.
_MONTH_BEFORE = [
    ("Chỉ số giá tiêu dùng tháng 1/2024 tăng 0,8% so với tháng 12/2023.", 0.8, "previous"),
    ("Doanh thu du lịch tháng 8/2024 đạt 640 tỷ đồng, tăng 5,2% so với tháng 7.", 5.2,
     "previous"),
    ("Kim ngạch xuất khẩu tháng 4/2024 ước 310 triệu USD, giảm 3,5% so với tháng 3/2024.",
     3.5 * -1, "previous"),
    ("Chỉ số giá tiêu dùng tháng 6/2024 tăng 3,1% so với tháng 6/2023.", 3.1, "same_period"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent"), _FROM_DECEMBER)
def test_a_month_compared_with_december_of_the_year_before_is_on_another_basis(
    text: str, percent: float
) -> None:
    assert _bases(text, percent) == ["other"]


@pytest.mark.parametrize(("text", "percent", "basis"), _MONTH_BEFORE)
def test_the_month_just_before_and_the_same_month_keep_their_bases(
    text: str, percent: float, basis: str
) -> None:
    assert _bases(text, percent) == [basis]


# "Huyện phấn đấu năm 2024 thu ngân sách 900 tỷ đồng. Chín tháng đầu năm, huyện thu được
# 640 tỷ đồng": the months are of the year the plan is for, the only year the passage names.
_PLAN_YEAR = [
    ("Thị xã phấn đấu năm 2024 thu ngân sách trên địa bàn đạt 900 tỷ đồng. Chín tháng đầu "
     "năm, thị xã đã thu được 640 tỷ đồng.", 640, (2024, 1, 9)),
    ("So với kế hoạch năm 2023, kết quả 6 tháng của huyện: giá trị sản xuất nông nghiệp đạt "
     "48%. Trong 6 tháng, huyện cấp mới 12 giấy chứng nhận đầu tư.", 12, (2023, 1, 6)),
    ("Kế hoạch năm 2025 giao huyện trồng 300 ha rừng. Quý I, huyện đã trồng được 85 ha.",
     85, (2025, 1, 3)),
]  # fmt: skip
# Near misses: a year named as the time compared with gives no year;
# a results year stated outright still stands.
_NO_PLAN_YEAR = [
    ("Thu ngân sách tăng 8% so với năm 2023. Chín tháng đầu năm, thị xã thu 640 tỷ đồng.",
     640, (None, 1, 9)),
    ("Sản lượng lúa tăng 4% so với cùng kỳ năm 2023. Quý I, huyện trồng 75 ha rừng.", 75,
     (None, 1, 3)),
    ("Huyện phấn đấu năm 2025 trồng 300 ha rừng. Sáu tháng đầu năm 2024, huyện trồng 140 ha.",
     140, (2024, 1, 6)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _PLAN_YEAR + _NO_PLAN_YEAR)
def test_months_with_no_year_take_the_year_of_the_plan_named_before_them(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, None) == period


def _shares(text: str) -> list[tuple[float | None, list[tuple[str, float]]]]:
    """Each figure's value and its comparisons (basis, percent), read in 2024."""
    return [
        (f.value, [(c.basis, c.percent) for c in f.comparisons])
        for f in extract_figures(text, year=2024)
    ]


# "A 6.198 tỷ đồng và B 3.420 tỷ đồng, cùng đạt 100,08%": "cùng" says the share (or the
# rise) of every amount listed before it, not of the last alone; under a heading that names
# the plan ("đạt dự toán là"), a share with no basis of its own is of that plan.
_JOINT = [
    ("Năm 2024, doanh thu bán lẻ đạt 2.100 tỷ đồng và doanh thu dịch vụ đạt 940 tỷ đồng, "
     "cùng tăng 12%.", [(2100, [("previous", 12.0)]), (940, [("previous", 12.0)])]),
    ("Năm 2023, chỉ hai xã thu đạt dự toán là xã A ước 8,2 tỷ đồng và xã B ước 6,5 tỷ đồng "
     "(cùng đạt 100%).", [(8.2, [("budget", 100.0)]), (6.5, [("budget", 100.0)])]),
    ("Năm 2024, giá trị sản xuất công nghiệp 5.240 tỷ đồng, giá trị sản xuất nông nghiệp "
     "2.980 tỷ đồng và giá trị thương mại 4.100 tỷ đồng, cùng đạt 101,5%.",
     [(5240, [("other", 101.5)]), (2980, [("other", 101.5)]), (4100, [("other", 101.5)])]),
]  # fmt: skip
# Near misses: an amount with a rise of its own, past a ";", keeps it; an amount of another
# unit is no part of the list; without "cùng" the share is the last amount's alone.
_NOT_JOINT = [
    ("Năm 2024, doanh thu bán lẻ 2.100 tỷ đồng, tăng 8%; doanh thu dịch vụ 940 tỷ đồng, "
     "cùng tăng 12%.", [(2100, [("previous", 8.0)]), (940, [("previous", 12.0)])]),
    ("Năm 2024, tỷ lệ giải ngân vốn đạt 88%; giá trị sản xuất 6.198 tỷ đồng và giá trị dịch "
     "vụ 3.420 tỷ đồng, cùng đạt 100,2%.",
     [(88, []), (6198, [("other", 100.2)]), (3420, [("other", 100.2)])]),
    ("Năm 2024, huyện thu 61 tỷ đồng và xã thu 12 tỷ đồng, đạt 105% dự toán.",
     [(61, []), (12, [("budget", 105.0)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "read"), _JOINT + _NOT_JOINT)
def test_a_share_said_with_cung_is_each_listed_amounts_share(
    text: str, read: list[tuple[float, list[tuple[str, float]]]]
) -> None:
    assert _shares(text) == read
