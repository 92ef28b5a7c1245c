"""level_lists: a second list of rates after a first one goes to the same levels, a list
may change its verb from item to item or exceed a plan, and two items of the same shape
("thu ngân sách và chi ngân sách") each keep their own name."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read
from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Năm 2023, sản lượng lúa và ngô lần lượt đạt 25.400 tấn và 8.300 tấn, bằng 102% và "
         "95% kế hoạch, tăng 3,1% và 2,4% so với năm 2022.",
         [(25400.0, "tấn", [("plan", "ratio", 102.0), ("previous", "change", 3.1)]),
          (8300.0, "tấn", [("plan", "ratio", 95.0), ("previous", "change", 2.4)])]),
        ("Xuất khẩu và nhập khẩu 6 tháng đầu năm 2024 lần lượt đạt 520 triệu USD và 310 "
         "triệu USD, giảm 1,1% và tăng 6,4% so với cùng kỳ.",
         [(520.0, "triệu usd", [("same_period", "change", -1.1)]),
          (310.0, "triệu usd", [("same_period", "change", 6.4)])]),
        ("Năm 2023, sản lượng lúa và ngô lần lượt đạt 25.400 tấn và 8.300 tấn, vượt 10% và 2% "
         "kế hoạch.",
         [(25400.0, "tấn", [("plan", "change", 10.0)]),
          (8300.0, "tấn", [("plan", "change", 2.0)])]),
        # near-miss: one level, a rise on each of two bases, stays one figure
        ("Năm 2023, sản lượng lúa đạt 25.400 tấn, tăng 3,1% và 2,4% so với năm 2022 và năm "
         "2021.",
         [(25400.0, "tấn", [("previous", "change", 3.1), ("previous", "change", 2.4)])]),
    ],
)  # fmt: skip
def test_rates_listed_after_as_many_levels_go_to_those_levels_in_turn(
    text: str, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == rows


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("Năm 2023, thu ngân sách và chi ngân sách lần lượt đạt 1.250 tỷ đồng và 1.100 tỷ "
         "đồng, bằng 105% và 98% dự toán.",
         ["thu ngân sách", "chi ngân sách"]),
        # near-miss: a bare item after a measure with its object takes the measure
        ("Năm 2023, sản lượng lúa và ngô lần lượt đạt 25.400 tấn và 8.300 tấn.",
         ["sản lượng lúa", "sản lượng ngô"]),
    ],
)  # fmt: skip
def test_two_items_of_the_same_shape_each_keep_their_own_name(
    text: str, indicators: list[str]
) -> None:
    assert [f.indicator for f in extract_figures(text, year=2024)] == indicators
