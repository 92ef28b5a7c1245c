"""Round 31 (periods): the year of a "since" clause, a year written in passing after a
figure, the year of the direction a report sets, and the time of a shift's levels written
after "gần" or "khoảng" date no later figure."""

from __future__ import annotations

import pytest

from tests.extract.readings import period_read

# --- a "since" clause tells of an earlier event (since_times) ---------------------------


@pytest.mark.parametrize(
    ("text", "value", "year", "expected"),
    [
        (
            "Sáu tháng đầu năm 2019, GRDP của tỉnh giảm 2,1% so với cùng kỳ, lần đầu giảm kể từ "
            "khi nhà máy lọc dầu đi vào hoạt động năm 2011; trong đó dịch vụ tăng 4,2%. Thu ngân "
            "sách ước đạt 9.800 tỷ đồng.",
            9800,
            2019,
            (2019, 1, 6),
        ),
        (
            "Quý I/2022, sản lượng điện thương phẩm đạt 3.400 triệu kWh, mức cao nhất từ khi "
            "công ty được thành lập năm 2005. Doanh thu đạt 5.600 tỷ đồng.",
            5600,
            2022,
            (2022, 1, 3),
        ),
        (
            "Chiều 20/12/2019, xã Tân Lập được công nhận đạt chuẩn nông thôn mới nâng cao. Xã đã "
            "đạt chuẩn nông thôn mới từ năm 2016 và nay có 18/19 tiêu chí nâng cao. Thu nhập "
            "bình quân đạt 52 triệu đồng/người/năm.",
            52,
            2019,
            (2019, None, None),
        ),
    ],
)
def test_a_year_of_a_since_clause_dates_no_later_figure(
    text: str, value: float, year: int, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == expected


@pytest.mark.parametrize(
    ("text", "value", "year", "expected"),
    [
        # A sentence that opens with its starting year sets the time.
        (
            "Từ năm 2017, tỉnh tự cân đối ngân sách. Năm 2017, tỉnh thu ngân sách hơn 11 nghìn "
            "tỷ đồng.",
            11,
            2018,
            (2017, 1, 12),
        ),
        # "từ năm 2018 đến 2020" is a span of years, not a starting point.
        (
            "Năm 2016, tổng sản phẩm tăng 7,5%. Từ năm 2018 đến năm 2020, tỉnh xây dựng 12 xã "
            "kiểu mẫu.",
            12,
            2021,
            (2020, None, None),
        ),
    ],
)
def test_a_year_that_opens_its_sentence_or_a_span_still_sets_the_time(
    text: str, value: float, year: int, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == expected


# --- a past year written in a figure's stretch (passing_years) --------------------------


@pytest.mark.parametrize(
    ("text", "value", "year", "expected"),
    [
        (
            "Sáu tháng đầu năm 2021, GRDP tăng 6,1%. Tỉnh đã công nhận 3 xã đạt chuẩn nâng cao "
            "năm 2020, tổng số xã đạt chuẩn là 47 xã. Thu ngân sách ước 1.187 tỷ đồng.",
            1187,
            2021,
            (2021, 1, 6),
        ),
        (
            "Chín tháng đầu năm 2023, huyện thu ngân sách 320 tỷ đồng. Huyện có 5 công trình "
            "hoàn thành năm 2022, nay đã có 14 công trình đưa vào sử dụng. Vốn đầu tư công "
            "giải ngân 410 tỷ đồng.",
            410,
            2023,
            (2023, 1, 9),
        ),
        (
            "Quý I/2024, kim ngạch xuất khẩu đạt 2,1 tỷ USD. Tỉnh đã thu hút 12 dự án FDI được "
            "cấp phép năm 2023, tổng vốn đăng ký 350 triệu USD.",
            350,
            2024,
            (2024, 1, 3),
        ),
    ],
)
def test_a_past_year_said_after_a_figure_dates_that_figure_alone(
    text: str, value: float, year: int, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == expected


@pytest.mark.parametrize(
    ("text", "value", "year", "expected"),
    [
        # The figure the year follows keeps it.
        (
            "Sáu tháng đầu năm 2021, GRDP tăng 6,1%. Tỉnh đã công nhận 3 xã đạt chuẩn nâng cao "
            "năm 2020, tổng số xã đạt chuẩn là 47 xã.",
            3,
            2021,
            (2020, 1, 12),
        ),
        # A year written before the figures opens the time of the sentence.
        (
            "Sáu tháng đầu năm 2021, GRDP tăng 6,1%. Năm 2020, tỉnh có 3 xã đạt chuẩn nâng "
            "cao, thu ngân sách đạt 2.300 tỷ đồng.",
            2300,
            2021,
            (2020, 1, 12),
        ),
    ],
)
def test_a_year_before_the_figures_or_the_figures_own_year_stays(
    text: str, value: float, year: int, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == expected


# --- a report's year and the year of its direction (task_periods) ------------------------


@pytest.mark.parametrize(
    ("text", "value", "year", "expected"),
    [
        (
            "Sáng 11/12/2020, UBND tỉnh trình bày báo cáo kinh tế - xã hội năm 2020 và phương "
            "hướng năm 2021. Tăng trưởng GRDP của tỉnh đạt 3,57%.",
            3.57,
            2020,
            (2020, 1, 12),
        ),
        (
            "Hội nghị xem xét báo cáo tình hình thực hiện kế hoạch năm 2019 và kế hoạch năm "
            "2020. Thu ngân sách nhà nước đạt 4.500 tỷ đồng.",
            4500,
            2019,
            (2019, 1, 12),
        ),
        (
            "Kỳ họp nghe báo cáo kết quả năm 2022 và nhiệm vụ năm 2023. Tổng giá trị sản xuất "
            "đạt 12.300 tỷ đồng.",
            12300,
            2022,
            (2022, 1, 12),
        ),
    ],
)
def test_the_year_of_a_reports_direction_does_not_date_its_results(
    text: str, value: float, year: int, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == expected


@pytest.mark.parametrize(
    ("text", "value", "year", "expected"),
    [
        # Targets the direction announces keep its year.
        (
            "Kỳ họp nghe báo cáo kết quả năm 2022 và nhiệm vụ năm 2023. Năm 2023, huyện phấn "
            "đấu thu ngân sách 900 tỷ đồng.",
            900,
            2022,
            (2023, 1, 12),
        ),
        # A plan for the year alone, with no year reviewed before it, sets the time.
        (
            "Hội nghị triển khai kế hoạch năm 2023. Tổng giá trị sản xuất phấn đấu đạt 15.000 "
            "tỷ đồng.",
            15000,
            2022,
            (2023, 1, 12),
        ),
    ],
)
def test_a_directions_year_still_dates_the_targets_it_names(
    text: str, value: float, year: int, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == expected


# --- a shift's levels written after "gần" or "khoảng" (passage._TO_LEVEL_TIME) ------------


@pytest.mark.parametrize(
    ("text", "value", "year", "expected"),
    [
        (
            "Ngày 7/5/2015, xã tổ chức đại hội. Giá trị sản xuất tăng từ gần 74 tỷ đồng năm "
            "2010 lên gần 143 tỷ đồng năm 2014; thu nhập tăng nhanh. Tỷ lệ hộ văn hóa đạt 80%.",
            80,
            2015,
            (2015, None, None),
        ),
        (
            "Ngày 24/6/2020, xã tổ chức đại hội. Giá trị sản xuất tăng từ khoảng 90 tỷ đồng năm "
            "2015 lên khoảng 160 tỷ đồng năm 2019; hộ nghèo giảm nhanh. Tỷ lệ hộ nghèo còn 0,4%.",
            0.4,
            2020,
            (2020, None, None),
        ),
        (
            "Ngày 5/3/2020, xã tổ chức đại hội. Thu nhập bình quân tăng từ xấp xỉ 30 triệu đồng "
            "năm 2015 lên gần 45 triệu đồng năm 2019; đời sống cải thiện. Có 120 hộ khá giàu.",
            120,
            2020,
            (2020, None, None),
        ),
    ],
)
def test_a_shifts_last_year_after_an_about_word_dates_only_its_level(
    text: str, value: float, year: int, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == expected


@pytest.mark.parametrize(
    ("text", "value", "year", "expected"),
    [
        (
            "Ngày 24/6/2020, xã tổ chức đại hội. Giá trị sản xuất tăng từ khoảng 90 tỷ đồng năm "
            "2015 lên khoảng 160 tỷ đồng năm 2019.",
            160,
            2020,
            (2019, 1, 12),
        ),
        (
            "Ngày 24/6/2020, xã tổ chức đại hội. Giá trị sản xuất tăng từ 90 tỷ đồng năm 2015 "
            "lên 160 tỷ đồng năm 2019; hộ nghèo giảm nhanh. Tỷ lệ hộ nghèo còn 0,4%.",
            0.4,
            2020,
            (2020, None, None),
        ),
    ],
)
def test_a_shifts_levels_keep_their_own_years(
    text: str, value: float, year: int, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == expected


# --- near misses of passing_years: a shift's last year is not a year said in passing; a
# second shift with no years takes the first one's (finishing._to_level_period) ----------


@pytest.mark.parametrize(
    ("text", "value", "year", "expected"),
    [
        (
            "Ngày 7/5/2015, xã tổ chức đại hội. Giá trị sản xuất tăng từ 74 tỷ đồng năm 2010 lên "
            "143 tỷ đồng năm 2014; thu nhập tăng từ 14,5 triệu đồng lên 26,6 triệu đồng.",
            26.6,
            2015,
            (2014, 1, 12),
        ),
        (
            "Năm 2021, tỉnh đạt nhiều kết quả. Tỷ trọng nông nghiệp giảm từ 33,1% năm 2016 "
            "xuống 26,9% năm 2020, công nghiệp từ 43,7% xuống 36,2%.",
            36.2,
            2021,
            (2020, 1, 12),
        ),
        (
            "Ngày 24/6/2020, xã tổ chức đại hội. Tỷ lệ lao động qua đào tạo tăng từ 40% năm 2015 "
            "lên 55% năm 2019; tỷ lệ che phủ rừng tăng từ 38% lên 41,5%.",
            41.5,
            2020,
            (2019, 1, 12),
        ),
    ],
)
def test_a_later_shifts_last_level_takes_the_first_shifts_last_year(
    text: str, value: float, year: int, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == expected


@pytest.mark.parametrize(
    ("text", "value", "year", "expected"),
    [
        # A shift with no year in a sentence of its own keeps the passage's time.
        (
            "Năm 2021, tỉnh đạt nhiều kết quả. Tỷ trọng nông nghiệp giảm từ 33,1% năm 2016 "
            "xuống 26,9% năm 2020. Công nghiệp tăng từ 30% lên 36,2%.",
            36.2,
            2021,
            (2021, 1, 12),
        ),
        # A later level with a year of its own keeps it.
        (
            "Năm 2021, tỉnh đạt nhiều kết quả. Tỷ trọng nông nghiệp giảm từ 33,1% năm 2016 "
            "xuống 26,9% năm 2020, công nghiệp từ 43,7% xuống 36,2% năm 2021.",
            36.2,
            2021,
            (2021, 1, 12),
        ),
    ],
)
def test_a_shift_in_another_sentence_or_with_its_own_year_keeps_its_time(
    text: str, value: float, year: int, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == expected


# --- a goal set for a span of years heads levels of its last year (aimed_spans) ----------


@pytest.mark.parametrize(
    ("text", "value", "year", "expected"),
    [
        (
            "Đề án thuộc chương trình giai đoạn 2022 - 2030 của tỉnh.\nMục tiêu giai đoạn 2021 - "
            "2025: diện tích nuôi trồng thủy sản đạt 157.007 ha; sản lượng tôm đạt 290.000 tấn.",
            290000,
            2022,
            (2025, None, None),
        ),
        (
            "Tỉnh đã có 60 xã đạt chuẩn nông thôn mới. Huyện phấn đấu giai đoạn 2026 - 2030 có "
            "thêm 12 xã đạt chuẩn nâng cao.",
            12,
            2025,
            (2030, None, None),
        ),
        (
            "Năm 2021, ngành nông nghiệp tăng 3%. Mục tiêu cả giai đoạn 2021 - 2025, tỷ lệ che "
            "phủ rừng đạt 45%.",
            45,
            2022,
            (2025, None, None),
        ),
    ],
)
def test_a_goal_for_a_span_of_years_dates_its_levels_by_the_last_year(
    text: str, value: float, year: int, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == expected


@pytest.mark.parametrize(
    ("text", "value", "year", "expected"),
    [
        # A span that names no goal gives no year of its own.
        (
            "Giai đoạn 2016 - 2020, thành phố giải quyết việc làm cho 50.000 lao động.",
            50000,
            2021,
            (2021, None, None),
        ),
        # A goal met is a basis: the result is of the report's months.
        (
            "Đến tháng 6/2025, cả nước cơ bản hoàn thành mục tiêu giai đoạn 2021-2025; 2.567 xã "
            "đạt chuẩn nâng cao.",
            2567,
            2025,
            (2025, 1, 6),
        ),
    ],
)
def test_a_span_with_no_goal_or_a_goal_met_gives_no_year(
    text: str, value: float, year: int, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == expected
