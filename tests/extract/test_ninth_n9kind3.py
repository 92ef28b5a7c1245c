"""Ninth round (n9kind3): the kind of a figure, from what its sentence asserts."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read
from tiendo.extract import extract_figures


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
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # The rise of a whole whose parts "trong đó" estimates is an estimate too.
        (
            "Chín tháng năm 2024, chỉ số sản xuất công nghiệp tăng 6,2% so với cùng kỳ; trong "
            "đó ngành chế biến ước tăng 7,1%, ngành khai khoáng ước giảm 2,3%.",
            [(None, "estimate"), (None, "estimate"), (None, "estimate")],
        ),
        (
            "Phí và lệ phí tăng 4,8%, trong đó thu từ đất ước 120 tỷ đồng, tăng 9% so với cùng kỳ.",
            [(None, "estimate"), (120.0, "estimate")],
        ),
        # A level of the whole may be counted apart from its estimated parts.
        (
            "Tổng thu ngân sách 5.000 tỷ đồng, trong đó thu nội địa ước 4.100 tỷ đồng.",
            [(5000.0, "actual"), (4100.0, "estimate")],
        ),
        # A whole with a verb of its own states its own result.
        (
            "Diện tích cây ăn quả đến nay đạt 12,3 nghìn ha, tăng 5%, trong đó diện tích cho "
            "sản phẩm ước khoảng 9,1 nghìn ha.",
            [(12.3, "actual"), (9.1, "estimate")],
        ),
        # A part set apart by "riêng" is no breakdown of the whole.
        (
            "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
            "Giá trị sản xuất công nghiệp tăng 8,2%, riêng các khu công nghiệp ước tăng 9,5%.",
            [(None, "actual"), (None, "estimate")],
        ),
    ],
)
def test_a_rise_whose_parts_are_estimated_is_an_estimate(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # After a semicolon, the place acting is a statement of its own, with the items
        # its verb lists.
        (
            "Năm tháng đầu năm, doanh thu bán lẻ ước 8.120 tỷ đồng, tăng 11%; toàn huyện "
            "gieo trồng 12.400 ha lúa, đạt 98% kế hoạch, 3.050 ha ngô và trồng mới 820 ha rừng.",
            [(8120.0, "estimate"), (12400.0, "actual"), (3050.0, "actual"), (820.0, "actual")],
        ),
        (
            "Sáu tháng đầu năm, kim ngạch xuất khẩu ước 2,1 tỷ USD, tăng 9%; ngành du lịch "
            "đón 850 nghìn lượt khách, doanh thu 640 tỷ đồng.",
            [(2.1, "estimate"), (850.0, "actual"), (640.0, "actual")],
        ),
        # An elliptic item after the semicolon still shares the estimate.
        (
            "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
            "Sáu tháng đầu năm, GRDP ước tăng 7,2%; khu vực dịch vụ tăng 8,1%.",
            [(None, "estimate"), (None, "estimate")],
        ),
    ],
)
def test_the_place_acting_after_a_semicolon_states_its_own_result(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # The funds allotted for a programme are its plan; what was paid out is a result.
        (
            "Theo Sở Tài chính, tổng kinh phí bố trí cho Dự án hỗ trợ sinh kế giai đoạn "
            "2021 - 2025 là 64 tỷ đồng; đến nay đã giải ngân 30 tỷ đồng.",
            [(64.0, "target"), (30.0, "actual")],
        ),
        # The funds foreseen for it are its plan too, with the sources they are made of.
        (
            "Tổng kinh phí dự kiến 25,6 tỷ đồng, gồm ngân sách Trung ương 10,4 tỷ đồng và "
            "ngân sách tỉnh 15,2 tỷ đồng.",
            [(25.6, "target"), (10.4, "target"), (15.2, "target")],
        ),
        # Funds spent are no plan.
        (
            "Năm 2024, tổng kinh phí đã giải ngân là 18 tỷ đồng.",
            [(18.0, "actual")],
        ),
    ],
)
def test_the_funds_allotted_or_foreseen_for_a_programme_are_its_plan(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # The funds of a programme being carried out are its budget, with their sources.
        (
            "Năm 2024, huyện triển khai Chương trình phát triển vùng cao với tổng kinh phí "
            "hơn 52 tỷ đồng, trong đó 40 tỷ đồng từ ngân sách Trung ương.",
            [(52.0, "target"), (40.0, "target")],
        ),
        # The size and capital of a project proposed are the level it is planned at.
        (
            "Tỉnh đề nghị hỗ trợ dự án Nhà máy điện gió Đông Hải quy mô 1.200 MW, tổng vốn "
            "đầu tư 2,1 tỷ USD.",
            [(1200.0, "target"), (2.1, "target")],
        ),
        # The capital of projects counted is what was registered.
        (
            "Đến nay, tỉnh có 312 dự án còn hiệu lực, tổng vốn đầu tư 9,4 tỷ USD.",
            [(312.0, "actual"), (9.4, "actual")],
        ),
    ],
)
def test_the_size_and_funds_of_a_programme_named_are_its_plan(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Trong năm, tỉnh đã khởi công dự án Nhà máy nhiệt điện, tổng vốn đầu tư 2 tỷ USD.",
        "Khánh thành dự án Cầu sông Hậu 2, tổng mức đầu tư 5.000 tỷ đồng.",
        "Tỉnh cấp giấy chứng nhận đầu tư cho dự án Nhà máy giày, tổng vốn đầu tư 300 triệu USD.",
        "Dự án đường cao tốc, tổng vốn đầu tư 5.000 tỷ đồng, đã hoàn thành.",
        "Dự án Nhà máy điện khí quy mô 3.200 MW đã vận hành thương mại.",
    ],
)
def test_the_size_or_funds_of_a_project_begun_or_done_are_a_result(text: str) -> None:
    assert {figure.kind for figure in extract_figures(text, year=2024)} == {"actual"}
