"""Probe sentences for the thirteenth round's helper GP: the period of a figure."""

from __future__ import annotations

import pytest

from tests.extract.readings import period_read
from tiendo.extract import extract_figures


def rise_period(text: str, percent: float) -> tuple[int | None, ...]:
    """The period of the figure whose comparison is `percent`, read in 2024."""
    for figure in extract_figures(text, year=2024):
        if any(c.percent == percent for c in figure.comparisons):
            return (figure.period.year, figure.period.from_month, figure.period.to_month)
    raise AssertionError(f"no rise {percent} in {text!r}")


@pytest.mark.parametrize(
    ("text", "value", "year", "period"),
    [
        ("Tỷ lệ che phủ rừng của huyện chỉ đạt 38% vào năm 2015, nay đã lên 45%.", 38, 2020,
         (2015, 1, 12)),
        ("Số doanh nghiệp đăng ký mới tăng lên 420 doanh nghiệp vào năm 2019.", 420, 2021,
         (2019, 1, 12)),
        ("Huyện đã đưa tỷ lệ trường đạt chuẩn quốc gia lên 72% vào năm 2022.", 72, 2022,
         (2022, 1, 12)),
        ("Thành phố phấn đấu tỷ lệ đô thị hóa đạt 45% vào năm 2030.", 45, 2024,
         (2030, None, None)),
        ("Tỷ lệ lao động qua đào tạo có bằng cấp đạt 40% vào năm 2030.", 40, 2025,
         (2030, None, None)),
    ],
)  # fmt: skip
def test_a_year_said_with_vao_dates_a_past_result_whole_and_an_aim_by_the_year_only(
    text: str, value: float, year: int, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, year) == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Năm 2023, do rét đậm kéo dài trong tháng 1 và tháng 2, đàn trâu bò của huyện giảm còn "
         "12.400 con.", 12400, (2023, 1, 12)),
        ("Sáu tháng đầu năm 2024, mặc dù mưa bão dồn dập vào cuối tháng 4, tổng thu ngân sách "
         "vẫn đạt 950 tỷ đồng.", 950, (2024, 1, 6)),
        ("Quý III/2023, sản lượng điện tăng 9,2% nhờ nhà máy mới vận hành từ tháng 8, doanh thu "
         "đạt 1.200 tỷ đồng.", 1200, (2023, 7, 9)),
        ("Năm 2022, vì dịch bệnh bùng phát vào tháng 3, lượng khách du lịch chỉ đạt 1,2 triệu "
         "lượt.", 1.2, (2022, 1, 12)),
        ("Mặc dù hạn hán kéo dài trong năm 2020, sản lượng lúa của tỉnh vẫn đạt 1,3 triệu tấn.",
         1.3, (2020, 1, 12)),
        ("Năm 2024, thu ngân sách giảm 2% do thu tiền sử dụng đất chỉ đạt 120 tỷ đồng trong "
         "tháng 5.", 120, (2024, 5, 5)),
    ],
)  # fmt: skip
def test_a_time_in_a_clause_of_cause_or_concession_that_states_no_number_dates_no_figure(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Tỷ lệ giải ngân vốn đầu tư công 6 tháng đầu năm 2024 đạt 35%, cao hơn 6 tháng đầu năm "
         "của các năm trước, lần lượt là 28% (2022) và 31% (2023).", 28, (2022, 1, 6)),
        ("Tốc độ tăng trưởng GRDP quý I/2024 đạt 6,5%, cao hơn quý I của các năm trước: 5,1% "
         "(2022), 5,8% (2023).", 5.1, (2022, 1, 3)),
        ("Kim ngạch xuất khẩu 9 tháng năm 2023 đạt 2,1 tỷ USD (9 tháng năm 2022 đạt 1,8 tỷ USD, "
         "năm 2021 đạt 1,5 tỷ USD).", 1.5, (2021, 1, 9)),
        ("Doanh thu du lịch quý III/2023 đạt 950 tỷ đồng, cao hơn cùng kỳ các năm trước (quý III "
         "năm 2022 đạt 820 tỷ đồng, năm 2021 đạt 410 tỷ đồng).", 410, (2021, 7, 9)),
        ("Sản lượng thủy sản 6 tháng đầu năm 2024 đạt 52.000 tấn, cao hơn cùng kỳ hai năm trước "
         "(6 tháng năm 2023 đạt 48.000 tấn, năm 2022 đạt 45.000 tấn).", 45000, (2022, 1, 6)),
        ("Tốc độ tăng trưởng quý I/2024 đạt 6,5%; năm 2023 tốc độ tăng trưởng đạt 7,2%.", 7.2,
         (2023, 1, 12)),
        ("Tỷ lệ hộ nghèo năm 2010 là 22%, sau đó giảm còn 18% (năm 2011), 14% (năm 2012).", 18,
         (2011, 1, 12)),
        ("Quý I/2024, doanh thu đạt 300 tỷ đồng; cả năm 2023 đạt 1.100 tỷ đồng.", 1100,
         (2023, 1, 12)),
    ],
)  # fmt: skip
def test_a_bare_year_in_a_series_of_one_part_of_the_years_is_that_part_of_its_year(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Lũy kế 10 tháng năm 2023, thu ngân sách đạt 9.500 tỷ đồng. So với tháng trước, thu "
         "nội địa đạt 820 tỷ đồng, tăng 5,1%.", 820, (2023, 10, 10)),
        ("Tính chung 8 tháng năm 2022, sản lượng điện đạt 4.100 triệu kWh; sản lượng điện "
         "thương phẩm đạt 520 triệu kWh, tăng 3,2% so với tháng trước.", 520, (2022, 8, 8)),
        ("Cộng dồn 9 tháng năm 2024, khách quốc tế đạt 1,2 triệu lượt. Doanh thu lưu trú đạt "
         "310 tỷ đồng, giảm 4% so với tháng trước.", 310, (2024, 9, 9)),
        ("Sáu tháng đầu năm 2021, kim ngạch xuất khẩu đạt 2.400 triệu USD. So với tháng trước, "
         "hàng dệt may đạt 95 triệu USD, tăng 12%; hàng thủy sản đạt 40 triệu USD, giảm 3%.", 40,
         (2021, 6, 6)),
        ("Cộng dồn 7 tháng năm 2020, doanh thu bán lẻ đạt 15.600 tỷ đồng. So với tháng trước, "
         "doanh thu dịch vụ ăn uống đạt 610 tỷ đồng, tăng 2,4%.", 610, (2020, 7, 7)),
        ("Lũy kế 5 tháng năm 2023, vốn đầu tư thực hiện đạt 3.100 tỷ đồng, tăng 8% so với tháng "
         "trước.", 3100, (2023, 1, 5)),
        ("Sáu tháng đầu năm 2021, kim ngạch xuất khẩu đạt 2.400 triệu USD, tăng 12% so với cùng "
         "kỳ.", 2400, (2021, 1, 6)),
    ],
)  # fmt: skip
def test_a_figure_set_against_the_month_before_is_the_last_month_of_the_months_in_force(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Năm 2024, tỉnh triển khai 15 dự án, trong đó có 4 dự án chuyển tiếp từ năm 2023.", 4,
         (2024, 1, 12)),
        ("Sáu tháng đầu năm 2024, phần kế hoạch đầu tư công năm 2023 kéo dài sang năm 2024 mới "
         "giải ngân 35 tỷ đồng.", 35, (2024, 1, 6)),
        ("Quý I/2024, dự toán chi năm 2023 được kéo dài sang năm 2024 đã chi 18 tỷ đồng.", 18,
         (2024, 1, 3)),
        ("Năm 2023, huyện thi công 9 công trình, gồm 5 công trình khởi công mới và 4 công trình "
         "chuyển tiếp từ năm 2022.", 4, (2023, 1, 12)),
        ("Năm 2024, ngành giao thông thực hiện 12 dự án chuyển tiếp từ năm 2023 với tổng vốn "
         "800 tỷ đồng.", 12, (2024, 1, 12)),
    ],
)  # fmt: skip
def test_the_year_projects_or_a_plan_were_carried_over_from_is_not_the_figures_period(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == period


@pytest.mark.parametrize(
    ("text", "percent", "year"),
    [
        ("Năm 2023, thu ngân sách vượt dự toán 12%. Các năm trước, số thu lần lượt vượt dự toán "
         "8,5% (năm 2020), 10,2% (năm 2021) và 6,4% (năm 2022).", 8.5, 2020),
        ("Năm 2024, vốn giải ngân vượt kế hoạch 3%; trước đó vượt 2,1% (năm 2022) và 4,5% (năm "
         "2023).", 2.1, 2022),
        ("Năm 2023, tổng mức bán lẻ tăng 11% so với năm 2022, sau khi tăng 7% (năm 2021) và 9% "
         "(năm 2022).", 7, 2021),
        ("So với năm trước, kinh tế tiếp tục phát triển. "
         "Chỉ số giá tiêu dùng bình quân năm 2024 tăng 3,6%, sau khi tăng 3,3% (năm 2023) và "
         "3,2% (năm 2022).", 3.3, 2023),
        ("Thu ngân sách năm 2024 vượt dự toán 15%, cao hơn mức vượt 11% (năm 2023).", 11, 2023),
    ],
)  # fmt: skip
def test_a_rise_with_no_level_followed_by_its_year_in_parentheses_is_of_that_year(
    text: str, percent: float, year: int
) -> None:
    assert rise_period(text, percent) == (year, 1, 12)
