"""Ninth round (n9kprobe): kinds read wrong in sentences of the shapes real reports use."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Đến năm 2023, tỷ lệ che phủ rừng của huyện đạt 52,3%, hoàn thành chỉ tiêu Nghị quyết.",
            [(52.3, "actual")],
        ),
        (
            "Đến năm 2023, thu nhập bình quân đầu người đạt 62 triệu đồng, chưa đạt chỉ tiêu "
            "đề ra.",
            [(62, "actual")],
        ),
        (
            "Đến năm 2020, tỷ lệ hộ nghèo bình quân mỗi năm giảm 1,02%, vượt chỉ tiêu Nghị "
            "quyết đề ra.",
            [(1.02, "actual")],
        ),
        (
            "Chỉ tiêu tỷ lệ trường học đạt chuẩn quốc gia đạt 82%, vượt kế hoạch.",
            [(82, "actual")],
        ),
        # The level the plan named after the verdict stays the plan's.
        (
            "Tỷ lệ lao động qua đào tạo đạt 68%, vượt chỉ tiêu Nghị quyết là 65%.",
            [(68, "actual"), (65, "target")],
        ),
        # A target with no verdict after it stays a target.
        (
            "Phấn đấu đến năm 2025 tỷ lệ che phủ rừng đạt 55%.",
            [(55, "target")],
        ),
    ],
)
def test_a_figure_its_clause_judges_against_a_plan_is_a_result(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Theo dự toán năm 2024, thu ngân sách trên địa bàn huyện là 1.430 tỷ đồng, trong "
            "đó thu nội địa 1.240 tỷ đồng.",
            [(1430, "target"), (1240, "target")],
        ),
        (
            "Theo dự toán, chi ngân sách địa phương năm 2025 là 2.760 tỷ đồng.",
            [(2760, "target")],
        ),
        (
            "Theo dự toán giao, tổng chi thường xuyên năm 2024 là 980 tỷ đồng.",
            [(980, "target")],
        ),
        # A result measured against the budget is still a result.
        (
            "Thu ngân sách quý I đạt 410 tỷ đồng, bằng 29% dự toán.",
            [(410, "actual")],
        ),
    ],
)
def test_a_sentence_opened_by_the_budget_states_the_budgets_levels(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Phương hướng nhiệm vụ năm 2025. Tốc độ tăng trưởng kinh tế đạt 8,5%. Thu ngân "
            "sách 720 tỷ đồng.",
            [(8.5, "target"), (720, "target")],
        ),
        (
            "II. NHIỆM VỤ, GIẢI PHÁP NĂM 2025\nGiá trị sản xuất nông nghiệp tăng 3,5%; trồng "
            "mới 450 ha rừng.",
            [(3.5, "target"), (450, "target")],
        ),
        (
            "Phương hướng, nhiệm vụ và giải pháp năm 2025\nTạo việc làm mới cho 2.600 lao động.",
            [(2600, "target")],
        ),
        # The plan carried out is reported on: its heading opens results.
        (
            "I. Kết quả thực hiện nhiệm vụ năm 2024\nTốc độ tăng trưởng kinh tế đạt 7,6%; thu "
            "ngân sách 690 tỷ đồng.",
            [(7.6, "actual"), (690, "actual")],
        ),
        (
            "Tình hình triển khai kế hoạch năm 2024\nToàn huyện trồng mới 420 ha rừng.",
            [(420, "actual")],
        ),
    ],
)
def test_a_heading_of_tasks_opens_targets_and_one_of_tasks_carried_out_opens_results(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Tại phiên họp ngày 20/11/2023, UBND tỉnh thống nhất 26 chỉ tiêu kinh tế - xã hội "
            "năm 2024 để trình HĐND tỉnh. Trong đó, thu ngân sách 5.100 tỷ đồng, chi ngân "
            "sách 8.200 tỷ đồng.",
            [(26, "target"), (5100, "target"), (8200, "target")],
        ),
        (
            "Kỳ họp đã quyết nghị 22 chỉ tiêu chủ yếu năm 2024. Trong đó, thu ngân sách "
            "1.150 tỷ đồng; trồng mới 300 ha rừng.",
            [(22, "target"), (1150, "target"), (300, "target")],
        ),
        (
            "HĐND huyện giao 24 chỉ tiêu năm 2024, trong đó thu ngân sách 640 tỷ đồng.",
            [(24, "target"), (640, "target")],
        ),
        # The targets met are counted as results.
        (
            "Năm 2023, huyện hoàn thành 20 chỉ tiêu, trong đó thu ngân sách đạt 610 tỷ đồng.",
            [(20, "actual"), (610, "actual")],
        ),
    ],
)
def test_targets_a_meeting_agrees_on_or_assigns_open_their_list(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text, 2023) == kinds
