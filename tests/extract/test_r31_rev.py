"""Round 31 (review of the comparisons change): the new readings kept to their shapes.

- "so với cùng kỳ tháng 11 của năm 2023", and "cùng kỳ tháng 11" for a November figure,
  are the same month a year back, not the month before (comparisons._SAME_POINT_LAST_MONTH,
  dated_bases.dated_basis);
- "chiếm 17,2% tổng thu năm 2022" is a share of a whole, a figure of its own, and the
  whole of the figure's own year ("bằng 23% của cả năm 2024" for a quarter of 2024) is no
  earlier time (comparisons.read_basis_after, dated_bases.dated_basis);
- "quý I/2024 …, thấp hơn quý IV (tăng 6,2%)": a part named with no year that comes later
  in the year than the figure's is of the year before (quoted.earlier_period);
- "đã hoàn thành kế hoạch 500 ha, đạt 100% kế hoạch": a verb of a result right before the
  plan's noun makes the level a result, which keeps its share (plan_owners).
"""

from __future__ import annotations

import pytest

from tests.extract.readings import bases_read, comparisons_read
from tiendo.extract import extract_figures


def _periods(text: str) -> list[tuple[int | None, int | None, int | None]]:
    """Every figure's period (year, from_month, to_month), in order."""
    return [
        (f.period.year, f.period.from_month, f.period.to_month)
        for f in extract_figures(text, year=2024)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kim ngạch xuất khẩu tháng 11/2024 tăng 8,4% so với cùng kỳ tháng 11 của năm 2023.",
            [("same_period", 8.4)],
        ),
        (
            "Lượng khách tháng 6/2024 giảm 3,1% so với cùng thời điểm tháng 6 của năm 2023.",
            [("same_period", 3.1)],
        ),
        (
            "Doanh thu tháng 10 năm 2024 tăng 6% so với cùng kỳ tháng 10.",
            [("same_period", 6.0)],
        ),
        (
            "Chỉ số sản xuất công nghiệp tháng 5/2024 tăng 7,3% so với cùng kỳ tháng 5.",
            [("same_period", 7.3)],
        ),
        # near misses: the month before, at the same point, stays the previous period
        (
            "Tháng 11/2024, chỉ số giá tiêu dùng tăng 0,4% so với cùng kỳ tháng trước.",
            [("previous", 0.4)],
        ),
        (
            "Số thuê bao tại cuối tháng 9/2024 tăng 1,2% so với cùng thời điểm tháng 8.",
            [("previous", 1.2)],
        ),
    ],
)
def test_the_same_point_of_the_figures_own_month_or_of_a_named_year_is_a_year_back(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert bases_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thu nội địa 4.967 tỷ đồng, chiếm 99,26% tổng thu năm 2022.",
            [(4967, "tỷ đồng", []), (99.26, "%", [])],
        ),
        (
            "Nông nghiệp chiếm 25% của cả năm 2023.",
            [(25, "%", [])],
        ),
        (
            "Thu nội địa năm 2023 đạt 4.967 tỷ đồng, bằng 99,26% tổng thu năm 2023.",
            [(4967, "tỷ đồng", [("other", "ratio", 99.26)])],
        ),
        (
            "Quý I, thu ngân sách đạt 2.000 tỷ đồng, bằng 23% của cả năm 2024.",
            [(2000, "tỷ đồng", [("other", "ratio", 23.0)])],
        ),
        # near misses: the whole of an earlier year, set against with "bằng"
        (
            "Số doanh nghiệp thành lập mới 6 tháng đạt 820 doanh nghiệp, bằng 62% của cả năm 2023.",
            [(820, "doanh nghiệp", [("previous", "ratio", 62.0)])],
        ),
        (
            "Chi ngân sách 9 tháng đạt 6.100 tỷ đồng, bằng 78% tổng chi ngân sách năm trước.",
            [(6100, "tỷ đồng", [("previous", "ratio", 78.0)])],
        ),
    ],
)
def test_a_share_of_a_years_whole_or_of_the_figures_own_year_is_no_earlier_basis(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GRDP quý I/2024 tăng 5,7% so với cùng kỳ, thấp hơn quý IV (tăng 6,2%).",
            [(2024, 1, 3), (2023, 10, 12)],
        ),
        (
            "Chỉ số giá tiêu dùng tháng 1/2024 tăng 0,3%, thấp hơn tháng 12 (tăng 0,5%).",
            [(2024, 1, 1), (2023, 12, 12)],
        ),
        (
            "Kim ngạch xuất khẩu quý II/2024 tăng 9% so với cùng kỳ, thấp hơn quý III (tăng 11%).",
            [(2024, 4, 6), (2023, 7, 9)],
        ),
        # near misses: a part earlier in the same year keeps the figure's year
        (
            "Kim ngạch xuất khẩu quý II/2024 tăng 12% so với cùng kỳ, cao hơn quý I (tăng 9,5%).",
            [(2024, 4, 6), (2024, 1, 3)],
        ),
        (
            "Chỉ số giá tiêu dùng tháng 8/2024 tăng 0,3%, thấp hơn tháng 7 (tăng 0,5%).",
            [(2024, 8, 8), (2024, 7, 7)],
        ),
    ],
)
def test_a_yearless_part_later_in_the_year_than_the_figures_is_of_the_year_before(
    text: str, expected: list[tuple[int | None, int | None, int | None]]
) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tỉnh đã hoàn thành kế hoạch 500 ha trồng rừng, đạt 100% kế hoạch.",
            [(500, "ha", [("plan", "ratio", 100.0)])],
        ),
        (
            "Huyện thực hiện kế hoạch 1.200 ha gieo cấy, đạt 100% kế hoạch.",
            [(1200, "ha", [("plan", "ratio", 100.0)])],
        ),
        (
            "Toàn tỉnh đã hoàn thành kế hoạch 350 căn nhà, bằng 100% kế hoạch.",
            [(350, "căn nhà", [("plan", "ratio", 100.0)])],
        ),
        # near misses: the plan's level set apart, its share going to the result before it
        (
            "Huyện đã giải ngân 300 tỷ đồng trên tổng kế hoạch 600 tỷ đồng, đạt 50% kế hoạch.",
            [(300, "tỷ đồng", [("plan", "ratio", 50.0)]), (600, "tỷ đồng", [])],
        ),
        (
            "Kế hoạch vốn được giao 900 tỷ đồng, đến nay đã giải ngân được 40% kế hoạch.",
            [(900, "tỷ đồng", []), (None, "%", [("plan", "ratio", 40.0)])],
        ),
    ],
)
def test_a_plan_level_done_or_carried_out_is_a_result_that_keeps_its_share(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected
