"""Probe sentences for the eleventh round's period helper (P): the period a figure's
sentence gives it, read against the year the text was written in."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _period_read(text: str, value: float, year: int | None) -> tuple[int | None, ...]:
    for figure in extract_figures(text, year=year):
        if figure.value == value:
            period = figure.period
            return (period.year, period.from_month, period.to_month)
    raise AssertionError(f"no figure {value} in {text!r}")


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        ("Đến năm 2025, tỷ lệ hộ nghèo giảm xuống còn 2%.", 2, 2024),
        ("Đến năm 2025, tỷ lệ hộ nghèo còn dưới 1,5%.", 1.5, 2023),
        ("Đến năm 2030, toàn tỉnh chỉ còn 3.000 hộ nghèo.", 3000, 2025),
        ("Đến năm 2025, số xã đạt chuẩn nông thôn mới đã đạt 120 xã.", 120, 2022),
        ("Thì đến năm 2026 thu nhập bình quân đã đạt 95 triệu đồng.", 95, 2024),
        ("Đến năm 2027, diện tích rừng trồng tập trung còn khoảng 400 ha.", 400, 2025),
    ],
)  # fmt: skip
def test_a_year_not_yet_come_when_the_text_was_written_is_a_by_when_the_year_only(
    text: str, value: float, written: int
) -> None:
    assert _period_read(text, value, written)[1:] == (None, None)


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        ("Đến năm 2021, tỷ lệ hộ nghèo giảm xuống còn 4,4%.", 4.4, 2024),
        ("Thì đến năm 2021 đã đạt 72 triệu đồng.", 72, 2023),
        ("Đến năm 2015 chỉ còn khoảng 6,2% hộ nghèo.", 6.2, None),
    ],
)  # fmt: skip
def test_a_year_come_when_the_text_was_written_keeps_the_result_reached_that_year(
    text: str, value: float, written: int | None
) -> None:
    assert _period_read(text, value, written)[1:] == (1, 12)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Năm 2021, tổng vốn đầu tư tăng 11%, mức cao nhất từ trước đến nay; thu ngân sách "
         "đạt 5.100 tỷ đồng.", 5100, (2021, 1, 12)),
        ("Năm 2020, kim ngạch xuất khẩu đạt 2,1 tỷ USD, cao nhất từ trước tới nay; nhập khẩu "
         "đạt 900 triệu USD.", 900, (2020, 1, 12)),
        ("Năm 2022, tỉnh có 12/14 chỉ tiêu đạt và vượt kế hoạch. GRDP ước tăng 9,07%, cao "
         "nhất từ trước đến nay. Thu ngân sách đạt 7.750 tỷ đồng.", 7750, (2022, 1, 12)),
        ("Năm 2019, lượng khách du lịch đạt 1,2 triệu lượt, nhiều nhất từ trước đến nay, "
         "doanh thu du lịch đạt 2.300 tỷ đồng.", 2300, (2019, 1, 12)),
        ("6 tháng đầu năm 2023, số dự án thu hút cao nhất từ trước đến nay; vốn đăng ký đạt "
         "1.200 tỷ đồng.", 1200, (2023, 1, 6)),
    ],
)  # fmt: skip
def test_highest_from_before_until_now_is_ever_not_a_time_the_figures_after_it_keep_theirs(
    text: str, value: float, expected: tuple[int, int, int]
) -> None:
    assert _period_read(text, value, expected[0] + 1) == expected


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        ("Năm 2023, huyện đặt kế hoạch trồng 500 ha rừng. Đến nay, các xã đã trồng 320 ha. "
         "Toàn huyện đã chuẩn bị 80 ha đất.", 80, 2023),
        ("Năm 2024, tỉnh giao chỉ tiêu thu ngân sách 900 tỷ đồng. Hiện nay, tỉnh đã thu 600 "
         "tỷ đồng. Thu nội địa đạt 400 tỷ đồng.", 400, 2024),
        ("Kế hoạch năm 2022, tỉnh phấn đấu trồng mới 3.000 ha cây ăn quả. Đến nay, toàn tỉnh "
         "đã trồng 1.800 ha. Các huyện đã chuẩn bị 950 ha đất.", 950, 2022),
        ("Năm 2021, thành phố đặt mục tiêu tạo việc làm cho 20.000 lao động. Hiện thành phố "
         "đã giải quyết việc làm cho 15.000 lao động. Xuất khẩu lao động 700 người.", 700,
         2021),
        ("Năm 2025, tỉnh đặt chỉ tiêu giải ngân 100% vốn đầu tư công. Đến nay, tỉnh đã giải "
         "ngân 4.100 tỷ đồng. Vốn ngân sách địa phương giải ngân 2.600 tỷ đồng.", 2600, 2025),
    ],
)  # fmt: skip
def test_after_aims_for_the_year_of_writing_now_is_still_that_year(
    text: str, value: float, written: int
) -> None:
    assert _period_read(text, value, written)[0] == written


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Tổng thu ngân sách 6 tháng đầu năm 2023 đạt 5.000 tỷ đồng. Trong đó quý I đạt 2.200 "
         "tỷ đồng, quý II đạt 2.800 tỷ đồng. Thu nội địa đạt 4.100 tỷ đồng.", 4100, (2023, 1, 6)),
        ("9 tháng năm 2022, kim ngạch xuất khẩu đạt 3.500 triệu USD. Trong đó, quý III đạt "
         "1.300 triệu USD. Nhập khẩu đạt 2.100 triệu USD.", 2100, (2022, 1, 9)),
        ("6 tháng đầu năm 2024, tỉnh đón 1,2 triệu lượt khách. Riêng tháng 4 đón 250.000 lượt "
         "khách. Doanh thu du lịch đạt 3.000 tỷ đồng.", 3000, (2024, 1, 6)),
        ("Năm 2023, tổng vốn đầu tư đạt 12.000 tỷ đồng. Trong đó quý IV đạt 4.000 tỷ đồng. "
         "Thu ngân sách đạt 6.500 tỷ đồng.", 6500, (2023, 1, 12)),
        ("GDP 6 tháng đầu năm 2015 tăng 6,28%. Quý I tăng 6,08%, quý II tăng 6,44%. Dịch vụ "
         "chiếm 39,61%.", 39.61, (2015, 1, 6)),
        ("Năm 2022, sản lượng thủy sản đạt 95.000 tấn, quý I đạt 20.000 tấn, quý II đạt 24.000 "
         "tấn. Giá trị xuất khẩu thủy sản đạt 300 triệu USD.", 300, (2022, 1, 12)),
    ],
)  # fmt: skip
def test_the_parts_of_the_period_in_force_break_it_down_and_the_report_goes_on_with_it(
    text: str, value: float, expected: tuple[int, int, int]
) -> None:
    assert _period_read(text, value, expected[0]) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Ngày 15/7/2023, HĐND huyện họp đánh giá kết quả 6 tháng đầu năm và bàn nhiệm vụ 6 "
         "tháng cuối năm 2023. Tổng thu ngân sách ước đạt 120 tỷ đồng.", 120, (2023, 1, 6)),
        ("Hội nghị đánh giá kết quả 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm "
         "2023. Tổng thu ngân sách ước đạt 120 tỷ đồng.", 120, (2023, 1, 6)),
        ("Hội nghị sơ kết 6 tháng đầu năm 2023 và triển khai phương hướng, nhiệm vụ 6 tháng "
         "cuối năm. Tổng thu ngân sách ước đạt 120 tỷ đồng.", 120, (2023, 1, 6)),
        ("Sở Công Thương tổng kết công tác năm 2021 và triển khai nhiệm vụ năm 2022. Kim ngạch "
         "xuất khẩu đạt 1,2 tỷ USD.", 1.2, (2021, 1, 12)),
        ("UBND tỉnh họp đánh giá tình hình kinh tế - xã hội quý I và bàn giải pháp quý II năm "
         "2024. GRDP ước tăng 6,2%, thu ngân sách đạt 3.100 tỷ đồng.", 3100, (2024, 1, 3)),
    ],
)  # fmt: skip
def test_the_time_of_the_tasks_a_meeting_set_frames_none_of_the_results_it_reviewed(
    text: str, value: float, expected: tuple[int, int, int]
) -> None:
    assert _period_read(text, value, expected[0]) == expected


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        ("Từ năm 2021 đến nay, xã huy động gần 194,6 tỷ đồng đầu tư hạ tầng. Ở xã Minh Lãng, "
         "cụm công nghiệp tạo việc làm cho 7.000 lao động.", 7000, 2023),
        ("Từ năm 2016 đến nay, huyện đã kết nạp 223 đảng viên mới. Toàn huyện có 1.592 đảng "
         "viên.", 1592, 2018),
        ("Từ năm 2020 đến nay, tỉnh đã đưa 2.957 người đi làm việc ở nước ngoài. Tỷ lệ lao động "
         "qua đào tạo đạt 70%.", 70, 2025),
        ("Từ đầu năm 2019 đến nay, toàn tỉnh trồng mới 1.200 ha rừng. Tỷ lệ che phủ rừng đạt "
         "45%.", 45, 2021),
        ("Từ năm 2011 tới nay, thành phố đã xây dựng 35 trường học. Số học sinh đạt 120.000 "
         "em.", 120000, 2015),
    ],
)  # fmt: skip
def test_years_from_one_until_now_end_now_and_the_sentences_after_them_are_of_now(
    text: str, value: float, written: int
) -> None:
    assert _period_read(text, value, written)[0] == written


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Từ nền tảng xã nông thôn mới năm 2015, sau gần 6 năm, xã đã đạt 18 tiêu chí nông "
         "thôn mới nâng cao.", 18, 2021),
        ("Từ một xã nghèo năm 2010, sau 10 năm, thu nhập bình quân đầu người của xã đạt 50 "
         "triệu đồng.", 50, 2020),
        ("Từ xuất phát điểm thấp năm 2016, sau 5 năm, tỷ lệ hộ nghèo của huyện còn 3,2%.", 3.2,
         2021),
        ("Từ chỗ chỉ có 2 hợp tác xã năm 2012, sau 8 năm, toàn huyện đã có 25 hợp tác xã.", 25,
         2020),
        ("Từ khi được công nhận đạt chuẩn năm 2018, sau 3 năm, xã đã có 8 thôn kiểu mẫu.", 8,
         2021),
    ],
)  # fmt: skip
def test_years_counted_after_a_starting_year_reach_the_year_they_end_in(
    text: str, value: float, expected: int
) -> None:
    assert _period_read(text, value, 2024)[0] == expected


@pytest.mark.parametrize(
    ("text", "value", "written", "expected"),
    [
        ("Với chủ đề Năm an toàn giao thông 2022, tỉnh đặt mục tiêu kéo giảm tai nạn giao thông "
         "từ 5 - 10%.", 5, 2021, (2022, 1, 12)),
        ("Mục tiêu của thành phố trong “Năm An toàn giao thông 2012” là kéo giảm 10% số vụ tai "
         "nạn.", 10, 2011, (2012, 1, 12)),
        ("Trong Năm Du lịch quốc gia 2023, tỉnh phấn đấu đón 5 triệu lượt khách.", 5, 2022,
         (2023, 1, 12)),
        ("Hưởng ứng Năm Chuyển đổi số 2024, tỉnh phấn đấu 80% hồ sơ được xử lý trực tuyến.", 80,
         2023, (2024, 1, 12)),
        ("Trong Năm Dân vận khéo 2021, toàn huyện có 150 mô hình được công nhận.", 150, 2022,
         (2021, 1, 12)),
    ],
)  # fmt: skip
def test_a_year_named_for_its_theme_is_that_whole_year(
    text: str, value: float, written: int, expected: tuple[int, int, int]
) -> None:
    assert _period_read(text, value, written) == expected


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("Giai đoạn 2016-2018, tỉnh làm mới 232 km đường, nâng tỷ lệ cứng hóa đường từ 53% lên "
         "59%.", 59, 2018),
        ("Giai đoạn 2021 - 2023, số hộ nghèo của huyện giảm từ 3.586 hộ xuống còn 2.900 hộ.",
         2900, 2023),
        ("Giai đoạn 2016 - 2020, tỷ lệ che phủ rừng của tỉnh tăng từ 41% lên 45,2%.", 45.2, 2020),
        ("Trong giai đoạn 2011 - 2015, thu nhập bình quân đầu người tăng từ 12 triệu đồng lên 25 "
         "triệu đồng.", 25, 2015),
        ("Từ năm 2019 đến năm 2022, tỷ lệ trường đạt chuẩn quốc gia tăng từ 60% lên 78%.", 78,
         2022),
    ],
)  # fmt: skip
def test_a_level_reached_over_a_span_of_years_is_of_the_last_year(
    text: str, value: float, year: int
) -> None:
    assert _period_read(text, value, 2024)[0] == year


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Sáu tháng đầu năm 2020, GRDP ước tăng 0,1%. Tổng thu ngân sách đến ngày 15/6 ước đạt "
         "3.620 tỷ đồng; vốn đầu tư toàn xã hội đạt 9.500 tỷ đồng.", 9500, (2020, 1, 6)),
        ("Sáu tháng đầu năm 2021, lúa Xuân gieo cấy được 10.077 ha; đến nay đã thu hoạch 7.249 "
         "ha; năng suất dự kiến 61,56 tạ/ha.", 61.56, (2021, 1, 6)),
        ("Năm 2022, tổng thu ngân sách đạt 5.200 tỷ đồng; hiện dư nợ tín dụng đạt 40.000 tỷ "
         "đồng; kim ngạch xuất khẩu đạt 1,5 tỷ USD.", 1.5, (2022, 1, 12)),
        ("Quý I/2024, doanh thu du lịch đạt 1.200 tỷ đồng; tính đến ngày 25/3 toàn tỉnh có 320 "
         "cơ sở lưu trú; lượng khách quốc tế đạt 45.000 lượt.", 45000, (2024, 1, 3)),
    ],
)  # fmt: skip
def test_now_or_a_day_inside_a_sentence_dates_its_own_clause_not_the_clauses_after_it(
    text: str, value: float, expected: tuple[int, int, int]
) -> None:
    assert _period_read(text, value, expected[0]) == expected


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("Hiện tỉnh có hơn 142.000 ha cà phê; niên vụ gần nhất (năm 2023) cho sản lượng hơn "
         "360.000 tấn.", 360000, 2023),
        ("Năm ngoái (2023), kim ngạch xuất khẩu của tỉnh đạt 1,2 tỷ USD.", 1.2, 2023),
        ("Vụ trước (năm 2022), năng suất lúa bình quân đạt 58 tạ/ha.", 58, 2022),
        ("Trong kỳ gần nhất (năm 2021), tỷ lệ hộ nghèo của huyện là 4,5%.", 4.5, 2021),
        ("Mùa vụ vừa qua (năm 2023), toàn huyện thu hoạch 12.000 tấn cà phê.", 12000, 2023),
    ],
)  # fmt: skip
def test_a_year_in_parentheses_after_a_time_names_that_time(
    text: str, value: float, year: int
) -> None:
    assert _period_read(text, value, 2024)[0] == year
