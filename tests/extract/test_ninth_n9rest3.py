"""Ninth round (n9rest3): missed and spurious figures, periods and comparisons."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read
from tiendo.extract import extract_figures


def _periods(text: str) -> list[tuple[float | None, int | None, int | None, int | None]]:
    return [
        (f.value, f.period.year, f.period.from_month, f.period.to_month)
        for f in extract_figures(text)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Quý I, tổng ngày khách lưu trú ước 512,4 nghìn ngày, tăng 7,2% so với cùng kỳ.",
            [(512.4, "nghìn ngày", [("same_period", "change", 7.2)])],
        ),
        (
            # "ngày khách" (guest-nights) is one counted noun, as the readers write it.
            "Các cơ sở phục vụ 2,3 triệu ngày khách, giảm 4% so với năm trước.",
            [(2.3, "triệu ngày khách", [("previous", "change", -4.0)])],
        ),
    ],
)
def test_days_counted_after_a_scale_are_the_unit_of_the_amount(
    sentence: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(sentence, 2025) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thu nhập bình quân đầu người của huyện ước đạt 58 triệu đồng vào cuối năm 2024.",
            [(58, 2024, 1, 12)],
        ),
        ("Đến cuối năm 2022, toàn huyện có thêm 9 xã đạt chuẩn.", [(9, 2022, 1, 12)]),
        # "đến năm 2030" and "đến hết năm" still name only the year.
        ("Đến năm 2030, tỷ lệ đô thị hóa đạt 50%.", [(50, 2030, None, None)]),
    ],
)
def test_the_end_of_a_year_closes_that_whole_year(
    text: str, expected: list[tuple[float | None, int | None, int | None, int | None]]
) -> None:
    assert _periods(text) == expected


def test_the_end_of_a_span_of_years_still_names_only_its_year() -> None:
    text = "Từ năm 2017 đến cuối năm 2021, huyện kéo tỷ lệ hộ nghèo từ 8,2% xuống còn 2,9%."
    assert _periods(text)[-1] == (2.9, 2021, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáu tháng đầu năm 2024, huyện thu ngân sách 35 tỷ đồng. "
            "Vụ Đông Xuân 2024, nông dân gieo cấy được 4.200 ha.",
            [(35, 2024, 1, 6), (4200, 2024, 1, 6)],
        ),
        (
            "Báo cáo 4 tháng đầu năm 2023: vụ đông xuân 2022 - 2023 toàn tỉnh gieo trồng 7.100 ha.",
            [(7100, 2023, 1, 4)],
        ),
        # A season of another year than the report's names only its year.
        (
            "Sáu tháng đầu năm 2024, huyện thu ngân sách 35 tỷ đồng. "
            "Vụ Đông Xuân 2023, nông dân gieo cấy được 4.000 ha.",
            [(35, 2024, 1, 6), (4000, 2023, None, None)],
        ),
    ],
)
def test_a_season_of_the_reported_year_takes_the_reports_months(
    text: str, expected: list[tuple[float | None, int | None, int | None, int | None]]
) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáu tháng đầu năm 2024, huyện thu ngân sách 35 tỷ đồng. "
            "Đến ngày 30-6, toàn huyện giải ngân 41 tỷ đồng.",
            [(35, 2024, 1, 6), (41, 2024, 1, 6)],
        ),
        (
            "Chín tháng năm 2022, doanh thu đạt 120 tỷ đồng. "
            "Tính đến ngày 30/9, tỉnh cấp phép 14 dự án.",
            [(120, 2022, 1, 9), (14, 2022, 1, 9)],
        ),
        # A day inside the months, not their last, names only the year.
        (
            "Sáu tháng đầu năm 2024, huyện thu ngân sách 35 tỷ đồng. "
            "Đến ngày 15/5, toàn huyện giải ngân 20 tỷ đồng.",
            [(35, 2024, 1, 6), (20, 2024, None, None)],
        ),
    ],
)
def test_a_day_that_ends_the_reported_months_restates_them(
    text: str, expected: list[tuple[float | None, int | None, int | None, int | None]]
) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trong quý, có 9/21 ngành có chỉ số sản xuất tăng.", [(9, "ngành", [])]),
        ("Đã có 37/45 trường đạt chuẩn quốc gia.", [(37, "trường", [])]),
        # A month's number over its year, or a day over its month, stays a date.
        ("Ngày 15/8 huyện tổ chức hội nghị.", []),
    ],
)
def test_a_count_over_its_total_may_count_any_noun(
    sentence: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(sentence, 2025) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Doanh thu du lịch ước 210 tỷ đồng, tăng 4,5% so với tháng trước; doanh thu "
            "lưu trú ước 35 tỷ đồng, tăng 2,1%.",
            [
                (210, "tỷ đồng", [("previous", "change", 4.5)]),
                (35, "tỷ đồng", [("previous", "change", 2.1)]),
            ],
        ),
        # A sibling of another time states its own basis, or none.
        (
            "Tháng 5 thu ngân sách 90 tỷ đồng, tăng 3% so với tháng 4; lũy kế 5 tháng đạt "
            "400 tỷ đồng, tăng 12%.",
            [
                (90, "tỷ đồng", [("previous", "change", 3.0)]),
                (400, "tỷ đồng", [("same_period", "change", 12.0)]),
            ],
        ),
    ],
)
def test_a_rise_with_no_basis_shares_the_basis_its_sibling_level_stated(
    sentence: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(sentence, 2025) == expected
