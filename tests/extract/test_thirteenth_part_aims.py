"""Probe sentences for the thirteenth round's kind helper (GK): the list after a count of
targets set for part of a year ("nhiệm vụ 6 tháng cuối năm 2024 với 15 chỉ tiêu. Theo
đó, ...") holds those targets; a sentence that names a time of its own reports results."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read


@pytest.mark.parametrize(
    "text",
    [
        "HĐND huyện ban hành nghị quyết về nhiệm vụ 6 tháng cuối năm 2024 với 15 chỉ tiêu chủ "
        "yếu. Theo đó, tổng thu ngân sách đạt 320 tỷ đồng; giải quyết việc làm cho 900 lao động.",
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh thông qua 12 chỉ tiêu cho quý IV năm 2024. Theo "
        "đó, kim ngạch xuất khẩu 450 triệu USD, thu hút 5 dự án đầu tư mới.",
        "Kỳ họp thông qua nghị quyết về kế hoạch quý IV năm 2024 với 9 chỉ tiêu. Theo đó, thu "
        "nội địa 210 tỷ đồng, cấp mới 40 giấy chứng nhận.",
        "Đảng ủy xã đề ra 8 mục tiêu cho 6 tháng cuối năm 2024. Theo đó, sản lượng lương thực "
        "4.200 tấn, trồng mới 30 ha rừng.",
        "Thường trực Huyện ủy ban hành kế hoạch 6 tháng cuối năm 2024 gồm 11 chỉ tiêu chủ yếu. "
        "Theo đó, giá trị sản xuất nông nghiệp 1.250 tỷ đồng; tỷ lệ che phủ rừng 42%.",
    ],
)  # fmt: skip
def test_the_list_after_targets_counted_for_part_of_a_year_holds_those_targets(
    text: str,
) -> None:
    assert [kind for _, kind in kinds_read(text)] == ["target"] * 3


@pytest.mark.parametrize(
    "text",
    [
        "Sáu tháng đầu năm 2024, tỉnh đạt 12 chỉ tiêu. Thu ngân sách đạt 3.200 tỷ đồng.",
        "Nghị quyết đề ra 15 chỉ tiêu cho năm 2024. Sáu tháng đầu năm, thu ngân sách đạt 1.500 "
        "tỷ đồng.",
    ],
)  # fmt: skip
def test_a_result_of_part_of_a_year_stays_a_result(text: str) -> None:
    assert kinds_read(text)[-1][1] == "actual"
