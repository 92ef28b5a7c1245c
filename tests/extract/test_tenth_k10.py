"""Tenth round (k10): the kind of a figure, from what its sentence asserts."""

from __future__ import annotations

import pytest

from tests.extract.readings import Kinds, kinds_read


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Năm 2024, thu ngân sách ước 213,7 tỷ đồng, còn xa mức kế hoạch 384 tỷ đồng.",
            [(213.7, "estimate"), (384.0, "target")],
        ),
        (
            "Năm 2024, tốc độ tăng trưởng ước 7,1%, chưa tới mức kế hoạch 7,2 - 7,5%.",
            [(7.1, "estimate"), (7.2, "target")],
        ),
        (
            "Năm 2024, kim ngạch xuất khẩu ước đạt 395 triệu USD, gần mức kế hoạch 400 triệu USD.",
            [(395.0, "estimate"), (400.0, "target")],
        ),
        (
            "Năm 2024, vốn đầu tư toàn xã hội ước 3.100 tỷ đồng, chưa đến mức kế hoạch 3.350 "
            "tỷ đồng.",
            [(3100.0, "estimate"), (3350.0, "target")],
        ),
        (
            "Năm 2024, thu nhập bình quân đầu người ước 51 triệu đồng, kém mức kế hoạch 54 "
            "triệu đồng.",
            [(51.0, "estimate"), (54.0, "target")],
        ),
        (
            "Năm 2024, sản lượng lương thực ước đạt 29.500 tấn, sát mức kế hoạch 30.000 tấn.",
            [(29500.0, "estimate"), (30000.0, "target")],
        ),
        # ... but after "với" the number is the result's own amount.
        (
            "Năm 2024, công tác trồng rừng vượt xa chỉ tiêu với hơn 690 ha, bằng 138% kế hoạch.",
            [(690.0, "actual")],
        ),
    ],
)
def test_the_level_of_a_plan_a_result_fell_short_of_or_neared_is_a_target(
    text: str, kinds: Kinds
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Nhiệm kỳ qua, giá trị sản xuất tăng bình quân 33,18% mỗi năm, gấp 2,7 lần mức "
            "Nghị quyết đề ra; sản lượng lương thực năm 2019 đạt 2.925 tấn.",
            [(33.18, "actual"), (2925.0, "actual")],
        ),
        (
            "So với năm trước, kinh tế tiếp tục phát triển. "
            "Năm 2023, thu ngân sách tăng 18%, gấp đôi mức kế hoạch đặt ra; thu nhập bình quân "
            "đầu người 51 triệu đồng/năm.",
            [(None, "actual"), (51.0, "actual")],
        ),
        (
            "Năm 2023, tỷ lệ hộ nghèo giảm 4,4%, cao hơn chỉ tiêu đề ra; toàn huyện còn 320 hộ "
            "nghèo.",
            [(4.4, "actual"), (320.0, "actual")],
        ),
        (
            "Năm 2023, tăng trưởng kinh tế đạt 6,1%, thấp hơn mục tiêu đề ra; kim ngạch xuất "
            "khẩu 2.098 triệu USD.",
            [(6.1, "actual"), (2098.0, "actual")],
        ),
        (
            "Năm 2023, giải ngân vốn đầu tư công đạt 82%, vượt xa kế hoạch đã đề ra; tổng vốn "
            "đầu tư toàn xã hội 3.350 tỷ đồng.",
            [(82.0, "actual"), (3350.0, "actual")],
        ),
        (
            "Năm 2023, sản lượng lúa đạt 29.500 tấn, gần bằng mức Nghị quyết đặt ra; năng suất "
            "lúa 62 tạ/ha.",
            [(29500.0, "actual"), (62.0, "actual")],
        ),
    ],
)
def test_a_plan_set_that_a_result_is_measured_against_sets_no_target_for_what_follows(
    text: str, kinds: Kinds
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Theo phương án nhân sự, Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ mới gồm 54 người.",
            [(54.0, "target")],
        ),
        (
            "Theo đề án, mỗi xã bố trí 3 cán bộ chuyên trách về chuyển đổi số.",
            [(3.0, "target")],
        ),
        (
            "Theo lộ trình, năm 2026 tỉnh sắp xếp 45 đơn vị hành chính cấp xã.",
            [(45.0, "target")],
        ),
        (
            "Theo dự thảo, tổng biên chế công chức của tỉnh là 2.350 người.",
            [(2350.0, "target")],
        ),
        (
            "Theo phương án sắp xếp, tỉnh mới có 124 xã, phường.",
            [(124.0, "target")],
        ),
        # ... but a result said after it is still a result.
        (
            "Theo đề án, đến nay tỉnh đã hỗ trợ 300 hộ.",
            [(300.0, "actual")],
        ),
    ],
)
def test_what_a_scheme_or_draft_opening_its_sentence_lays_down_is_a_target(
    text: str, kinds: Kinds
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Trong số 64 dự án được bố trí vốn năm 2024, mới có 1 dự án hoàn thành, 45 dự án đang "
        "thi công.",
        "Năm 2024, 12 xã được phân bổ vốn nông thôn mới, trong đó 8 xã đạt chuẩn.",
        "Trong số 20 công trình được bố trí vốn, 15 công trình đang thi công.",
        "Trong 120 hộ được phân bổ nhà ở xã hội, 80 hộ thuộc diện hộ nghèo.",
        "Năm 2024, có 35 doanh nghiệp được giao đất, với tổng diện tích 120 ha.",
    ],
)
def test_things_counted_that_were_allotted_something_are_described_not_planned(
    text: str,
) -> None:
    kinds = kinds_read(text)
    assert kinds and all(kind == "actual" for _, kind in kinds)


def test_an_amount_allotted_to_the_subject_is_still_planned() -> None:
    assert kinds_read("Năm 2024, huyện được bố trí 73 tỷ đồng.") == [(73.0, "target")]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Năm 2016, tổng giá trị sản xuất tăng 11,5% so với năm 2015 (kế hoạch tăng 10 - "
            "11%); trong đó khu vực nông, lâm, thủy sản tăng 16,4% (kế hoạch 12 - 13%).",
            [(None, "actual"), (10.0, "target"), (None, "actual"), (12.0, "target")],
        ),
        (
            "Năm 2016, thu ngân sách đạt 75 tỷ đồng (kế hoạch 70 tỷ đồng); trong đó thu thuế "
            "48 tỷ đồng.",
            [(75.0, "actual"), (70.0, "target"), (48.0, "actual")],
        ),
        (
            "Năm 2023, sản lượng lương thực đạt 31.200 tấn (chỉ tiêu 30.000 tấn), trong đó "
            "lúa 28.500 tấn.",
            [(31200.0, "actual"), (30000.0, "target"), (28500.0, "actual")],
        ),
        (
            "Năm 2023, kim ngạch xuất khẩu đạt 420 triệu USD (kế hoạch 400 triệu USD); trong "
            "đó hàng dệt may 150 triệu USD.",
            [(420.0, "actual"), (400.0, "target"), (150.0, "actual")],
        ),
        (
            "Năm 2023, vốn đầu tư toàn xã hội đạt 3.500 tỷ đồng (KH 3.350 tỷ đồng), trong đó "
            "vốn ngân sách nhà nước 1.200 tỷ đồng.",
            [(3500.0, "actual"), (3350.0, "target"), (1200.0, "actual")],
        ),
    ],
)
def test_a_part_breaks_down_the_result_not_the_plan_quoted_beside_it(
    text: str, kinds: Kinds
) -> None:
    assert kinds_read(text, 2024) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Theo dự toán năm 2025, tỉnh dự kiến thu ngân sách 6.800 tỷ đồng.", [(6800.0, "target")]),
        (
            "Theo kế hoạch, năm 2025 huyện dự kiến trồng mới 1.000 ha rừng.",
            [(1000.0, "target")],
        ),
        (
            "Theo dự toán, chi ngân sách địa phương năm 2025 ước 14.000 tỷ đồng.",
            [(14000.0, "target")],
        ),
        (
            "Theo kế hoạch năm 2025, thành phố dự kiến đón 3 triệu lượt khách.",
            [(3.0, "target")],
        ),
        (
            "Theo phương án, tỉnh dự kiến sắp xếp còn 124 xã, phường.",
            [(124.0, "target")],
        ),
        # ... not an estimate a source reports.
        ("Theo Cục Thống kê, GRDP năm 2024 ước đạt 85.000 tỷ đồng.", [(85000.0, "estimate")]),
    ],
)
def test_a_forecast_inside_a_plan_or_budget_frame_is_the_plan(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Đến năm 2021, tỷ lệ hộ nghèo của cả nước còn 4,4%, giảm 0,4 điểm phần trăm so với "
            "năm 2020.",
            [(4.4, "actual")],
        ),
        (
            "Tỷ lệ hộ nghèo năm 2014 là 8,4%; đến năm 2015 chỉ còn khoảng 6,2%.",
            [(8.4, "actual"), (6.2, "actual")],
        ),
        (
            "Đến năm 2020, toàn huyện vẫn còn 1.250 hộ nghèo.",
            [(1250.0, "actual")],
        ),
        (
            "Đến năm 2022, số xã đặc biệt khó khăn của tỉnh còn 12 xã.",
            [(12.0, "actual")],
        ),
        (
            "Đến năm 2019, tỷ lệ trẻ em suy dinh dưỡng chỉ còn 12,5%.",
            [(12.5, "actual")],
        ),
        # ... a fall to a level aimed at is still a target.
        (
            "Đến năm 2030, tỷ lệ hộ nghèo giảm còn dưới 1%.",
            [(1.0, "target")],
        ),
    ],
)
def test_a_level_that_remains_by_a_year_is_where_things_stood(text: str, kinds: Kinds) -> None:
    assert kinds_read(text, 2023) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Tại kỳ họp, HĐND tỉnh đặt mục tiêu tăng trưởng GRDP năm 2025 đạt 9% và thông qua "
            "13 nghị quyết.",
            [(9.0, "target"), (13.0, "actual")],
        ),
        (
            "Kỳ họp thảo luận phương hướng năm 2025: thu ngân sách 6.000 tỷ đồng; đồng thời "
            "thông qua 07 nghị quyết.",
            [(6000.0, "target"), (7.0, "actual")],
        ),
        (
            "Hội nghị thống nhất 27 chỉ tiêu chủ yếu năm 2025, ban hành 5 nghị quyết chuyên đề.",
            [(27.0, "target"), (5.0, "actual")],
        ),
        (
            "HĐND huyện đặt ra chỉ tiêu thu ngân sách 350 tỷ đồng và xem xét 12 tờ trình.",
            [(350.0, "target"), (12.0, "actual")],
        ),
        (
            "Phấn đấu năm 2025 giải ngân 100% kế hoạch vốn; UBND tỉnh đã ban hành 4 văn bản "
            "chỉ đạo.",
            [(None, "target"), (4.0, "actual")],
        ),
    ],
)
def test_documents_a_meeting_passes_are_its_acts_among_targets(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


_AIMS = "Trong nhiệm kỳ mới, xã phấn đấu đạt tốc độ tăng trưởng bình quân trên 11%. "


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025-2030 được chỉ định gồm 27 đồng chí.", 27.0),
        ("Đại hội đã bầu Ban Chấp hành khóa mới gồm 14 đồng chí.", 14.0),
        ("Ban Chấp hành Đảng bộ huyện khóa mới được bầu gồm 45 đồng chí.", 45.0),
        ("Đại hội bầu 33 đồng chí vào Ban Chấp hành Đảng bộ xã khóa mới.", 33.0),
        ("Ban Thường vụ Đảng ủy được chỉ định gồm 9 đồng chí.", 9.0),
        ("Đoàn đại biểu dự Đại hội cấp trên được bầu gồm 12 đại biểu.", 12.0),
    ],
)
def test_a_body_elected_or_appointed_after_the_aims_of_a_term_is_a_result(
    text: str, members: float
) -> None:
    assert kinds_read(_AIMS + text, 2025) == [(11.0, "target"), (members, "actual")]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Giám đốc Sở Kế hoạch và Đầu tư cho biết GRDP 9 tháng tăng 6,92% so với cùng kỳ.",
            [(None, "actual")],
        ),
        (
            "Sở Kế hoạch và Đầu tư cho biết 6 tháng đầu năm tỉnh thu hút 20 dự án FDI.",
            [(20.0, "actual")],
        ),
        (
            "Bộ Kế hoạch và Đầu tư cho biết quý I cả nước có 40 dự án FDI mới.",
            [(40.0, "actual")],
        ),
        (
            "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
            "Phó Giám đốc Sở Kế hoạch và Đầu tư cho biết tháng 8 kim ngạch xuất khẩu tăng 12%.",
            [(None, "actual")],
        ),
        (
            "Lãnh đạo Sở Kế hoạch và Đầu tư nói 9 tháng vốn FDI đăng ký mới 1,2 tỷ USD.",
            [(1.2, "actual")],
        ),
    ],
)
def test_the_office_of_planning_named_as_a_source_sets_no_plan(text: str, kinds: Kinds) -> None:
    assert kinds_read(text, 2023) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Đến năm 2016, 100% trạm y tế xã đã có bác sĩ, trong khi năm 2010 tỷ lệ này mới "
            "đạt 60,44%.",
            [(100.0, "actual"), (60.44, "actual")],
        ),
        ("Đến năm 2020, 95% số xã của huyện đã đạt chuẩn nông thôn mới.", [(95.0, "actual")]),
        ("Đến năm 2022, 12 xã đã hoàn thành xây dựng trụ sở mới.", [(12.0, "actual")]),
        (
            "Đến năm 2021, 1.250 hộ dân vùng sạt lở đã được di dời đến nơi ở mới.",
            [(1250.0, "actual")],
        ),
        ("Đến năm 2019, 100% thôn, bản đã có điện lưới quốc gia.", [(100.0, "actual")]),
        # ... an aim with no "đã" stays one.
        ("Đến năm 2030, 100% xã đạt chuẩn nông thôn mới nâng cao.", [(100.0, "target")]),
    ],
)
def test_what_had_been_done_by_a_year_is_a_result(text: str, kinds: Kinds) -> None:
    assert kinds_read(text, 2023) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Chỉ tiêu đến năm 2030: tỷ lệ tổ chức cơ sở đảng, đảng viên hằng năm hoàn "
            "thành tốt nhiệm vụ từ 85% trở lên và mỗi năm kết nạp từ 800 - 900 đảng viên.",
            [(85.0, "target"), (800.0, "target")],
        ),
        (
            "Chỉ tiêu đến năm 2030: tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trên 90%.",
            [(90.0, "target")],
        ),
        (
            "Chỉ tiêu đến năm 2030: tỷ lệ đảng viên, công chức hoàn thành tốt nhiệm vụ "
            "hằng năm từ 90% trở lên; kết nạp 500 đảng viên.",
            [(90.0, "target"), (500.0, "target")],
        ),
        (
            "Mục tiêu đến năm 2030: tỷ lệ xã, phường hoàn thành chuyển đổi số ít nhất 80%.",
            [(80.0, "target")],
        ),
        (
            "Chỉ tiêu năm 2026: tỷ lệ hộ gia đình, cá nhân hoàn thành nghĩa vụ thuế tối thiểu 95%.",
            [(95.0, "target")],
        ),
    ],
)
def test_a_result_word_inside_a_rate_named_with_a_list_or_a_bare_bound_asserts_nothing(
    text: str, kinds: Kinds
) -> None:
    assert kinds_read(text) == kinds
