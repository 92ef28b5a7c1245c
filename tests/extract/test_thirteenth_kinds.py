"""Probe sentences for the thirteenth round's second kind helper (GK2): targets a plan or a
resolution sets for part of a year ("nhiệm vụ 6 tháng cuối năm 2025 với 20 chỉ tiêu. Theo
đó, ...") are targets for those months, though targets are otherwise set for whole years."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read


@pytest.mark.parametrize(
    "text",
    [
        "UBND thành phố ban hành kế hoạch 6 tháng cuối năm 2024 với 15 chỉ tiêu. Theo đó, tổng "
        "thu ngân sách đạt 1.200 tỷ đồng; tạo việc làm cho 3.000 lao động.",
        "Tỉnh ủy thông qua nhiệm vụ quý IV/2023 với 8 chỉ tiêu. Theo đó, kim ngạch xuất khẩu "
        "đạt 450 triệu USD.",
        "Hội nghị bàn phương hướng, nhiệm vụ sáu tháng cuối năm 2022 với 10 chỉ tiêu. Theo đó, "
        "giải ngân vốn đầu tư công đạt 95%.",
        "Ban Thường vụ Huyện ủy đề ra nhiệm vụ quý III/2024 với 9 chỉ tiêu. Theo đó, thu ngân "
        "sách đạt 60 tỷ đồng.",
        "HĐND xã ban hành nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm "
        "2025 với 20 chỉ tiêu. Theo đó, thu nhập bình quân đầu người đạt 72 triệu đồng.",
    ],
)  # fmt: skip
def test_the_figures_listed_under_targets_set_for_part_of_a_year_are_targets(text: str) -> None:
    assert {kind for _, kind in kinds_read(text)} == {"target"}


def test_results_of_the_first_half_beside_a_plan_for_the_second_stay_results() -> None:
    text = (
        "HĐND huyện đánh giá kết quả 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối năm 2022 với "
        "12 chỉ tiêu. Sáu tháng đầu năm, thu ngân sách đạt 90 tỷ đồng."
    )
    assert [kind for _, kind in kinds_read(text)] == ["target", "actual"]
