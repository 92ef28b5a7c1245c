from __future__ import annotations

import pytest

from tiendo.progress.rounding import decimals_in_text, decimals_shown, interval


@pytest.mark.parametrize(
    ("value", "decimals"),
    [(18.0, 0), (16.0, 0), (23.08, 2), (123.4, 1), (24.023, 3), (1790.0, 0), (0.5, 1)],
)
def test_decimals_shown_are_the_fewest_that_write_the_number(value: float, decimals: int) -> None:
    assert decimals_shown(value) == decimals


@pytest.mark.parametrize(
    ("value", "decimals", "low", "high"),
    [
        (18.0, 0, 17.5, 18.5),
        (16.0, 1, 15.95, 16.05),
        (23.08, 2, 23.075, 23.085),
        (23.08, None, 23.075, 23.085),
        (220.0, None, 219.5, 220.5),
    ],
)
def test_a_printed_number_stands_for_the_interval_that_rounds_to_it(
    value: float, decimals: int | None, low: float, high: float
) -> None:
    assert interval(value, decimals) == pytest.approx((low, high))


SEED = (
    "Tổng thu NSNN trên địa bàn trong quý I năm 2022 là 123,4 tỷ đồng, bằng 18% dự toán "
    "tỉnh giao, bằng 16,0% dự toán huyện phấn đấu, bằng 168,4% so với cùng kỳ năm 2021."
)


@pytest.mark.parametrize(
    ("text", "value", "percent", "decimals"),
    [
        (SEED, 18.0, True, 0),
        (SEED, 16.0, True, 1),
        (SEED, 168.4, True, 1),
        (SEED, 123.4, False, 1),
        (SEED, 2022.0, False, 0),
        (SEED, 17.0, True, None),
        ("ước đạt 1.234,50 tỷ đồng", 1234.5, False, 2),
        ("xuất khẩu 1.790 tấn", 1790.0, None, 0),
    ],
)
def test_decimals_in_text_tell_how_the_source_wrote_a_number(
    text: str, value: float, percent: bool | None, decimals: int | None
) -> None:
    assert decimals_in_text(text, value, percent=percent) == decimals
