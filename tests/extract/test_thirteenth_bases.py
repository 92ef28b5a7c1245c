"""Probe sentences for the thirteenth round's helper GN3: what a basis compares, and the
earlier rates a sentence quotes beside its own."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Tính chung 9 tháng năm 2021, sản lượng điện ước chỉ tăng 3,1% so với cùng kỳ, "
         "thấp xa mức tăng 8,4% của cùng kỳ năm 2020.", 8.4),
        ("Kim ngạch xuất khẩu 6 tháng năm 2019 tăng 4,2% so với cùng kỳ, thấp xa mức tăng "
         "12,5% của cùng kỳ năm 2018.", 12.5),
        ("Năm 2022, doanh thu du lịch tăng 35% so với năm trước, cao xa mức tăng 12% của "
         "năm 2021.", 12),
        ("Quý I/2023, vốn đầu tư thực hiện tăng 2,6% so với cùng kỳ, thấp xa mức tăng 9,1% "
         "của quý I/2022.", 9.1),
        ("Tổng mức bán lẻ hàng hóa 5 tháng năm 2020 chỉ tăng 1,2% so với cùng kỳ, thấp xa "
         "mức tăng 11,6% của cùng kỳ năm 2019.", 11.6),
    ],
)  # fmt: skip
def test_a_rise_quoted_far_below_or_above_is_the_earlier_periods_rise_not_a_level(
    text: str, quoted: float
) -> None:
    rows = comparisons_read(text, 2024)
    assert (None, "%", [("same_period", "change", quoted)]) in rows or (
        None,
        "%",
        [("previous", "change", quoted)],
    ) in rows
    assert all(value != quoted for value, _, _ in rows)


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Dù vậy, con số này vẫn cao hơn nhiều so với quý I của giai đoạn 2015 - 2018, khi "
         "mức tăng lần lượt là 3,2% (2015), 4,1% (2016) và 4,5% (2017).", (3.2, 4.1, 4.5)),
        ("Doanh thu năm nay vẫn thấp hơn so với các năm 2016 - 2018, khi tốc độ tăng lần "
         "lượt là 12% (2016), 10,5% (2017) và 9% (2018).", (12, 10.5, 9)),
        ("Tỷ lệ giải ngân năm nay đã cải thiện rõ so với hai năm trước, khi tỷ lệ này lần "
         "lượt là 61% (2021) và 68% (2022).", (61, 68)),
        ("Sản lượng thủy sản tăng chậm hơn so với giai đoạn 2016 - 2020, khi mức tăng bình "
         "quân là 6,5%/năm.", (6.5,)),
        ("Giá trị sản xuất năm nay vẫn thấp hơn so với năm 2019, khi mức tăng là 9,8%.",
         (9.8,)),
    ],
)  # fmt: skip
def test_numbers_after_a_basis_and_khi_are_that_times_own_levels_compared_with_nothing(
    text: str, levels: tuple[float, ...]
) -> None:
    rows = comparisons_read(text, 2024)
    for level in levels:
        assert [c for value, _, c in rows if value == level] == [[]]
