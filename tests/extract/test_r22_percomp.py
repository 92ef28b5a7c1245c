"""Probe sentences for the twenty-second round's helper percomp: which figure a comparison
belongs to, and the bases and periods a passage hands on."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read


@pytest.mark.parametrize(
    ("text", "amount", "share", "comparison"),
    [
        ("Đến trung tuần tháng Mười, cả nước đã gặt 990,7 nghìn ha lúa mùa, chiếm 62,5% diện "
         "tích gieo cấy và bằng 97,2% cùng kỳ năm trước.", 990.7, 62.5,
         ("same_period", "ratio", 97.2)),
        ("Năm 2023, kim ngạch xuất khẩu sang Hoa Kỳ đạt 1.250 triệu USD, chiếm 35% tổng kim "
         "ngạch, bằng 112% so với năm trước.", 1250, 35, ("previous", "ratio", 112)),
        ("Chín tháng, doanh thu bán lẻ hàng hóa ước 9.757 tỷ đồng, chiếm 73,6%, bằng 111,8% "
         "cùng kỳ.", 9757, 73.6, ("same_period", "ratio", 111.8)),
        ("Trong đó, các địa phương phía Bắc thu hoạch 762,3 nghìn ha (chiếm 72,5%, bằng 96,8% "
         "cùng kỳ).", 762.3, 72.5, ("same_period", "ratio", 96.8)),
        ("Quý I/2024, khu vực FDI xuất khẩu 2,99 tỷ USD (chiếm 82,4%, tăng 6,8% so với cùng "
         "kỳ).", 2.99, 82.4, ("same_period", "change", 6.8)),
    ],
)  # fmt: skip
def test_a_rise_or_a_ratio_to_an_earlier_time_after_the_share_of_an_amount_is_the_amounts(
    text: str, amount: float, share: float, comparison: tuple[str, str, float]
) -> None:
    rows = comparisons_read(text, 2024)
    assert [c for value, _, c in rows if value == amount] == [[comparison]]
    assert [c for value, _, c in rows if value == share] == [[]]


@pytest.mark.parametrize(
    ("text", "share", "comparison"),
    [
        # A count: the share is a rate of it, and may well stand to an earlier year.
        ("Năm 2016, toàn huyện có 21.000 hộ nghèo, chiếm 13,5% số hộ, bằng 90% so với năm "
         "2015.", 13.5, ("previous", "ratio", 90)),
        # A subject that names a rate: the rate itself is compared.
        ("Năm 2020, tỷ trọng công nghiệp chiếm 40%, bằng 102% năm trước.", 40,
         ("previous", "ratio", 102)),
        # No amount before the share: left as it was.
        ("Năm 2023, công nghiệp - xây dựng chiếm 36,5%, tăng 0,06% so với năm 2022.", 36.5,
         ("previous", "change", 0.06)),
    ],
)  # fmt: skip
def test_a_share_with_no_amount_before_it_or_of_a_count_keeps_its_comparison(
    text: str, share: float, comparison: tuple[str, str, float]
) -> None:
    rows = comparisons_read(text, 2024)
    assert [c for value, _, c in rows if value == share] == [[comparison]]
