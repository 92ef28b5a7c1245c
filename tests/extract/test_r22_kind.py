"""Probe sentences for the twenty-second round's kind helper: what a sentence asserts
about a figure (a result, a forecast of one, or a level set) read from its own grammar."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Dự kiến có 23 chỉ tiêu đạt và vượt kế hoạch.", ["estimate"]),
        ("Năm 2024, dự kiến có 23/25 chỉ tiêu đạt và vượt kế hoạch.", ["estimate"]),
        ("Sau hai năm rưỡi thực hiện Nghị quyết Đại hội, dự ước có 18/19 chỉ tiêu đạt và vượt "
         "mục tiêu.", ["estimate"]),
        ("Về kinh tế, ước có 9/12 chỉ tiêu hoàn thành kế hoạch năm.", ["estimate"]),
        ("Năm 2025 ước tính có 15 chỉ tiêu không đạt kế hoạch đề ra.", ["estimate"]),
        # Near misses: the targets counted as met with no forecast word stay results.
        ("Năm 2024, toàn huyện có 23/25 chỉ tiêu đạt và vượt kế hoạch.", ["actual"]),
        ("Năm 2023 có 18/19 chỉ tiêu đạt và vượt mục tiêu Nghị quyết.", ["actual"]),
        ("Kết quả có 20 chỉ tiêu hoàn thành kế hoạch năm.", ["actual"]),
    ],
)  # fmt: skip
def test_a_forecast_word_before_có_and_a_count_of_targets_met_forecasts_them_met(
    text: str, kinds: list[str]
) -> None:
    assert [kind for _, kind in kinds_read(text)] == kinds
