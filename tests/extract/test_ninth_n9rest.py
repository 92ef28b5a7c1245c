"""Ninth round (n9rest): missed and spurious figures, periods and comparisons."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read
from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The capital projects added is a quantity of its own, with its own rise.
        (
            "Trong quý, 8 dự án điều chỉnh tăng vốn với tổng vốn tăng thêm 42,5 triệu USD, "
            "tăng 12% so với cùng kỳ.",
            [
                (8, "dự án", []),
                (42.5, "triệu usd", [("same_period", "change", 12.0)]),
            ],
        ),
        (
            "Năm nay tỉnh điều chỉnh tăng vốn cho 11 dự án với số vốn tăng 75,3 triệu USD.",
            [(11, "dự án", []), (75.3, "triệu usd", [])],
        ),
        (
            "Tổng vốn cấp mới và tăng thêm đạt 310 triệu USD.",
            [(310, "triệu usd", [])],
        ),
        # A rise of an amount that was not said to be added capital is still a difference.
        (
            "Tổng vốn đầu tư tăng 50 tỷ đồng so với năm trước.",
            [],
        ),
    ],
)
def test_capital_added_to_projects_is_a_figure_not_a_difference(
    sentence: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(sentence, 2025) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The part counts the things named after the total; the total is no figure.
        (
            "Trong quý, có 7 trong 12 nhóm hàng có giá giảm.",
            [(7, "nhóm", [])],
        ),
        (
            "Đến nay huyện có 14 trong tổng số 19 xã đạt chuẩn nông thôn mới.",
            [(14, "xã", [])],
        ),
        # The share the part makes is the level of a rate, as after "14/19 xã".
        (
            "Đến nay huyện có 14 trong tổng số 19 xã đạt chuẩn, đạt 73,7%.",
            [(14, "xã", []), (73.7, "%", [])],
        ),
        # A place ranked among others is no count.
        (
            "Huyện là 1 trong 5 địa phương có tỷ lệ hộ nghèo thấp nhất.",
            [],
        ),
        (
            "Tỉnh đứng thứ 3 trong 63 tỉnh, thành phố về chỉ số cạnh tranh.",
            [],
        ),
    ],
)
def test_a_part_out_of_a_total_in_words_counts_the_part(
    sentence: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(sentence, 2025) == expected


@pytest.mark.parametrize(
    ("sentence", "basis"),
    [
        # The same month (or quarter) a year back is the same period.
        (
            "Tháng 5/2024 doanh thu đạt 120 tỷ đồng, tăng 6% so với cùng tháng năm trước.",
            "same_period",
        ),
        ("Quý II/2024 doanh thu đạt 300 tỷ đồng, tăng 4% so với cùng quý năm 2023.", "same_period"),
        # The reporting period before this one is the previous period.
        ("Tháng 5/2024 doanh thu đạt 120 tỷ đồng, tăng 2% so với kỳ báo cáo trước.", "previous"),
    ],
)
def test_the_same_month_a_year_back_and_the_last_report_name_their_basis(
    sentence: str, basis: str
) -> None:
    assert [c.basis for f in extract_figures(sentence, year=2025) for c in f.comparisons] == [basis]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Named items with a bare number after a counted item count the same things.
        (
            "Năm nay huyện Ân Thi kết nạp 45 đảng viên mới; Kim Động 38; Phù Cừ 27.",
            [(45, "đảng viên", []), (38, "đảng viên", []), (27, "đảng viên", [])],
        ),
        (
            "Số lao động xuất cảnh đạt 900 người, trong đó thị trường Hàn Quốc 310 lao động, "
            "Nhật Bản 280 và Úc 40 lao động.",
            [
                (900, "người", []),
                (310, "lao động", []),
                (280, "lao động", []),
                (40, "lao động", []),
            ],
        ),
        # A bare number after a date word or a lower-case word is not such an item.
        (
            "Xã có 12 thôn; năm 2019 có 9.",
            [(12, "thôn", [])],
        ),
        (
            "Huyện kết nạp 45 đảng viên mới, tăng 3 so với năm trước.",
            [(45, "đảng viên", [])],
        ),
    ],
)
def test_named_items_after_a_count_count_the_same_things(
    sentence: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(sentence, 2025) == expected
