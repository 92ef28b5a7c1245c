"""Round 31 (spurious percentages): a rise after a count whose share is remarked in
parentheses and whose counted things are then named.

- "có 6.084 xã (79,3%) được công nhận đạt chuẩn, tăng 10,6% so với cuối năm 2021": the
  remark is a share of the number; the predicate after it still qualifies the counted noun,
  so the rise is the count's, not a figure with no level of its own (remark_rises.py).
"""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đến cuối năm 2024, toàn tỉnh có 312/420 thôn (74,3%) được công nhận đạt chuẩn "
            "khu dân cư kiểu mẫu, tăng 12,4% so với cuối năm 2023.",
            [
                (312, "thôn", [("previous", "change", 12.4)]),
                (74.3, "%", []),
            ],
        ),
        (
            "Năm 2024, huyện có 1.150 hộ (8,2%) thoát nghèo, giảm 6,5% so với năm 2023.",
            [
                (1150, "hộ", [("previous", "change", -6.5)]),
                (8.2, "%", []),
            ],
        ),
        (
            "Năm 2024, thành phố có 2.340 cơ sở (35,2%) được cấp giấy chứng nhận an toàn thực "
            "phẩm, tăng 8,8% so với năm 2023.",
            [
                (2340, "cơ sở", [("previous", "change", 8.8)]),
                (35.2, "%", []),
            ],
        ),
    ],
)
def test_a_rise_after_a_counts_remark_and_predicate_is_the_counts(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no remark between: the rise was already the count's
        (
            "Đến cuối năm 2024, toàn tỉnh có 312 thôn được công nhận đạt chuẩn khu dân cư kiểu "
            "mẫu, tăng 12,4% so với cuối năm 2023.",
            [(312, "thôn", [("previous", "change", 12.4)])],
        ),
        # a new subject after the predicate: its rise is its own
        (
            "Năm 2024, huyện có 1.150 hộ (8,2%) thoát nghèo, khu vực dịch vụ tăng 6,5% so với "
            "năm 2023.",
            [
                (1150, "hộ", []),
                (8.2, "%", []),
                (None, "%", [("previous", "change", 6.5)]),
            ],
        ),
        # an amount with its share and no predicate: the rise was already the amount's
        (
            "Khu vực ngoài nhà nước đạt 15.325 tỷ đồng (52,9%), tăng 40,5% so với năm 2023.",
            [
                (15325, "tỷ đồng", [("previous", "change", 40.5)]),
                (52.9, "%", []),
            ],
        ),
    ],
)
def test_near_misses_of_a_rise_after_a_remark_read_as_before(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected
