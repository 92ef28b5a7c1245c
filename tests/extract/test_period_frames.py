from __future__ import annotations

import pytest

from tiendo.extract import extract_figures
from tiendo.periods import Period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Doanh thu dịch vụ 9 tháng tăng 6,2%, thấp hơn mức tăng 8,1% của 9 tháng năm 2019. "
            "Trong đó, doanh thu lưu trú tăng 4,5%.",
            Period(2020, 1, 9),
        ),
        (
            "Chỉ số giá tiêu dùng quý III tăng 3,1%, cao hơn mức 2,7% của cùng kỳ năm 2019. "
            "Riêng nhóm giáo dục tăng 5,2%.",
            Period(2020, 7, 9),
        ),
    ],
)
def test_the_time_of_a_level_quoted_in_passing_does_not_frame_the_next_sentence(
    text: str, period: Period
) -> None:
    assert extract_figures(text, year=2020)[-1].period == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Sản lượng điện quý I tăng 4,2%, quý II tăng 6,8%; tính chung 6 tháng tăng 5,5%. "
            "Trong đó, điện thương phẩm tăng 5,1%.",
            Period(2021, 1, 6),
        ),
        (
            "Kim ngạch xuất khẩu tháng 10 đạt 120 triệu USD; lũy kế 10 tháng đạt 1.050 triệu "
            "USD. Riêng hàng thủy sản đạt 310 triệu USD.",
            Period(2021, 1, 10),
        ),
    ],
)
def test_a_sum_from_the_start_of_the_year_frames_the_sentences_after_it(
    text: str, period: Period
) -> None:
    assert extract_figures(text, year=2021)[-1].period == period


def test_a_single_quarter_named_after_the_first_figure_stays_that_figures_own() -> None:
    text = "GRDP 6 tháng tăng 6,1%, riêng quý II tăng 7,3%. Khu vực dịch vụ tăng 5,9%."
    assert extract_figures(text, year=2021)[-1].period == Period(2021, 1, 6)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Từ ngày 16/12/2022 đến 15/6/2023, tỉnh xảy ra 61 vụ tai nạn giao thông.",
            Period(2023, 1, 6),
        ),
        (
            "Tính từ 15/12/2020 đến hết ngày 14/11/2021, toàn tỉnh xử lý 950 vụ vi phạm.",
            Period(2021, 1, 11),
        ),
        ("Từ ngày 1/4/2024 đến 30/9/2024, huyện cấp 320 giấy phép xây dựng.", Period(2024, 4, 9)),
        # a span that starts mid-month names no months of its own: the year stays
        ("Từ ngày 10/3/2024 đến 20/5/2024, huyện cấp 45 giấy phép xây dựng.", Period(2024)),
    ],
)
def test_a_span_of_days_names_the_months_it_covers(text: str, period: Period) -> None:
    assert extract_figures(text, year=2024)[0].period == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Tháng 8/2023, huyện đón 12.000 lượt khách. Từ đầu năm đến nay đón 95.000 lượt khách.",
            Period(2023, 1, 8),
        ),
        # with no month in force, only the year is known
        ("Năm 2023, từ đầu năm đến nay huyện đón 95.000 lượt khách.", Period(2023)),
    ],
)
def test_from_the_start_of_the_year_until_now_runs_to_the_month_in_force(
    text: str, period: Period
) -> None:
    assert extract_figures(text, year=2023)[-1].period == period


def test_the_time_of_the_first_level_of_a_fall_is_not_the_seconds() -> None:
    text = (
        "Đến cuối năm 2019, tỷ lệ hộ nghèo đã giảm từ 31,2% cuối năm 2018 xuống còn 26,7%; "
        "thu nhập tăng từ 9,5 triệu đồng năm 2017 lên 14,4 triệu đồng."
    )
    assert [f.period.year for f in extract_figures(text, year=2019)] == [2018, 2019, 2017, 2019]


def test_the_time_of_the_plan_a_share_is_of_frames_nothing() -> None:
    text = (
        "Tháng 1/2022, thu ngân sách ước 1.660 tỷ đồng, đạt 11,1% dự toán cả năm. Chi ngân "
        "sách ước 1.711 tỷ đồng."
    )
    assert [f.period for f in extract_figures(text, year=2022)] == [Period(2022, 1, 1)] * 2


def test_the_time_of_the_first_level_of_a_fall_frames_no_later_sentence() -> None:
    text = (
        "Tỷ trọng nông nghiệp giảm từ 39,9% năm 2018 xuống còn 34,4% trong 9 tháng đầu năm "
        "2019. Thu ngân sách tăng 14,3% so với cùng kỳ."
    )
    assert extract_figures(text, year=2019)[-1].period.year == 2019
