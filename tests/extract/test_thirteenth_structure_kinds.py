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


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2022, kinh tế huyện Mường Khương tăng trưởng 9,1%, đúng kế hoạch được giao; trong "
        "cơ cấu kinh tế, nông nghiệp chiếm 31,2%, công nghiệp và xây dựng 27,5%, dịch vụ 41,3%.",
        "Năm 2021, thu ngân sách trên địa bàn thị xã đạt 812 tỷ đồng, vượt kế hoạch được giao; "
        "trong đó thu nội địa 640 tỷ đồng, thu tiền sử dụng đất 172 tỷ đồng.",
        "Năm 2023, sản lượng thủy sản của huyện đạt 45.200 tấn, hoàn thành chỉ tiêu được giao; "
        "trong đó khai thác 30.100 tấn, nuôi trồng 15.100 tấn.",
        "Năm 2020, tỉnh giải ngân 3.450 tỷ đồng vốn đầu tư công, đạt kế hoạch được giao; riêng "
        "vốn ngân sách địa phương 1.980 tỷ đồng, vốn Trung ương 1.470 tỷ đồng.",
        "Năm 2022, toàn tỉnh trồng mới 5.600 ha rừng, bằng kế hoạch được giao; trong đó rừng sản "
        "xuất 4.900 ha, rừng phòng hộ 700 ha.",
    ],
)  # fmt: skip
def test_the_parts_listed_after_a_result_that_met_the_plan_handed_down_are_results(
    text: str,
) -> None:
    assert {kind for _, kind in kinds_read(text)} == {"actual"}


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, huyện được giao thu ngân sách 900 tỷ đồng; trong đó thu nội địa 700 tỷ đồng.",
        "Kế hoạch tỉnh giao năm 2025: trồng mới 4.000 ha rừng, trong đó rừng phòng hộ 600 ha.",
    ],
)  # fmt: skip
def test_a_plan_handed_down_that_no_result_met_still_sets_targets(text: str) -> None:
    assert {kind for _, kind in kinds_read(text)} == {"target"}
