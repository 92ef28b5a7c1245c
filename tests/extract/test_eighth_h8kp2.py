"""Eighth round (h8kp2): the kind and the period of a figure."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _periods(sentence: str) -> list[tuple[float | None, str, tuple[int | None, ...]]]:
    return [
        (
            f.value,
            f.kind,
            (f.period.year, f.period.from_month, f.period.to_month),
        )
        for f in extract_figures(sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Last year's level in parentheses, put roughly: the same quarter a year before.
        (
            "Doanh thu dịch vụ quý I năm 2024 đạt 5.300 tỷ đồng, tăng 8% so với cùng kỳ "
            "(cùng kỳ khoảng 4.900 tỷ đồng).",
            [(5300, "actual", (2024, 1, 3)), (4900, "actual", (2023, 1, 3))],
        ),
        # Its own year named, a subject of its own after it, after a semicolon.
        (
            "Từ đầu năm 2024 đến nay, tỉnh ghi nhận 2.400 ca mắc cúm; cùng kỳ năm 2023 "
            "tỉnh chỉ có 310 ca mắc.",
            [(2400, "actual", (2024, None, None)), (310, "actual", (2023, None, None))],
        ),
        # A rise quoted for the same months of a year it names.
        (
            "Tính chung 10 tháng năm 2021, chỉ số sản xuất giảm 6,1% so với cùng kỳ "
            "(cùng kỳ năm 2020 giảm 2,4%).",
            [(None, "actual", (2021, 1, 10)), (None, "actual", (2020, 1, 10))],
        ),
        # Said beside an estimate, last year's rise is a result, and the estimate still
        # holds for the share after it.
        (
            "Sáu tháng đầu năm 2023, nông nghiệp ước tăng 3,2% (cùng kỳ tăng 1,1%), "
            "chiếm tỷ trọng 14,5%.",
            [
                (None, "estimate", (2023, 1, 6)),
                (None, "actual", (2022, 1, 6)),
                (14.5, "estimate", (2023, 1, 6)),
            ],
        ),
    ],
)
def test_a_figure_opened_by_cung_ky_is_the_same_months_of_an_earlier_year(
    sentence: str, expected: list[tuple[float | None, str, tuple[int | None, ...]]]
) -> None:
    assert _periods(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        (
            "Sáu tháng đầu năm 2023, ngành dịch vụ tăng 7,4%, "
            "cao hơn mức 6,9% của cùng kỳ năm 2022.",
            (2022, 1, 6),
        ),
        (
            "Chín tháng năm 2019, xuất khẩu tăng 12%, thấp hơn mức 14,2% của cùng kỳ 2018.",
            (2018, 1, 9),
        ),
    ],
)
def test_a_level_quoted_of_the_same_period_of_a_year_has_the_figures_months(
    sentence: str, period: tuple[int, int, int]
) -> None:
    assert _periods(sentence)[-1][2] == period


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The rate the aim set, named after the result that passed it.
        (
            "Năm 2022, tốc độ tăng trưởng kinh tế đạt 9,4%, vượt mục tiêu 8,5% của nghị quyết.",
            [(9.4, "actual"), (8.5, "target")],
        ),
        # A range the plan set, the result below it.
        (
            "Năm 2024, tốc độ tăng GRDP chỉ đạt 4,8%, thấp hơn kế hoạch 6,5 - 7%.",
            [(4.8, "actual"), (6.5, "target")],
        ),
        # A scenario the result passed, its level after a copula.
        (
            "Tăng trưởng quý II năm 2025 đạt 9,1%, vượt kịch bản đề ra là 8%.",
            [(9.1, "actual"), (8, "target")],
        ),
        # By how much the plan was passed is no level of it.
        (
            "Năm 2023, tổng thu ngân sách đạt 610 tỷ đồng, vượt kế hoạch 4%.",
            [(610, "actual")],
        ),
        # A count after passing the plan tallies the targets met.
        (
            "Năm 2023, huyện đạt và vượt kế hoạch 17/21 chỉ tiêu chủ yếu.",
            [(17, "actual")],
        ),
    ],
)
def test_a_level_named_after_a_plan_that_a_result_passed_is_the_plans(
    sentence: str, expected: list[tuple[float | None, str]]
) -> None:
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "chỉ tiêu ... là N" names the plan's level, in a report of six months too, and
        # a plan is of the whole year.
        (
            "Sáu tháng đầu năm 2020, sản lượng cá đạt 40.000 tấn. So với chỉ tiêu cả năm "
            "là 95.000 tấn thì sản lượng mới đạt 42%.",
            (95000, "target", (2020, 1, 12)),
        ),
        # "chỉ tiêu ... đạt N" reports a result under the plan's name.
        (
            "Sáu tháng đầu năm 2020, chỉ tiêu về thu ngân sách đạt 480 tỷ đồng.",
            (480, "actual", (2020, 1, 6)),
        ),
    ],
)
def test_a_target_noun_and_a_copula_give_the_targets_own_level(
    sentence: str, expected: tuple[float, str, tuple[int, int, int]]
) -> None:
    figures = [f for f in _periods(sentence) if f[0] == expected[0]]
    assert figures == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Counted up to a day: the result is of the year so far, the plan of all of it.
        (
            "Tính đến ngày 30/4/2024, toàn tỉnh giải ngân được 512,4/3.900 tỷ đồng vốn "
            "đầu tư công.",
            (3900, (2024, 1, 12)),
        ),
        (
            "Theo Chi cục Thủy sản, tính đến nay diện tích nuôi cá lồng năm 2024 đạt 820 ha, "
            "bằng 91% kế hoạch (900 ha).",
            (900, (2024, 1, 12)),
        ),
        # A plan to reach by a year is of no months.
        (
            "Theo kế hoạch đến năm 2025, tỉnh có 120 xã đạt chuẩn nông thôn mới.",
            (120, (2025, None, None)),
        ),
    ],
)
def test_a_plans_level_in_a_report_up_to_a_day_is_of_the_whole_year(
    sentence: str, expected: tuple[float, tuple[int | None, ...]]
) -> None:
    figures = [f[2] for f in _periods(sentence) if f[0] == expected[0]]
    assert figures == [expected[1]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The levels a shift reaches, listed after an estimate, are where things came to.
        (
            "Giai đoạn 2016 - 2020, tăng trưởng kinh tế của xã ước đạt 9,2%. Cơ cấu kinh tế "
            "chuyển dịch: tỷ trọng nông nghiệp giảm từ 41% năm 2016 xuống 30% năm 2020, "
            "công nghiệp từ 25% lên 33%.",
            [(9.2, "estimate"), (41, "actual"), (30, "actual"), (25, "actual"), (33, "actual")],
        ),
        (
            "Thu nhập bình quân năm 2015 ước 28 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm "
            "xuống còn 9%.",
            [(28, "estimate"), (9, "actual")],
        ),
        # Its own estimate still holds.
        (
            "Thu nhập bình quân năm 2015 ước 28 triệu đồng/người/năm; tỷ lệ hộ nghèo ước "
            "giảm xuống còn 9%.",
            [(28, "estimate"), (9, "estimate")],
        ),
    ],
)
def test_the_level_a_shift_reaches_states_its_own_kind(
    sentence: str, expected: list[tuple[float | None, str]]
) -> None:
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected
