"""Ninth round (n9kind3): the kind of a figure, from what its sentence asserts."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _kinds(text: str, year: int = 2024) -> list[tuple[float | None, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, year=year)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # The plan a result passed, with its level said as a change after "là".
        (
            "Năm 2024, tỷ lệ hộ nghèo của huyện ước giảm bình quân 4,1% mỗi năm, vượt mục "
            "tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XX là giảm bình quân từ 2 - 3% "
            "mỗi năm.",
            [(4.1, "estimate"), (2.0, "target")],
        ),
        # ... which opens no list of targets: the sentence after reports a result.
        (
            "Năm 2024, tỷ lệ hộ nghèo ước giảm 2,4%, vượt mục tiêu của tỉnh là giảm từ 1,5 - "
            "2%. Huyện có 3 xã thoát nghèo.",
            [(2.4, "estimate"), (1.5, "target"), (3.0, "actual")],
        ),
        # A plan a result kept within, with its level in parentheses, in a report on part
        # of a year, even when the plan's name is long.
        (
            "Chín tháng năm 2024, tỷ lệ tử vong do bệnh là 0,03%, nằm trong chỉ tiêu Bộ Y tế "
            "giao tại Chương trình mục tiêu phòng chống dịch bệnh giai đoạn mới (không quá 0,1%).",
            [(0.03, "actual"), (0.1, "target")],
        ),
        (
            "Sáu tháng đầu năm 2024, tỷ lệ nợ xấu là 1,2%, nằm trong chỉ tiêu tỉnh giao (dưới 2%).",
            [(1.2, "actual"), (2.0, "target")],
        ),
    ],
)
def test_the_level_of_a_plan_a_result_passed_or_kept_within_is_a_target(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(text) == kinds
