"""Probe sentences for the eleventh round's kind and period helper (W), written before the
rules they test: a plan's rise in parentheses after a rate, a target year written without
"năm", and years counted "after" part of a programme's span."""

from __future__ import annotations

import pytest

from tests.extract.readings import period_read


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
