"""Tenth round (k11): the kind of a figure and the period that follows from it."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures

Dated = list[tuple[float | None, str, int | None, int | None]]


def acts_dated(text: str, year: int = 2024) -> Dated:
    """Each figure counted in documents or members: value, kind, year, last month."""
    return [
        (f.value, f.kind, f.period.year, f.period.to_month)
        for f in extract_figures(text, year=year)
        if f.unit.startswith(("nghị quyết", "báo cáo", "đồng chí", "tờ", "người"))
    ]


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Sáng 17/12/2020, HĐND huyện tổ chức Kỳ họp thứ 18. Năm 2021, huyện phấn đấu "
            "tổng thu ngân sách đạt 1.300 tỷ đồng. Tại kỳ họp, HĐND huyện thông qua 07 nghị "
            "quyết.",
            [(7.0, "actual", 2020, 12)],
        ),
        (
            "Cuối năm 2012, HĐND tỉnh họp kỳ cuối năm, đặt mục tiêu tăng trưởng năm 2013 đạt "
            "9% và thông qua 13 nghị quyết.",
            [(13.0, "actual", 2012, None)],
        ),
        (
            "Ngày 14 và 15/1/2020, Đảng bộ xã tổ chức Đại hội lần thứ XXVII. Xã đạt chuẩn "
            "nông thôn mới từ năm 2018. Đại hội đã bầu Ban Chấp hành khóa mới gồm 14 đồng chí.",
            [(14.0, "actual", 2020, 1)],
        ),
        (
            "Chiều 10/12/2025, Kỳ họp thứ 7 HĐND tỉnh bế mạc. Năm 2026, tỉnh phấn đấu GRDP "
            "tăng 10%; kỳ họp thông qua 21 nghị quyết.",
            [(21.0, "actual", 2025, 12)],
        ),
        (
            "Trong hai ngày 26 - 27/12/2022, HĐND xã tổ chức kỳ họp thứ 6 và đề ra chỉ tiêu "
            "năm 2023: thu ngân sách 5 tỷ đồng; kỳ họp cũng thông qua 9 nghị quyết.",
            [(9.0, "actual", 2022, 12)],
        ),
    ],
)
def test_what_a_meeting_passed_or_elected_is_dated_by_the_meeting(text: str, dated: Dated) -> None:
    assert acts_dated(text) == dated


def kinds_of(text: str, year: int = 2021) -> list[tuple[float | None, str]]:
    """Each figure's value and kind."""
    return [(f.value, f.kind) for f in extract_figures(text, year=year)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Theo Quyết định số 12/QĐ-UBND phê duyệt Kế hoạch phát triển kinh tế - xã hội 5 "
            "năm 2021 - 2025 của huyện, đến năm 2025 lượng khách du lịch ước đạt 200 nghìn "
            "người.",
            [(200.0, "target")],
        ),
        (
            "Theo Nghị quyết số 05/NQ-HĐND phê duyệt Đề án phát triển du lịch giai đoạn 2021 - "
            "2025, đến năm 2025 doanh thu du lịch ước đạt 500 tỷ đồng.",
            [(500.0, "target")],
        ),
        (
            "Theo Quyết định số 1234/QĐ-UBND ban hành Chương trình giảm nghèo giai đoạn 2021 - "
            "2025, đến năm 2025 số hộ nghèo dự kiến còn 2.000 hộ.",
            [(2000.0, "target")],
        ),
        (
            "Theo Quyết định số 77/QĐ-TTg phê duyệt Quy hoạch tỉnh thời kỳ 2021 - 2030, đến "
            "năm 2030 GRDP bình quân đầu người ước đạt 150 triệu đồng.",
            [(150.0, "target")],
        ),
        (
            "Theo Quyết định số 896/QĐ-UBND phê duyệt Kế hoạch phát triển kinh tế - xã hội 5 "
            "năm 2021 - 2025 của huyện, đến năm 2025 lượng khách du lịch ước đạt 200 nghìn "
            "người. Thu nội địa tăng bình quân 8%/năm.",
            [(200.0, "target"), (8.0, "target")],
        ),
        # ... a report the figures are taken from lays down nothing.
        (
            "Theo báo cáo của UBND huyện, năm 2021 lượng khách du lịch ước đạt 200 nghìn người.",
            [(200.0, "estimate")],
        ),
    ],
)
def test_what_a_decision_approving_a_plan_sets_out_is_a_target(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_of(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Năm 2020, kết quả này góp phần hoàn thành mục tiêu mỗi năm kết nạp số đảng viên "
            "mới từ 3% trở lên so với tổng số đảng viên đầu nhiệm kỳ.",
            [(3.0, "target")],
        ),
        (
            "Năm 2020, huyện hoàn thành mục tiêu hằng năm trồng mới 500 ha rừng.",
            [(500.0, "target")],
        ),
        (
            "Năm 2020, xã đã hoàn thành mục tiêu giai đoạn 2016 - 2020 giảm tỷ lệ hộ nghèo "
            "xuống dưới 3%.",
            [(3.0, "target")],
        ),
        (
            "Năm 2020, tỉnh hoàn thành mục tiêu nhiệm kỳ kết nạp 500 đảng viên mới.",
            [(500.0, "target")],
        ),
        (
            "Năm 2020, thành phố hoàn thành mục tiêu đưa 120 sản phẩm đạt chuẩn OCOP.",
            [(120.0, "target")],
        ),
        (
            "Năm 2020, ngành y tế hoàn thành mục tiêu nâng tỷ lệ người dân tham gia bảo hiểm y "
            "tế lên 95%.",
            [(95.0, "target")],
        ),
        # ... what was done after the goal's clause, and a target met by its own count, are
        # results.
        (
            "Năm 2020, huyện hoàn thành mục tiêu đề ra; trồng mới 500 ha rừng.",
            [(500.0, "actual")],
        ),
        (
            "Năm 2020, tỉnh hoàn thành chỉ tiêu xóa 100% nhà tạm cho hộ nghèo.",
            [(100.0, "actual")],
        ),
    ],
)
def test_the_level_a_goal_met_was_set_at_is_a_target(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_of(text, 2020) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Quý I/2020, cấp ủy tập trung chỉ đạo chuẩn bị đại hội, yêu cầu 100% chi bộ trực "
            "thuộc tổ chức đại hội nhiệm kỳ 2020 - 2022.",
            [(100.0, "target")],
        ),
        (
            "Năm 2020, UBND tỉnh yêu cầu 100% xã hoàn thành kiểm kê đất đai.",
            [(100.0, "target")],
        ),
        (
            "Năm 2020, Sở Y tế yêu cầu 100% cơ sở khám chữa bệnh triển khai bệnh án điện tử.",
            [(100.0, "target")],
        ),
        (
            "Năm 2020, huyện yêu cầu mỗi xã xây dựng ít nhất 2 mô hình kinh tế tập thể.",
            [(2.0, "target")],
        ),
        (
            "Năm 2020, Ban Thường vụ yêu cầu 95% đảng viên học tập nghị quyết.",
            [(95.0, "target")],
        ),
        # ... a requirement met is no demand.
        (
            "Năm 2020, 100% chi bộ đã tổ chức đại hội, đạt yêu cầu đề ra.",
            [(100.0, "actual")],
        ),
    ],
)
def test_what_an_authority_requires_is_a_target(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_of(text, 2020) == kinds


@pytest.mark.parametrize(
    ("text", "year", "kinds"),
    [
        (
            "Giai đoạn 2020 - 2025, quy mô nền kinh tế đến năm 2025 đạt 126.000 tỷ đồng, gấp "
            "1,5 lần đầu nhiệm kỳ.",
            2025,
            [(126000.0, "actual")],
        ),
        (
            "Số doanh nghiệp đang hoạt động đến năm 2024 là 3.500 doanh nghiệp.",
            2025,
            [(3500.0, "actual")],
        ),
        ("Đến năm 2023 toàn tỉnh có 120 xã đạt chuẩn nông thôn mới.", 2025, [(120.0, "actual")]),
        (
            "Quy mô GRDP đến năm 2025 đạt 126.000 tỷ đồng; GRDP bình quân đầu người đạt 94 "
            "triệu đồng.",
            2025,
            [(126000.0, "actual"), (94.0, "actual")],
        ),
        (
            "Sau 5 năm, diện tích rừng trồng đến năm 2025 đạt 12.000 ha.",
            2025,
            [(12000.0, "actual")],
        ),
        # ... a year still to come, or an aim said before it, is a target.
        ("Quy mô GRDP đến năm 2025 đạt 126.000 tỷ đồng.", 2024, [(126000.0, "target")]),
        (
            "Tỉnh phấn đấu đến năm 2025 có 120 xã đạt chuẩn nông thôn mới.",
            2025,
            [(120.0, "target")],
        ),
    ],
)
def test_a_level_reached_by_a_year_already_come_is_a_result(
    text: str, year: int, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_of(text, year) == kinds


def periods_of_targets(text: str, year: int) -> list[tuple[float | None, int | None, int | None]]:
    """Each target's value and its first and last month."""
    return [
        (f.value, f.period.from_month, f.period.to_month)
        for f in extract_figures(text, year=year)
        if f.kind == "target"
    ]


@pytest.mark.parametrize(
    ("text", "year", "targets"),
    [
        (
            "Chín tháng năm 2022, kim ngạch xuất khẩu đạt 4,36 tỷ USD, cao hơn cùng kỳ 11,73%, "
            "vượt mức tăng trưởng 8,42% mà kế hoạch đầu năm 2022 đề ra.",
            2022,
            [(8.42, 1, 12)],
        ),
        (
            "Sáu tháng đầu năm 2019, sản lượng tôm đạt 51.172 tấn, trong khi mức phấn đấu năm "
            "2019 là 155.000 tấn.",
            2019,
            [(155000.0, 1, 12)],
        ),
        (
            "Tính đến đầu tháng 11/2023, tỉnh đã giải ngân 2.874 tỷ đồng. Tỉnh phấn đấu giải "
            "ngân 100% kế hoạch vốn năm 2023.",
            2023,
            [(None, 1, 12)],
        ),
        (
            "Quý III/2024, tỉnh giải ngân 800 tỷ đồng; tỉnh phấn đấu giải ngân 95% kế hoạch "
            "vốn năm 2024.",
            2024,
            [(None, 1, 12)],
        ),
        (
            "Mười tháng năm 2024, thu ngân sách đạt 900 tỷ đồng, vượt mức 850 tỷ đồng mà kế "
            "hoạch năm 2024 đề ra.",
            2024,
            [(850.0, 1, 12)],
        ),
        (
            "Đến hết tháng 8/2024, huyện đã trồng 400 ha rừng; huyện phấn đấu hoàn thành 100% "
            "kế hoạch năm 2024.",
            2024,
            [(None, 1, 12)],
        ),
        (
            "Quý I/2024, tỉnh xuất khẩu 500 triệu USD; mức phấn đấu năm 2024 là 2,2 tỷ USD.",
            2024,
            [(2.2, 1, 12)],
        ),
        # ... an aim for some months of the year keeps them.
        ("Sáu tháng đầu năm 2024, tỉnh phấn đấu tăng trưởng 7%.", 2024, [(7.0, 1, 6)]),
    ],
)
def test_an_aim_that_names_its_year_whole_is_of_all_of_it(
    text: str, year: int, targets: list[tuple[float | None, int | None, int | None]]
) -> None:
    assert periods_of_targets(text, year) == targets


@pytest.mark.parametrize(
    ("text", "year", "kinds"),
    [
        (
            "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
            "Chín tháng năm 2019, GRDP ước tăng 16,42%, vượt kế hoạch năm, vốn đặt tốc độ tăng "
            "trưởng 15,5% cho năm 2019.",
            2019,
            [(None, "estimate"), (15.5, "target")],
        ),
        (
            "Ước tính năm 2023, thu ngân sách đạt 5.000 tỷ đồng, trong khi tỉnh đặt mức thu "
            "4.800 tỷ đồng.",
            2023,
            [(5000.0, "estimate"), (4800.0, "target")],
        ),
        (
            "Sáu tháng đầu năm 2024, huyện ước giải ngân 60 tỷ đồng, còn huyện đặt mức giải "
            "ngân cả năm 150 tỷ đồng.",
            2024,
            [(60.0, "estimate"), (150.0, "target")],
        ),
        (
            "Năm 2023, tổng mức bán lẻ ước đạt 40.000 tỷ đồng, vượt tốc độ tăng 10% mà tỉnh "
            "đặt; tỉnh đặt tốc độ tăng 12% cho năm 2024.",
            2023,
            [(40000.0, "estimate"), (10.0, "target"), (12.0, "target")],
        ),
        (
            "Ước tính năm 2024, sản lượng lúa đạt 500.000 tấn, tỉnh đặt mức sản lượng 520.000 "
            "tấn cho năm 2025.",
            2024,
            [(500000.0, "estimate"), (520000.0, "target")],
        ),
    ],
)
def test_a_rate_or_level_set_for_a_year_is_a_target(
    text: str, year: int, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_of(text, year) == kinds
