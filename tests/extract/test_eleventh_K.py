"""Probe sentences for the eleventh round's kind helper (K): what a number's sentence asserts
about the figure's kind, read from the grammar around it (a paragraph's scope, a heading
dated to now, a count of targets with a predicate of its own, a breakdown of an estimated
whole, a clause opened by an estimate)."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, tổng sản phẩm trên địa bàn ước tăng 7,2%.\nNông nghiệp giữ vai trò trụ "
        "cột: diện tích lúa 42.000 ha, diện tích cây ăn quả 8.500 ha.",
        "Kim ngạch xuất khẩu 6 tháng ước đạt 1,2 tỷ USD, tăng 9%.\nDu lịch phục hồi mạnh: "
        "khách quốc tế 120.000 lượt, khách nội địa 1.500.000 lượt.",
        "Thu ngân sách năm 2023 ước đạt 5.200 tỷ đồng.\nGiáo dục tiếp tục phát triển: toàn "
        "tỉnh có 312 trường đạt chuẩn quốc gia, 45 trường mầm non.",
        "Dự kiến cả năm, tỉnh giải quyết việc làm cho 25.000 lao động.\nCông tác giảm nghèo "
        "có chuyển biến: số hộ nghèo 4.120 hộ, số hộ cận nghèo 3.050 hộ.",
        "Tổng vốn đầu tư toàn xã hội ước đạt 48.000 tỷ đồng.\nHạ tầng giao thông được đầu "
        "tư: đường tỉnh 120 km, đường huyện 340 km.",
    ],
)  # fmt: skip
def test_a_new_paragraph_does_not_share_the_estimate_of_the_one_before(text: str) -> None:
    kinds = kinds_read(text)
    assert kinds[0][1] == "estimate"
    assert [kind for _, kind in kinds[1:]] == ["actual"] * (len(kinds) - 1)


@pytest.mark.parametrize(
    "text",
    [
        "Dự kiến cả năm 2024, tỉnh tạo việc làm cho 30.500 lao động. Lao động đi làm việc ở "
        "nước ngoài từ đầu năm đến nay chia theo thị trường: Nhật Bản 93 người, Đài Loan 46 "
        "người, Hàn Quốc 12 người.",
        "Cả năm ước trồng mới 1.200 ha rừng. Diện tích rừng trồng từ đầu năm đến nay theo "
        "huyện: Văn Chấn 420 ha, Lục Yên 310 ha, Yên Bình 260 ha.",
        "Sản lượng thủy sản năm 2024 ước đạt 95.000 tấn. Số tàu cá đến nay theo chiều dài: "
        "từ 15 mét trở lên 640 chiếc, từ 12 đến 15 mét 820 chiếc.",
        "Tổng thu ngân sách cả năm dự kiến 12.000 tỷ đồng. Số doanh nghiệp thành lập mới từ "
        "đầu năm đến nay theo loại hình: công ty cổ phần 210 doanh nghiệp, công ty trách "
        "nhiệm hữu hạn 540 doanh nghiệp.",
        "Dự kiến năm 2025 toàn tỉnh có 95 xã đạt chuẩn nông thôn mới. Số xã đạt chuẩn đến "
        "nay theo huyện: Hải Hậu 30 xã, Giao Thủy 21 xã, Nghĩa Hưng 18 xã.",
    ],
)  # fmt: skip
def test_a_heading_dated_to_now_lists_results_not_the_estimate_before(text: str) -> None:
    kinds = kinds_read(text)
    assert kinds[0][1] == "estimate"
    assert [kind for _, kind in kinds[1:]] == ["actual"] * (len(kinds) - 1)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Lãnh đạo tỉnh công bố kết quả năm 2022: tình hình ổn định, với 12/14 chỉ tiêu đạt "
         "và vượt kế hoạch.", "actual"),
        ("Năm 2023 khép lại với 15 chỉ tiêu vượt kế hoạch.", "actual"),
        ("Huyện hoàn thành nhiệm vụ năm với 18/20 chỉ tiêu hoàn thành và vượt.", "actual"),
        ("Cả nhiệm kỳ khép lại với 16/18 chỉ tiêu đạt và vượt.", "actual"),
        ("Nửa đầu nhiệm kỳ, xã có 16/30 chỉ tiêu đạt và vượt, 12/30 chỉ tiêu có khả năng "
         "đạt vào cuối nhiệm kỳ.", "estimate"),
        ("Sau 3 năm, huyện có 9 chỉ tiêu có khả năng đạt vào năm 2025.", "estimate"),
        ("Năm 2023, dự kiến 15/18 chỉ tiêu đạt và vượt kế hoạch.", "estimate"),
        ("Về xã hội, ước tính 7/9 chỉ tiêu hoàn thành kế hoạch năm.", "estimate"),
    ],
)  # fmt: skip
def test_a_count_of_targets_said_met_or_likely_is_a_result_or_an_estimate(
    text: str, kind: str
) -> None:
    assert kinds_read(text, 2023)[-1][1] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kim ngạch xuất khẩu năm 2024 ước đạt 10 tỷ USD, tăng 8%. Trong đó, xuất khẩu "
        "hàng dệt may đạt 4 tỷ USD, tăng 5%; điện tử đạt 3 tỷ USD.",
        "Dự ước GRDP năm 2019 đạt 17.379 tỷ đồng, tăng 7,03%. Trong đó, khu vực nông, lâm "
        "nghiệp, thủy sản đạt 4.137 tỷ đồng; khu vực dịch vụ đạt 7.488 tỷ đồng.",
        "Tổng thu ngân sách năm 2023 ước đạt 8.200 tỷ đồng. Trong đó, thu nội địa đạt 6.900 "
        "tỷ đồng, thu xuất nhập khẩu đạt 1.300 tỷ đồng.",
        "Sản lượng thủy sản cả năm ước đạt 120.000 tấn. Trong đó, khai thác đạt 70.000 tấn, "
        "nuôi trồng đạt 50.000 tấn.",
        "Tổng lượt khách du lịch ước đạt 3,2 triệu lượt. Trong đó, khách quốc tế đạt 400.000 "
        "lượt, khách nội địa đạt 2,8 triệu lượt.",
    ],
)  # fmt: skip
def test_the_parts_of_an_estimated_whole_in_the_next_sentence_share_its_estimate(
    text: str,
) -> None:
    assert {kind for _, kind in kinds_read(text)} == {"estimate"}


@pytest.mark.parametrize(
    "text",
    [
        "Tranh thủ thời tiết thuận lợi, ước tính đến ngày 31/10/2017 toàn tỉnh đã gieo trồng "
        "được khoảng 10 nghìn ha cây vụ Đông.",
        "Nhờ thời tiết thuận lợi, ước tính đến hết tháng 7 toàn tỉnh đã gieo cấy được 30,3 "
        "nghìn ha lúa mùa.",
        "Với sự vào cuộc của các ngành, ước tính đến cuối năm toàn tỉnh đã giải ngân được "
        "4.500 tỷ đồng vốn đầu tư công.",
        "Do mưa sớm, ước tính đến nay nông dân đã xuống giống được 12.000 ha lúa hè thu.",
        "Sau khi dịch được kiểm soát, ước tính trong quý I toàn tỉnh đã đón được 1,2 triệu "
        "lượt khách.",
    ],
)  # fmt: skip
def test_a_clause_opened_by_an_estimate_and_its_time_is_estimated_done_or_not(
    text: str,
) -> None:
    assert [kind for _, kind in kinds_read(text, 2017)] == ["estimate"]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2020, tỉnh phấn đấu giảm 4% hộ nghèo. Ở hai huyện vùng cao, tỷ lệ hộ nghèo giảm "
        "từ 75,12% xuống 41,82%; năm 2020, hai huyện phấn đấu giảm trên 6,5%.",
        "Năm 2025, thành phố phấn đấu đón 5 triệu lượt khách. Riêng khu du lịch biển đón 1,2 "
        "triệu lượt khách; năm 2025, khu du lịch phấn đấu đón 1,5 triệu lượt khách.",
        "Năm 2024, huyện đặt mục tiêu trồng mới 500 ha rừng. Xã Tân Lập trồng 80 ha rừng; "
        "năm 2024, xã phấn đấu trồng thêm 100 ha.",
        "Năm 2023, tỉnh phấn đấu thu ngân sách 9.000 tỷ đồng. Thành phố Thái Bình thu 2.100 tỷ "
        "đồng; năm 2023, thành phố phấn đấu thu 2.500 tỷ đồng.",
        "Năm 2022, ngành y tế phấn đấu có 95% xã đạt chuẩn quốc gia về y tế. Huyện Kỳ Sơn có "
        "60% xã đạt chuẩn; năm 2022, huyện phấn đấu nâng tỷ lệ lên 75%.",
    ],
)  # fmt: skip
def test_a_sentence_that_states_its_own_aim_later_reports_results_before_it(text: str) -> None:
    kinds = kinds_read(text, 2022)
    assert [kind for _, kind in kinds] == ["target", "actual", "target"] or [
        kind for _, kind in kinds
    ] == ["target", "actual", "actual", "target"]


@pytest.mark.parametrize(
    "text",
    [
        "Tình hình kinh tế 6 tháng đầu năm 2025\nNăm 2025, Chính phủ giao mục tiêu tăng trưởng "
        "cả nước đạt 8% trở lên.",
        "Sáu tháng đầu năm 2025, GRDP tăng 7,1%. Trung ương giao mục tiêu tăng trưởng cho tỉnh "
        "đạt 8%.",
        "Quý I/2025, thu ngân sách đạt 2.000 tỷ đồng. Tỉnh giao mục tiêu thu ngân sách cả năm "
        "9.000 tỷ đồng.",
        "Sáu tháng đầu năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 91%. Bộ Y tế giao mục tiêu "
        "tỷ lệ bao phủ cả năm 95%.",
        "Chín tháng năm 2025, toàn tỉnh trồng 3.000 ha rừng. Bộ giao mục tiêu trồng rừng cả năm "
        "4.500 ha.",
    ],
)  # fmt: skip
def test_a_target_assigned_by_giao_muc_tieu_is_a_target(text: str) -> None:
    assert kinds_read(text, 2025)[-1][1] == "target"
