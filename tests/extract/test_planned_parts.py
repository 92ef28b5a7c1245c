"""A resolution or plan adopted for the last six months or a quarter, in a sentence of its
own, opens the targets of that part of the year."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read
from tiendo.extract.planned_parts import adopts_plan_part


@pytest.mark.parametrize(
    ("sentence", "adopts"),
    [
        ("hđnd huyện ban hành nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng "
         "cuối năm 2024.", True),
        ("ubnd tỉnh ban hành kế hoạch thực hiện nhiệm vụ quý iv/2024.", True),
        ("kỳ họp thông qua nghị quyết về nhiệm vụ, giải pháp sáu tháng cuối năm 2025.", True),
        # near misses: results of that part, the first half, no adopting verb
        ("hđnd huyện ban hành nghị quyết về kết quả thực hiện nhiệm vụ 6 tháng cuối năm.",
         False),
        ("ubnd xã ban hành kế hoạch sơ kết nhiệm vụ quý iii.", False),
        ("hđnd huyện thông qua nghị quyết về nhiệm vụ 6 tháng đầu năm 2024.", False),
        ("hội nghị bàn nhiệm vụ 6 tháng cuối năm 2024.", False),
    ],
)  # fmt: skip
def test_adopting_a_plan_for_a_part_of_the_year_is_told_from_its_results(
    sentence: str, adopts: bool
) -> None:
    assert adopts_plan_part(sentence) is adopts


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("UBND tỉnh ban hành kế hoạch thực hiện nhiệm vụ quý IV/2024. Theo đó, thu ngân sách "
         "quý IV đạt 120 tỷ đồng; giải ngân vốn đầu tư công 300 tỷ đồng.",
         [(120.0, "target"), (300.0, "target")]),
        ("Kỳ họp thông qua nghị quyết về nhiệm vụ, giải pháp 6 tháng cuối năm 2025. Theo đó, "
         "giải ngân vốn đầu tư công 6 tháng cuối năm đạt 450 tỷ đồng.", [(450.0, "target")]),
        # near misses: the results of that part; the first half, before the plan's months
        ("HĐND huyện ban hành nghị quyết về kết quả thực hiện nhiệm vụ 6 tháng cuối năm 2024. "
         "Theo đó, tổng thu ngân sách 6 tháng cuối năm đạt 85 tỷ đồng.", [(85.0, "actual")]),
        ("HĐND huyện ban hành nghị quyết về nhiệm vụ 6 tháng cuối năm 2024. Trong 6 tháng đầu "
         "năm, thu ngân sách đạt 70 tỷ đồng.", [(70.0, "actual")]),
    ],
)  # fmt: skip
def test_a_plan_adopted_for_a_part_of_the_year_opens_its_targets(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text) == kinds
