"""Sentences for the twenty-seventh round's unit helper (unit): the counted noun of a count
that real pages, read once, showed the extractor cut short.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read

# A scale before a counted noun changes nothing of the noun: a syllable that only opens
# longer counted nouns ("tài" of "tài khoản", "công" of "công văn") goes on to the next
# after "triệu" or "nghìn" as it does after a bare number, not cut off its word.
_SCALED_BOUND = [
    ("Đến hết tháng 6/2024, toàn tỉnh đã kích hoạt 1,2 triệu tài khoản định danh.", 2024,
     (1.2, "triệu tài khoản")),
    ("Năm 2023, ngân hàng mở mới 3,4 nghìn tài khoản thanh toán cho hộ kinh doanh.", 2023,
     (3.4, "nghìn tài khoản")),
    ("Quý I/2025, văn phòng ban hành 1,3 nghìn công văn hướng dẫn các xã.", 2025,
     (1.3, "nghìn công văn")),
]  # fmt: skip
# Near misses: a noun of the lists after a scale is read as before; a bound syllable
# after a bare number still goes on; money after a scale stays money.
_KEPT = [
    ("Năm 2024, huyện có 12 nghìn học sinh đến trường.", 2024, (12, "nghìn học sinh")),
    ("Năm 2024, thành phố đón 2 triệu lượt khách quốc tế.", 2024, (2, "triệu lượt khách")),
    ("Năm 2024, toàn tỉnh có 15 tài khoản bị khóa.", 2024, (15, "tài khoản")),
    ("Năm 2024, tổng vốn đạt 1,2 triệu đồng mỗi hộ.", 2024, (1.2, "triệu đồng")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "row"), _SCALED_BOUND + _KEPT)
def test_a_scale_before_a_bound_syllable_leaves_the_counted_noun_whole(
    text: str, year: int, row: tuple[float, str]
) -> None:
    assert row in [(value, unit) for value, unit, _ in comparisons_read(text, year)]
