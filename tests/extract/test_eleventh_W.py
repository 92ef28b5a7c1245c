"""Probe sentences for the eleventh round's kind and period helper (W), written before the
rules they test: a plan's rise in parentheses after a rate, a target year written without
"năm", and years counted "after" part of a programme's span."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, period_read


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("Năm 2023, tỷ lệ hộ nghèo giảm 1,2% (chỉ tiêu giảm 1%).", 1.0),
        ("Năm 2023, tốc độ tăng trưởng GRDP đạt 7,5% (mục tiêu tăng 8%).", 8.0),
        ("Năm 2023, tốc độ tăng trưởng kinh tế đạt 9,4% (NQ tăng 10%).", 10.0),
        ("Năm 2022, tỷ lệ hộ nghèo đa chiều giảm 1,72% (Nghị quyết giảm 1,5%).", 1.5),
        ("Năm 2024, tổng thu ngân sách tăng 12,3% (chỉ tiêu tăng 10 - 12%).", 10.0),
        ("Năm 2021, tỷ lệ hộ cận nghèo giảm 0,9% (mục tiêu giảm 1,2%).", 1.2),
    ],
)  # fmt: skip
def test_a_plan_s_rise_in_parentheses_after_a_rate_is_the_level_the_plan_set(
    text: str, plan: float
) -> None:
    rows = comparisons_read(text, 2024)
    assert (plan, "%", []) in rows
    assert "target" in [kind for value, kind in kinds_read(text) if value == plan]


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("Năm 2024, toàn tỉnh có 70% số xã đạt chuẩn; mục tiêu đến 2026 có 90% số xã đạt "
         "chuẩn.", 90.0, 2026),
        ("Năm 2024, toàn tỉnh có 70% số xã đạt chuẩn. Mục tiêu đến 2026 có 90% số xã đạt "
         "chuẩn nông thôn mới.", 90.0, 2026),
        ("Sáu tháng đầu năm 2024, thu ngân sách đạt 500 tỷ đồng. Mục tiêu đến 2025 thu ngân "
         "sách đạt 1.200 tỷ đồng.", 1200.0, 2025),
        ("Năm 2023, tỷ lệ hộ nghèo còn 3%. Chỉ tiêu đến 2025 có 95% dân số tham gia bảo hiểm "
         "y tế.", 95.0, 2025),
        ("Năm 2023, thu nhập bình quân đạt 50 triệu đồng; kế hoạch đến 2025 thu nhập bình quân "
         "đạt 65 triệu đồng.", 65.0, 2025),
    ],
)  # fmt: skip
def test_a_target_by_a_year_written_without_nam_takes_the_year_only(
    text: str, value: float, year: int
) -> None:
    assert period_read(text, value, 2024) == (year, None, None)


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("Qua 3 năm triển khai Chương trình giảm nghèo giai đoạn 2011 - 2015, tỉnh kéo tỷ lệ hộ "
         "nghèo xuống còn 31%. Đời sống người nghèo được cải thiện: 97% dân số có thẻ bảo hiểm "
         "y tế.", 97.0, 2014),
        ("Sau 2 năm thực hiện Chương trình nông thôn mới giai đoạn 2021 - 2025, huyện có 12 xã "
         "đạt chuẩn.", 12.0, 2023),
        ("Sau 3 năm thực hiện Nghị quyết giai đoạn 2016 - 2020, toàn tỉnh có 45 xã đạt chuẩn "
         "nông thôn mới.", 45.0, 2019),
        ("Qua 4 năm thực hiện Đề án giai đoạn 2018 - 2025, tỉnh đã trồng 1.200 ha rừng.",
         1200.0, 2022),
        ("Sau hai năm triển khai Kế hoạch giai đoạn 2021 - 2025, huyện có 8 sản phẩm OCOP.",
         8.0, 2023),
    ],
)  # fmt: skip
def test_years_counted_after_part_of_a_programme_s_span_end_that_many_years_on(
    text: str, value: float, year: int
) -> None:
    assert period_read(text, value, 2025)[0] == year


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("Sau 10 năm (2010 - 2019) xây dựng nông thôn mới, Thái Bình có 100% số xã đạt chuẩn.",
         100.0, 2019),
        ("Sau 5 năm thực hiện Chương trình giai đoạn 2011 - 2015, Tiền Giang có 12 xã đạt "
         "chuẩn.", 12.0, 2015),
    ],
)  # fmt: skip
def test_years_counted_after_a_whole_span_end_with_its_last_year(
    text: str, value: float, year: int
) -> None:
    assert period_read(text, value, 2025)[0] == year


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Báo cáo quý 3 và 9 tháng đầu năm 2025 cho biết: doanh thu đạt 500 tỷ đồng. So với "
         "cùng kỳ, GRDP quý 3 ước tăng 9,45%, 9 tháng ước tăng 9,83%. Thu ngân sách đạt 4.200 "
         "tỷ đồng.", 4200.0, (2025, 1, 9)),
        ("Báo cáo quý I và 3 tháng năm 2024: doanh thu đạt 500 tỷ đồng. Tháng 3, thu ngân sách "
         "đạt 300 tỷ đồng, 3 tháng đạt 900 tỷ đồng. Chi ngân sách 700 tỷ đồng.", 700.0,
         (2024, 1, 3)),
        ("Quý I/2024, GRDP tăng 5,2%. Tháng 3, thu ngân sách đạt 300 tỷ đồng, 3 tháng đạt 900 "
         "tỷ đồng. Chi ngân sách 700 tỷ đồng.", 300.0, (2024, 3, 3)),
    ],
)  # fmt: skip
def test_a_report_of_a_part_and_its_sum_to_date_goes_on_with_the_sum(
    text: str, value: float, period: tuple[int, int, int]
) -> None:
    assert period_read(text, value, 2025) == period
