"""Tenth round (r11): missed and spurious figures, periods, comparisons and units."""

from __future__ import annotations

import pytest

from tests.extract.readings import Row, comparisons_read
from tiendo.extract import extract_figures


def values_and_units(text: str, year: int = 2024) -> list[tuple[float | None, str]]:
    return [(f.value, f.unit) for f in extract_figures(text, year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2017, 23 xã đạt từ 10 đến 14 tiêu chí, 74 xã đạt từ 5 đến 9 tiêu chí và 04 xã "
            "còn dưới 5 tiêu chí.",
            [(23, "xã"), (74, "xã"), (4, "xã")],
        ),
        ("Năm 2015, số xã đạt dưới 5 tiêu chí chỉ còn 2 xã.", [(2, "xã")]),
        (
            "Năm 2015, Tiền Giang có 12 xã (8,63%) hoàn thành đủ 19/19 tiêu chí và được công "
            "nhận đạt chuẩn.",
            [(12, "xã"), (8.63, "%")],
        ),
        (
            "Đến ngày 31/12/2019 toàn tỉnh có 57/104 xã hoàn thành 19/19 tiêu chí, đạt tỷ lệ "
            "54,8%.",
            [(57, "xã"), (54.8, "%")],
        ),
        (
            "Năm 2020, huyện có 8 xã hoàn thành 19 tiêu chí và 3 xã còn dưới 10 tiêu chí.",
            [(8, "xã"), (3, "xã")],
        ),
    ],
)
def test_the_criteria_a_count_of_places_met_or_is_still_under_say_which_places_are_counted(
    text: str, expected: list[tuple[float | None, str]]
) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2021, cả 4 xã đều hoàn thành 19/19 tiêu chí.", [(4, "xã"), (19, "tiêu chí")]),
        ("Năm 2021, xã đã hoàn thành 20/20 tiêu chí.", [(20, "tiêu chí")]),
    ],
)
def test_criteria_met_with_no_count_of_places_right_before_them_are_a_figure(
    text: str, expected: list[tuple[float | None, str]]
) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2017, huyện công nhận 5 Đảng bộ trong sạch vững mạnh tiêu biểu, 24 chi, Đảng "
            "bộ trong sạch vững mạnh.",
            [(5, "đảng bộ"), (24, "chi, đảng bộ")],
        ),
        (
            "Đảng bộ Khối các cơ quan tỉnh hiện có 73 chi, đảng bộ trực thuộc.",
            [(73, "chi, đảng bộ")],
        ),
        (
            "Năm 2020, huyện có 12 chi, đảng bộ cơ sở hoàn thành tốt nhiệm vụ.",
            [(12, "chi, đảng bộ")],
        ),
        ("Năm 2019, có 18 chi, đảng bộ cơ sở đạt trong sạch vững mạnh.", [(18, "chi, đảng bộ")]),
        ("Năm 2020, Đảng bộ có 45 chi bộ, đảng bộ cơ sở.", [(45, "chi bộ, đảng bộ")]),
        ("Năm 2020, có 30 chi hội được thành lập.", [(30, "chi hội")]),
    ],
)
def test_chi_said_short_for_chi_bo_before_dang_bo_counts_both(
    text: str, expected: list[tuple[float | None, str]]
) -> None:
    assert values_and_units(text) == expected


def periods_read(text: str, year: int = 2024) -> list[tuple[int | None, int | None, int | None]]:
    return [
        (f.period.year, f.period.from_month, f.period.to_month)
        for f in extract_figures(text, year=year)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Từ ngày 3 đến 8/9/2013, các đảng bộ trên địa bàn huyện tổ chức trao tặng Huy hiệu "
            "Đảng. Đợt này toàn huyện có 195 đảng viên được nhận huy hiệu.",
            [(2013, 9, 9)],
        ),
        (
            "Dịp nghỉ lễ 30/4 - 1/5/2024, Tuyên Quang đón trên 154.000 lượt khách du lịch. Năm "
            "2024, tỉnh phấn đấu thu hút hơn 2,7 triệu lượt khách.",
            [(2024, 4, 5), (2024, 1, 12)],
        ),
        (
            "Trong 3 ngày nghỉ lễ Quốc khánh từ 31/8 đến 2/9/2019, toàn tỉnh xảy ra 2 vụ tai nạn "
            "giao thông.",
            [(2019, 8, 9)],
        ),
        (
            "Từ ngày 10 đến 15/7/2022, lực lượng chức năng kiểm tra 120 phương tiện.",
            [(2022, 7, 7)],
        ),
        (
            "Trong đợt cao điểm từ ngày 20 đến 28/1/2023, Công an tỉnh xử lý 350 trường hợp vi "
            "phạm.",
            [(2023, 1, 1)],
        ),
    ],
)
def test_a_span_of_a_few_days_is_the_month_it_falls_in(
    text: str, expected: list[tuple[int | None, int | None, int | None]]
) -> None:
    assert periods_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Từ ngày 5 đến 7/8/2020, Đảng bộ huyện tổ chức Đại hội đại biểu lần thứ XI với 250 "
            "đại biểu tham dự.",
            [(2020, None, None)],
        ),
        # What the meeting itself did is dated by its closing day (meeting_dates).
        (
            "Từ ngày 5 đến 7/8/2020, Đảng bộ huyện tổ chức Đại hội đại biểu lần thứ XI, bầu 38 "
            "đồng chí vào Ban Chấp hành.",
            [(2020, 8, 8)],
        ),
        ("Từ ngày 1/1/2023 đến 30/6/2023, toàn tỉnh xảy ra 52 vụ tai nạn.", [(2023, 1, 6)]),
    ],
)
def test_the_days_of_a_meeting_or_a_span_of_months_are_not_read_as_a_few_days(
    text: str, expected: list[tuple[int | None, int | None, int | None]]
) -> None:
    assert periods_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2013, toàn huyện có 195 đảng viên được nhận huy hiệu, gồm: huy hiệu 65 năm tuổi "
            "Đảng 25 đồng chí; huy hiệu 60 năm 1 đồng chí; huy hiệu 50 năm 61 đồng chí.",
            [(195, "đảng viên"), (25, "đồng chí"), (1, "đồng chí"), (61, "đồng chí")],
        ),
        (
            "Năm 2020, đợt này trao Huy hiệu 70 năm tuổi Đảng cho 3 đồng chí, 60 năm 12 đồng "
            "chí, 55 năm 8 đồng chí.",
            [(3, "đồng chí"), (12, "đồng chí"), (8, "đồng chí")],
        ),
        (
            "Năm 2021, có 20 cán bộ được tặng kỷ niệm chương, trong đó 30 năm 5 người, 20 năm "
            "15 người.",
            [(20, "cán bộ"), (5, "người"), (15, "người")],
        ),
        (
            "Năm 2022, huyện tặng huy hiệu 45 năm 7 đảng viên và 40 năm 22 đảng viên.",
            [(7, "đảng viên"), (22, "đảng viên")],
        ),
        ("Cứ 3 năm 1 lần, huyện tổ chức đại hội.", []),
    ],
)
def test_a_count_after_a_number_of_years_is_counted_the_years_name_no_year(
    text: str, expected: list[tuple[float | None, str]]
) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2015, bình quân toàn tỉnh đạt 11,23 tiêu chí/xã, nhiều hơn 2,63 tiêu chí so với "
            "cuối năm 2014 và 5,76 tiêu chí so với năm 2011.",
            [(11.23, "tiêu chí/xã")],
        ),
        (
            "Năm 2020, diện tích lúa đạt 5.200 ha, tăng 120 ha so với năm 2019 và 300 ha so với "
            "năm 2015.",
            [(5200, "ha")],
        ),
        (
            "Năm 2021, toàn tỉnh có 85 xã đạt chuẩn, nhiều hơn 5 xã so với năm trước và 12 xã so "
            "với năm 2015.",
            [(85, "xã")],
        ),
        (
            "Năm 2022, xảy ra 40 vụ tai nạn giao thông, ít hơn 3 vụ so với cùng kỳ và 7 vụ so với "
            "năm 2019.",
            [(40, "vụ")],
        ),
        (
            "Năm 2023, sản lượng đạt 12.000 tấn, giảm 500 tấn so với năm 2022 và 1.200 tấn so với "
            "năm 2020.",
            [(12000, "tấn")],
        ),
    ],
)
def test_a_difference_listed_after_another_each_with_its_basis_is_a_difference_too(
    text: str, expected: list[tuple[float | None, str]]
) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2024, lực lượng đã bắt, vận động đầu thú, thanh loại 27 đối tượng truy nã.",
            [(27, "đối tượng")],
        ),
        ("Năm 2022, Đảng ủy xếp loại 120 đảng viên hoàn thành tốt nhiệm vụ.", [(120, "đảng viên")]),
        (
            "Năm 2021, qua đánh giá, xếp loại 45 tổ chức cơ sở đảng đạt trong sạch vững mạnh.",
            [(45, "tổ chức cơ sở đảng")],
        ),
        ("Năm 2020, bộ phận một cửa đã phân loại 3.200 hồ sơ.", [(3200, "hồ sơ")]),
        ("Năm 2023, thành phố phân loại 500 tấn rác thải tại nguồn.", [(500, "tấn")]),
        ("Năm 2020, xã có 12 cơ sở sản xuất loại 1.", [(12, "cơ sở sản xuất")]),
    ],
)
def test_a_verb_ending_in_loai_sorts_what_it_counts_and_names_no_class(
    text: str, expected: list[tuple[float | None, str]]
) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thu nhập bình quân đầu người năm 2016 mới 39 triệu đồng/người/năm thì đến năm 2021 "
            "đã đạt 72 triệu đồng/người/năm.",
            [(2016, 1, 12), (2021, 1, 12)],
        ),
        (
            "Đến năm 2021, tỷ lệ hộ nghèo tiếp cận đa chiều của cả nước còn 4,4%, giảm 0,4 điểm "
            "phần trăm so với năm 2020.",
            [(2021, 1, 12)],
        ),
        (
            "Tỷ lệ hộ nghèo giảm lần lượt còn 18,22% (năm 2011), 14,51% (năm 2012); đến năm "
            "2015 chỉ còn khoảng 6,2%.",
            [(2011, 1, 12), (2012, 1, 12), (2015, 1, 12)],
        ),
        ("Đến năm 2018, toàn huyện đã có 12 xã đạt chuẩn nông thôn mới.", [(2018, 1, 12)]),
        ("Đến năm 2019, tỉnh còn 5.200 hộ nghèo.", [(2019, 1, 12)]),
    ],
)
def test_a_result_reached_by_a_year_is_that_whole_year(
    text: str, expected: list[tuple[int | None, int | None, int | None]]
) -> None:
    assert periods_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đến năm 2030, tỉnh phấn đấu tỷ lệ hộ nghèo còn dưới 1%.", [(2030, None, None)]),
        ("Đến hết năm 2019, Trà Vinh còn khoảng 9.000 hộ nghèo.", [(2019, None, None)]),
    ],
)
def test_a_year_aimed_at_or_reached_to_its_end_keeps_the_year_only(
    text: str, expected: list[tuple[int | None, int | None, int | None]]
) -> None:
    assert periods_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sau 10 năm (2010 - 2019) xây dựng nông thôn mới, Thái Bình có 100% số xã đạt chuẩn, "
            "cả 7 huyện đạt chuẩn nông thôn mới.",
            [(2019, None, None), (2019, None, None)],
        ),
        (
            "Sau 5 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn "
            "2011 - 2015, Tiền Giang có 12 xã (8,63%) hoàn thành đủ 19/19 tiêu chí. Bên cạnh đó, "
            "6 xã đạt từ 15 đến 18 tiêu chí.",
            [(2015, None, None), (2015, None, None), (2015, None, None)],
        ),
        (
            "Sau hơn 5 năm (2016 - 2020) thực hiện đề án, toàn huyện có 45 mô hình sản xuất hiệu "
            "quả.",
            [(2020, None, None)],
        ),
        (
            "Qua 3 năm thực hiện Nghị quyết giai đoạn 2021 - 2023, tỉnh đã thu hút 120 dự án đầu "
            "tư.",
            [(2023, None, None)],
        ),
        (
            "Sau 4 năm (2018 - 2021) triển khai chương trình OCOP, tỉnh có 230 sản phẩm được công "
            "nhận.",
            [(2021, None, None)],
        ),
    ],
)
def test_results_after_years_of_a_named_span_are_of_its_last_year(
    text: str, expected: list[tuple[int | None, int | None, int | None]]
) -> None:
    assert periods_read(text, 2024) == expected


def test_years_counted_with_no_span_named_set_no_year() -> None:
    text = "Sau 5 năm thực hiện Nghị quyết, xã có 12 mô hình sản xuất hiệu quả."
    assert periods_read(text, 2024) == [(2024, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tính chung 10 tháng đầu năm 2017, IIP ước tăng 15,5% so với cùng kỳ năm 2016. So "
            "với tháng cùng kỳ năm trước, săm xe các loại tăng 47,54%, xi măng tăng 39,1%.",
            [(2017, 1, 10), (2017, 10, 10), (2017, 10, 10)],
        ),
        (
            "Lũy kế 6 tháng đầu năm 2022, doanh thu đạt 1.200 tỷ đồng; so với cùng tháng năm "
            "trước, sản lượng điện tăng 12%.",
            [(2022, 1, 6), (2022, 6, 6)],
        ),
        (
            "Tính chung 9 tháng năm 2020, sản lượng thép tăng 6%; so với tháng cùng kỳ, sản lượng "
            "xi măng giảm 3,2%.",
            [(2020, 1, 9), (2020, 9, 9)],
        ),
        (
            "Trong 11 tháng năm 2021, lượng khách giảm 40%; riêng so với cùng tháng năm 2020, "
            "doanh thu lưu trú tăng 5,5%.",
            [(2021, 1, 11), (2021, 11, 11)],
        ),
        (
            "Chín tháng năm 2019, cả nước có hơn 5.600 người chết vì tai nạn giao thông. Riêng "
            "tháng 9, cả nước xảy ra 1.344 vụ, giảm 7,9% so với tháng cùng kỳ.",
            [(2019, 1, 9), (2019, 9, 9)],
        ),
    ],
)
def test_a_figure_compared_with_the_same_month_of_last_year_is_that_months(
    text: str, expected: list[tuple[int | None, int | None, int | None]]
) -> None:
    assert periods_read(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tính đến cuối tháng 8/2023, nguồn ngân sách địa phương đã giải ngân 724,3 tỷ đồng, "
            "đạt 44,63% kế hoạch; vốn kế hoạch năm 2022 kéo dài sang năm 2023 giải ngân 441,7 "
            "tỷ đồng, đạt 28,48%.",
            [(2023, 1, 8), (2023, 1, 8)],
        ),
        (
            "Đến giữa tháng 11/2023, ngân sách địa phương giải ngân gần 65%, vốn năm 2022 kéo dài "
            "đạt 44% kế hoạch.",
            [(2023, 11, 11), (2023, 11, 11)],
        ),
        (
            "Đến hết tháng 9/2024, tỉnh giải ngân 3.200 tỷ đồng; vốn năm 2023 kéo dài sang năm "
            "2024 giải ngân được 210 tỷ đồng.",
            [(2024, 1, 9), (2024, 1, 9)],
        ),
        (
            "Sáu tháng đầu năm 2021, vốn ngân sách tỉnh giải ngân 1.050 tỷ đồng, vốn kế hoạch năm "
            "2020 được kéo dài giải ngân 96 tỷ đồng.",
            [(2021, 1, 6), (2021, 1, 6)],
        ),
        (
            "Đến ngày 30/6/2022, tỉnh giải ngân 45% kế hoạch; riêng vốn đầu tư công năm 2021 kéo "
            "dài giải ngân 130 tỷ đồng.",
            [(2022, None, None), (2022, None, None)],
        ),
    ],
)
def test_the_years_of_capital_carried_over_name_the_money_not_its_time(
    text: str, expected: list[tuple[int | None, int | None, int | None]]
) -> None:
    assert periods_read(text, 2024) == expected


def bounds_read(text: str, year: int = 2024) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.bound) for f in extract_figures(text, year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Giai đoạn 2021-2025, tỉnh phấn đấu tốc độ tăng trưởng GRDP bình quân từ 10,5% mỗi "
            "năm trở lên.",
            [(10.5, "at_least")],
        ),
        (
            "Giai đoạn 2021-2025, thu ngân sách nhà nước tăng từ 10% mỗi năm trở lên.",
            [(10, "at_least")],
        ),
        (
            "Giai đoạn 2026-2030, kim ngạch xuất khẩu tăng bình quân từ 12% hằng năm trở lên.",
            [(12, "at_least")],
        ),
        ("Giai đoạn 2021-2025, tỷ lệ hộ nghèo giảm từ 1,5% mỗi năm trở lên.", [(1.5, "at_least")]),
        ("Giai đoạn 2021-2025, tăng trưởng GRDP bình quân từ 9%/năm trở lên.", [(9, "at_least")]),
        ("Giai đoạn 2021-2025, thu nhập tăng 7% mỗi năm.", [(7, None)]),
    ],
)
def test_a_yearly_rate_keeps_the_bound_written_after_its_time(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert bounds_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2020, toàn tỉnh có 14.601 hộ nghèo, trong đó hộ nghèo dân tộc thiểu số 13.688 hộ.",
            [(14601, "hộ nghèo"), (13688, "hộ")],
        ),
        (
            "Năm 2021, huyện có 3.200 lao động được đào tạo nghề, trong đó lao động dân tộc thiểu "
            "số 520 người.",
            [(3200, "lao động"), (520, "người")],
        ),
        (
            "Năm 2022, trường có 1.200 học sinh, trong đó học sinh dân tộc thiểu số 340 em.",
            [(1200, "học sinh"), (340, "em")],
        ),
        (
            "Năm 2023, xã còn 410 hộ cận nghèo, riêng hộ cận nghèo dân tộc thiểu số 210 hộ.",
            [(410, "hộ cận nghèo"), (210, "hộ")],
        ),
        (
            "Năm 2019, tỉnh có 95.000 đảng viên, trong đó đảng viên người dân tộc thiểu số "
            "12.300 đồng chí.",
            [(95000, "đảng viên"), (12300, "đồng chí")],
        ),
        ("Năm 2020, xe mang biển số 29 bị tạm giữ.", []),
    ],
)
def test_a_count_after_thieu_so_counts_the_minority_and_names_no_number(
    text: str, expected: list[tuple[float | None, str]]
) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đến hết năm 2019 tỉnh Điện Biên vẫn còn 43.048 hộ nghèo, bằng 33,05% tổng số hộ dân "
            "cư, tập trung phần lớn ở nông thôn.",
            [(43048, "hộ nghèo"), (33.05, "%")],
        ),
        (
            "Năm 2022, tỉnh có 42 xã đạt chuẩn nông thôn mới nâng cao, bằng 23% tổng số xã.",
            [(42, "xã"), (23, "%")],
        ),
        (
            "Năm 2020, tỉnh còn 14.601 hộ nghèo, bằng 10,29% tổng số hộ.",
            [(14601, "hộ nghèo"), (10.29, "%")],
        ),
        (
            "Năm 2021, toàn tỉnh có 120 trạm y tế có bác sĩ, bằng 95% số trạm.",
            [(120, "trạm y tế"), (95, "%")],
        ),
        (
            "Năm 2020, trong đó hộ nghèo dân tộc thiểu số 13.688 hộ, bằng 18,75% số hộ dân tộc "
            "thiểu số.",
            [(13688, "hộ"), (18.75, "%")],
        ),
    ],
)
def test_a_share_a_count_equals_of_its_whole_number_is_its_rate(
    text: str, expected: list[tuple[float | None, str]]
) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2023, xuất khẩu đạt 308 tỷ USD, bằng 63,5% tổng kim ngạch.",
            [(308, "tỷ usd", [("other", "ratio", 63.5)])],
        ),
        (
            "Năm 2021, có 350 doanh nghiệp thành lập mới, bằng 110% số doanh nghiệp của năm 2020.",
            [(350, "doanh nghiệp", [("other", "ratio", 110.0)])],
        ),
    ],
)
def test_money_against_a_total_or_a_count_against_another_time_stays_a_ratio(
    text: str, expected: list[Row]
) -> None:
    assert comparisons_read(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2022, tỷ lệ hộ cận nghèo giảm từ 9,65% xuống 9,61% so với năm 2021.",
            [(9.65, "%", []), (9.61, "%", [])],
        ),
        (
            "Năm 2018, tỷ lệ bao phủ bảo hiểm y tế tăng từ 85,2% lên 88,1% so với năm 2017.",
            [(85.2, "%", []), (88.1, "%", [])],
        ),
        (
            "Năm 2021, tỷ lệ trẻ suy dinh dưỡng giảm từ 15,3% xuống 14,1% so với năm 2020.",
            [(15.3, "%", []), (14.1, "%", [])],
        ),
        (
            "Năm 2021, tỷ lệ đô thị hóa tăng từ 70% lên 75% so với năm 2020.",
            [(70, "%", []), (75, "%", [])],
        ),
        (
            "Quý I/2023, tỷ lệ thất nghiệp giảm từ 4,5% xuống còn 3,2% so với cùng kỳ.",
            [(4.5, "%", []), (3.2, "%", [])],
        ),
    ],
)
def test_the_level_a_rate_moves_to_before_a_basis_is_a_level_not_a_share(
    text: str, expected: list[Row]
) -> None:
    assert comparisons_read(text, 2024) == expected
