"""labels: a measure written once before a colon names every item after it, when a time
opens the sentence and when the items are counted things."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("Năm 2022, tổng đàn: trâu 12.500 con, bò 8.300 con, lợn 45.200 con.",
         ["tổng đàn trâu", "tổng đàn bò", "tổng đàn lợn"]),
        ("Tổng đàn: trâu 12.500 con, bò 8.300 con.", ["Tổng đàn trâu", "Tổng đàn bò"]),
        ("Sáu tháng đầu năm 2024, sản lượng: lúa 12.500 tấn, ngô 8.300 tấn.",
         ["sản lượng lúa", "sản lượng ngô"]),
        # near-miss: the measure before the items, with no colon, was already read
        ("Năm 2022, tổng đàn trâu 12.500 con, bò 8.300 con.",
         ["tổng đàn trâu", "tổng đàn bò"]),
    ],
)  # fmt: skip
def test_a_measure_before_a_colon_names_each_counted_item_after_it(
    text: str, indicators: list[str]
) -> None:
    assert [f.indicator for f in extract_figures(text, year=2024)] == indicators
