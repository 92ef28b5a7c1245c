"""Probe sentences for the thirteenth round's third kind helper (GK3): a heading that sets
a year's results beside the plan ("…, đặt cạnh kế hoạch:") opens results, each followed by
its plan in parentheses; only the plan is a target."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2022 của thị xã, đối chiếu kế hoạch: trồng mới 420 ha rừng (kế hoạch 400 ha); tỷ "
        "lệ hộ nghèo giảm còn 3,1% (kế hoạch 3,5%).",
        "Những con số của tỉnh năm 2021, đặt cạnh kế hoạch: kim ngạch xuất khẩu đạt 2,4 tỷ USD "
        "(kế hoạch 2,2 tỷ USD). Tạo việc làm cho 18.000 lao động (kế hoạch 17.500).",
        "Năm 2020, soi vào kế hoạch: sản lượng lương thực đạt 310.000 tấn (kế hoạch 300.000 "
        "tấn); có 12 xã đạt chuẩn nông thôn mới (kế hoạch 10 xã).",
        "Tình hình năm 2022 của huyện, so kế hoạch: đón 1,2 triệu lượt khách (kế hoạch 1 triệu "
        "lượt); vốn đầu tư toàn xã hội đạt 5.600 tỷ đồng (kế hoạch 5.000 tỷ đồng).",
        "Kết quả năm 2022 của ngành công thương, so sánh kế hoạch: giá trị sản xuất công nghiệp "
        "đạt 8.300 tỷ đồng (kế hoạch 8.000 tỷ đồng); xuất khẩu đạt 410 triệu USD (kế hoạch 400 "
        "triệu USD).",
    ],
)  # fmt: skip
def test_results_listed_after_a_heading_that_sets_them_beside_the_plan_stay_results(
    text: str,
) -> None:
    assert [kind for _, kind in kinds_read(text)] == ["actual", "target"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch năm 2025: tổng thu ngân sách 6.000 tỷ đồng; trồng mới 500 ha rừng.",
        "Huyện xây dựng kế hoạch năm 2025: thu hút 1,5 triệu lượt khách, trồng mới 300 ha rừng.",
    ],
)  # fmt: skip
def test_a_plan_heading_of_its_own_still_opens_targets(text: str) -> None:
    assert [kind for _, kind in kinds_read(text)] == ["target", "target"]
