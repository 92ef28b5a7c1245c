"""A figure counted "trong kỳ" takes the term its report named, later or right before it."""

from __future__ import annotations

import pytest

from tests.extract.readings import period_read


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # The term named in parentheses right before the figure, in its own sentence.
        ("Trong kỳ (từ ngày 15/6 đến 14/7/2023), toàn tỉnh xảy ra 12 vụ tai nạn giao thông.",
         12.0, (2023, 6, 7)),
        ("Trong kỳ báo cáo (từ ngày 16/3 đến 15/4/2024), lực lượng chức năng bắt giữ 9 đối "
         "tượng.", 9.0, (2024, 3, 4)),
        ("Trong kỳ (từ 16/10 đến 15/11/2022), Thanh tra tỉnh tiếp 46 lượt công dân.", 46.0,
         (2022, 10, 11)),
        # A later "trong kỳ" goes back to the term named before.
        ("Trong kỳ từ 15/7 đến 14/8/2019, phát hiện 89 vụ. Lũy kế từ đầu năm phát hiện 726 "
         "vụ. Về môi trường, trong kỳ khởi tố 5 vụ.", 5.0, (2019, 7, 8)),
    ],
)  # fmt: skip
def test_a_figure_of_the_term_takes_the_months_the_report_named(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # A running total after the term is no figure of the term.
        ("Trong kỳ (từ ngày 16/8 đến 15/9/2024), phát hiện 14 vụ; lũy kế từ đầu năm phát hiện "
         "120 vụ.", 120.0, (2024, 8, 9)),
        # Nor is a figure of the next sentence, which names a time of its own.
        ("Trong kỳ (từ ngày 16/8 đến 15/9/2024), phát hiện 14 vụ. Năm 2023 phát hiện 110 vụ.",
         110.0, (2024, 8, 9)),
    ],
)  # fmt: skip
def test_a_figure_past_the_terms_reach_keeps_its_own_time(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) != period
