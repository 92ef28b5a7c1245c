"""Ninth round (n9kind): the kind of a figure, from what its sentence asserts."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # The plan quoted in parentheses is a remark on the estimate: the breakdown in the
        # next sentence goes on from the estimate.
        (
            "So với năm trước, kinh tế tiếp tục phát triển. "
            "Năm 2024, GRDP của huyện ước tăng 7,1% (kế hoạch năm 7,5%). Trong đó, khu vực "
            "dịch vụ tăng 8,2%; khu vực công nghiệp tăng 6,4%.",
            # (the rise beside its plan's rate is the rate reached: rise_levels.py, round 30)
            [(7.1, "estimate"), (7.5, "target"), (None, "estimate"), (None, "estimate")],
        ),
        # "Chia theo ngành," opens the breakdown of the estimated total before it.
        (
            "Chín tháng năm 2024, giá trị sản xuất công nghiệp ước đạt 41,2 nghìn tỷ đồng, "
            "tăng 9%. Chia theo ngành, chế biến, chế tạo 39,8 nghìn tỷ đồng, tăng 9,5%; "
            "khai khoáng 1,1 nghìn tỷ đồng, giảm 3%.",
            [(41.2, "estimate"), (39.8, "estimate"), (1.1, "estimate")],
        ),
        # A sentence of its own, opened by no breakdown word, states its own result; the plan
        # in parentheses is a level of its own.
        (
            "So với năm trước, kinh tế tiếp tục phát triển. "
            "Năm 2024, GRDP của huyện ước tăng 7,1% (kế hoạch năm 7,5%). Tỷ lệ hộ nghèo còn 2,1%.",
            [(7.1, "estimate"), (7.5, "target"), (2.1, "actual")],
        ),
    ],
)
def test_a_breakdown_sentence_goes_on_from_the_estimate_not_from_a_plan_in_parentheses(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # The term over by the year of the text is looked back on, among the new aims.
        (
            "Đại hội đề ra mục tiêu nhiệm kỳ 2025 - 2030 đưa huyện thành thị xã. Tại xã A, "
            "nhiệm kỳ 2020 - 2025 kinh tế tăng trưởng bình quân 8,1%/năm.",
            [(8.1, "actual")],
        ),
        (
            "Đại hội đặt mục tiêu đưa tỉnh vào nhóm dẫn đầu. Báo cáo cho biết nhiệm kỳ qua "
            "tỉnh duy trì tốc độ tăng trưởng bình quân 7,6%/năm.",
            [(7.6, "actual")],
        ),
        # The term to come is still aimed at.
        (
            "Đại hội đặt mục tiêu đưa tỉnh vào nhóm dẫn đầu. Nhiệm kỳ 2025 - 2030, kinh tế "
            "tăng trưởng bình quân 9%/năm.",
            [(9, "target")],
        ),
    ],
)
def test_a_term_over_by_the_year_of_the_text_reports_results_among_targets(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text, year=2025) == kinds
