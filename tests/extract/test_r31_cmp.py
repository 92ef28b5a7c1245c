"""Round 31 (comparisons and bounds): what a percentage is set against, and what a bound
word holds.

- "so với cùng thời điểm tháng trước", "so với cùng kỳ tháng 11": the same point of the
  month before, with no year, is the previous period (comparisons.basis_of);
- "128,8% mức Nghị quyết HĐND tỉnh giao" is a share of the plan; "145% của cả năm 2013",
  "104% tổng thu năm 2023", "so với 5 năm liền kề" are set against an earlier period
  (comparisons._BASIS_AFTER, _PREVIOUS);
- "lần lượt đạt trên A, B và C": the bound holds for each amount of the list
  (shared_bounds.py);
- "cao hơn quý I (tăng 6,6%)": a quarter named without its year before parentheses that
  give its rate is that quarter's own rise (quoted._TIME_BEFORE_PAREN);
- "219 tỷ đồng (kế hoạch 212 tỷ đồng), đạt 103,3%": the bare share after the plan's level
  in parentheses is of that plan (passed_plans.plan_passed_before);
- a share of the plan is no comparison of the plan's own level: it goes to the result the
  level was written after, or stands on its own (plan_owners.py).
"""

from __future__ import annotations

import pytest

from tests.extract.readings import bases_read, comparisons_read
from tiendo.extract import extract_figures


def _bounds(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.bound) for f in extract_figures(text, year=2024)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Số lao động tại thời điểm 1/6/2024 tăng 2,3% so với cùng thời điểm tháng trước và "
            "tăng 5,1% so với cùng thời điểm năm trước.",
            [("previous", 2.3), ("same_period", 5.1)],
        ),
        (
            "Trong nửa đầu tháng 7, kim ngạch qua cửa khẩu đạt 98,4 triệu USD, giảm 12,6% so "
            "với cùng kỳ tháng 6.",
            [("previous", 12.6)],
        ),
        (
            "Lượng hàng thông quan tuần này tăng 7,2% so với cùng kỳ tuần trước.",
            [("previous", 7.2)],
        ),
        # near misses: a year after the month keeps the same period a year back
        (
            "Kim ngạch tháng 6/2024 giảm 4,5% so với cùng kỳ tháng 6 năm 2023.",
            [("same_period", 4.5)],
        ),
        (
            "Số lao động tăng 3,3% so với cùng thời điểm năm trước.",
            [("same_period", 3.3)],
        ),
    ],
)
def test_the_same_point_of_the_month_before_is_the_previous_period(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert bases_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thu ngân sách trên địa bàn ước 2.350 tỷ đồng, bằng 112,4% mức Nghị quyết HĐND "
            "huyện giao.",
            [("plan", 112.4)],
        ),
        (
            "Toàn tỉnh tạo việc làm cho 21.500 lao động, bằng 96% mức Nghị quyết HĐND tỉnh đề ra.",
            [("plan", 96.0)],
        ),
        (
            "Thu ngân sách đạt 640 tỷ đồng, bằng 118% mức Nghị quyết Đại hội giao.",
            [("plan", 118.0)],
        ),
        (
            "Các sàn giao dịch ghi nhận hơn 2.100 giao dịch, bằng 131% của cả năm 2022.",
            [("previous", 131.0)],
        ),
        (
            "Thu ngân sách nhà nước 9 tháng đạt 8.420 tỷ đồng, bằng hơn 92% tổng thu năm 2023.",
            [("previous", 92.0)],
        ),
        (
            "Trong 5 năm qua xảy ra 2.140 vụ phạm pháp hình sự, giảm 7,4% so với 5 năm liền kề.",
            [("previous", 7.4)],
        ),
        (
            "Số thu năm 2023 tăng 11,2% so với năm liền trước.",
            [("previous", 11.2)],
        ),
        # near misses: a level of its own year, a share of another whole
        (
            "Thu nhập bình quân đạt 15,2 triệu đồng, chỉ bằng khoảng 50% mức trung bình cả nước.",
            [("other", 50.0)],
        ),
        (
            "Sản lượng nuôi trồng hơn 63.000 tấn, bằng 109,4% năm 2023.",
            [("previous", 109.4)],
        ),
    ],
)
def test_a_plan_level_or_an_earlier_years_whole_is_the_basis_named(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert bases_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Doanh thu lưu trú, ăn uống và lữ hành lần lượt đạt trên 412 tỷ đồng, 1.930 tỷ "
            "đồng và 650 tỷ đồng.",
            [(412, "at_least"), (1930, "at_least"), (650, "at_least")],
        ),
        (
            "Khách nội địa và khách quốc tế lần lượt đạt hơn 3,4 triệu lượt và 1,2 triệu lượt.",
            [(3.4, "at_least"), (1.2, "at_least")],
        ),
        (
            "Vốn ngân sách tỉnh và vốn ODA lần lượt là gần 800 tỷ đồng và 260 tỷ đồng.",
            [(800, "about"), (260, "about")],
        ),
        # near misses: "hơn" with no "lần lượt" bounds the one number it stands before
        (
            "Cả tỉnh có trên 500 ngàn hộ và 6 ngàn doanh nghiệp tham gia.",
            [(500, "at_least"), (6, None)],
        ),
        (
            "Diện tích ứng dụng công nghệ cao đạt hơn 4,2 nghìn ha, diện tích hữu cơ 1,8 nghìn ha.",
            [(4.2, "at_least"), (1.8, None)],
        ),
    ],
)
def test_a_bound_after_lan_luot_holds_for_each_amount_of_the_list(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert _bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GRDP quý III/2024 của tỉnh tăng 7,9% so với cùng kỳ, cao hơn quý II (tăng 6,2%).",
            [
                (None, "%", [("same_period", "change", 7.9)]),
                (None, "%", [("same_period", "change", 6.2)]),
            ],
        ),
        (
            "Chỉ số sản xuất công nghiệp quý IV/2023 tăng 9,4% so với cùng kỳ, cao hơn quý III "
            "(tăng 8,1%).",
            [
                (None, "%", [("same_period", "change", 9.4)]),
                (None, "%", [("same_period", "change", 8.1)]),
            ],
        ),
        (
            "Tổng sản phẩm quý II tăng 6,8% so với cùng kỳ, thấp hơn quý I (tăng 7,5%).",
            [
                (None, "%", [("same_period", "change", 6.8)]),
                (None, "%", [("same_period", "change", 7.5)]),
            ],
        ),
        # near misses: the year named, or a month, as read before
        (
            "Doanh thu bán lẻ tháng 8/2024 tăng 10,2% so với cùng kỳ, nhanh hơn tháng 7 (tăng "
            "8,7%).",
            [
                (None, "%", [("same_period", "change", 10.2)]),
                (None, "%", [("same_period", "change", 8.7)]),
            ],
        ),
        (
            "GRDP quý III/2024 tăng 7,9% so với cùng kỳ, cao hơn quý III/2023 (tăng 6,2%).",
            [
                (None, "%", [("same_period", "change", 7.9)]),
                (None, "%", [("same_period", "change", 6.2)]),
            ],
        ),
    ],
)
def test_a_quarter_named_without_its_year_before_its_rate_in_parentheses_is_its_own_rise(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riêng trồng trọt đạt 340 tỷ đồng (kế hoạch 320 tỷ đồng), đạt 106,3%.",
            [("plan", 106.3)],
        ),
        (
            "Sản lượng lúa đạt 41.200 tấn (chỉ tiêu 40.000 tấn), bằng 103%.",
            [("plan", 103.0)],
        ),
        (
            "Thu nội địa 880 tỷ đồng (dự toán 800 tỷ đồng), đạt 110%.",
            [("budget", 110.0)],
        ),
        # near miss: an earlier year's level in parentheses says nothing of a plan
        (
            "Tổng vốn huy động 500 tỷ đồng (năm 2023 là 450 tỷ đồng), bằng 111%.",
            [("other", 111.0)],
        ),
    ],
)
def test_a_bare_share_after_the_plans_level_in_parentheses_is_of_that_plan(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert bases_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vốn đầu tư công giải ngân hơn 1.920 tỷ đồng trên tổng kế hoạch 5.400 tỷ đồng, đạt "
            "35,6% kế hoạch.",
            [(1920, "tỷ đồng", [("plan", "ratio", 35.6)]), (5400, "tỷ đồng", [])],
        ),
        (
            "Năm 2024, kế hoạch vốn đầu tư công được giao 4.100 tỷ đồng và đến nay đã giải ngân "
            "được 58% kế hoạch.",
            [(4100, "tỷ đồng", []), (None, "%", [("plan", "ratio", 58.0)])],
        ),
        (
            "Tổng kế hoạch vốn được giao hơn 960 tỷ đồng, đến nay đã giải ngân được 44% kế hoạch.",
            [(960, "tỷ đồng", []), (None, "%", [("plan", "ratio", 44.0)])],
        ),
        # near misses: a budget's level read apart before, a disbursement of a plan's
        # capital, the plan's level as a remark
        (
            "Dự toán chi thường xuyên của huyện là 610 tỷ đồng và đến nay đã chi được 71% dự toán.",
            [(610, "tỷ đồng", []), (None, "%", [("budget", "ratio", 71.0)])],
        ),
        (
            "Vốn kế hoạch năm 2023 kéo dài sang năm 2024 giải ngân 120 tỷ đồng, đạt 40% kế hoạch.",
            [(120, "tỷ đồng", [("plan", "ratio", 40.0)])],
        ),
        (
            "Diện tích ngô đạt 75 ha (kế hoạch 70 ha), vượt 7,1% kế hoạch.",
            [(75, "ha", [("plan", "change", 7.1)]), (70, "ha", [])],
        ),
    ],
)
def test_a_share_of_the_plan_is_no_comparison_of_the_plans_own_level(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected
