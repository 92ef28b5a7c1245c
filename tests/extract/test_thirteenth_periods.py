"""Probe sentences for the thirteenth round's helper GP: the period of a figure."""

from __future__ import annotations

import pytest

from tests.extract.readings import period_read


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
