"""year_ends: a quarter or month named by its place in the year ("quý đầu năm", "hai
quý đầu năm", "tháng cuối năm") is that quarter or month, not the whole year.
planned_work: a share of a plan with no subject but who acted is named by what the plan
is for ("huyện hoàn thành 105% kế hoạch trồng rừng"), one figure for each such plan."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def periods_read(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [
        (figure.period.year, figure.period.from_month, figure.period.to_month)
        for figure in extract_figures(text, year=2024)
    ]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Quý đầu năm 2024, giá trị sản xuất công nghiệp đạt 1.150 tỷ đồng.", (2024, 1, 3)),
        ("Trong quý đầu năm 2023, thu ngân sách đạt 320 tỷ đồng, tăng 12% so với cùng kỳ.",
         (2023, 1, 3)),
        ("Quý đầu tiên của năm 2024, sản lượng thủy sản đạt 12.500 tấn.", (2024, 1, 3)),
        ("Tổng thu ngân sách trên địa bàn quý đầu năm ước đạt 520 tỷ đồng.", (2024, 1, 3)),
        ("Hai quý đầu năm 2022, tổng vốn đầu tư đạt 5.600 tỷ đồng.", (2022, 1, 6)),
        ("Trong hai quý đầu năm, sản lượng điện đạt 1.200 triệu kWh.", (2024, 1, 6)),
        ("Ba quý đầu năm 2023, doanh thu du lịch đạt 870 tỷ đồng.", (2023, 1, 9)),
        ("Quý cuối năm 2023, doanh thu đạt 300 tỷ đồng.", (2023, 10, 12)),
        ("Tháng đầu năm 2024, kim ngạch xuất khẩu đạt 45 triệu USD.", (2024, 1, 1)),
        ("Tháng đầu tiên của năm 2023, lượng khách du lịch đạt 95.000 lượt.", (2023, 1, 1)),
        ("Riêng tháng cuối năm, doanh thu đạt 1.200 tỷ đồng.", (2024, 12, 12)),
        # near-misses: counted months are read as before; vague parts name no months
        ("Hai tháng đầu năm 2024, kim ngạch xuất khẩu đạt 90 triệu USD.", (2024, 1, 2)),
        ("Ba tháng cuối năm 2022, doanh thu bán lẻ đạt 3.200 tỷ đồng.", (2022, 10, 12)),
        ("Nửa đầu năm 2024, thu ngân sách đạt 500 tỷ đồng.", (2024, 1, 6)),
        ("Trong các tháng cuối năm, giá lợn hơi tăng mạnh, sản lượng thịt hơi đạt 4.500 "
         "tấn.", (2024, None, None)),
        ("Quý I năm 2024, giá trị sản xuất công nghiệp đạt 1.150 tỷ đồng.", (2024, 1, 3)),
        ("Năm 2024, giá trị sản xuất công nghiệp đạt 1.150 tỷ đồng.", (2024, 1, 12)),
    ],
)  # fmt: skip
def test_a_quarter_or_month_named_by_its_place_in_the_year_is_that_part_of_it(
    text: str, period: tuple[int | None, int | None, int | None]
) -> None:
    assert periods_read(text) == [period]


def test_a_first_quarter_said_earlier_in_the_passage_dates_the_year_heading() -> None:
    text = (
        "Năm 2023, tình hình kinh tế có nhiều khó khăn. Trong quý đầu năm, thu ngân sách "
        "đạt 210 tỷ đồng, bằng 22% dự toán."
    )
    assert periods_read(text) == [(2023, 1, 3)]


def test_the_words_of_the_part_name_no_indicator() -> None:
    text = "Sản lượng lúa hai quý đầu năm 2023 đạt 45.000 tấn, tăng 3% so với cùng kỳ."
    assert [figure.indicator for figure in extract_figures(text, year=2024)] == ["Sản lượng lúa"]


def shares_read(text: str) -> list[tuple[str, float | None, str, list[tuple[str, float]]]]:
    return [
        (
            figure.indicator,
            figure.value,
            figure.unit,
            [(comparison.basis, comparison.percent) for comparison in figure.comparisons],
        )
        for figure in extract_figures(text, year=2024)
    ]


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("Năm 2023, huyện hoàn thành 105% kế hoạch trồng rừng.",
         [("trồng rừng", None, "%", [("plan", 105.0)])]),
        ("Năm 2022, toàn tỉnh đạt 98% kế hoạch xây dựng nhà ở cho hộ nghèo và 110% kế "
         "hoạch đào tạo nghề.",
         [("xây dựng nhà ở cho hộ nghèo", None, "%", [("plan", 98.0)]),
          ("đào tạo nghề", None, "%", [("plan", 110.0)])]),
        ("Đến nay, huyện đã hoàn thành 102% kế hoạch trồng rừng, 98% kế hoạch làm đường "
         "giao thông nông thôn và 105% kế hoạch kiên cố hóa kênh mương.",
         [("trồng rừng", None, "%", [("plan", 102.0)]),
          ("làm đường giao thông nông thôn", None, "%", [("plan", 98.0)]),
          ("kiên cố hóa kênh mương", None, "%", [("plan", 105.0)])]),
        ("Năm 2023, ngành y tế hoàn thành 100% chỉ tiêu tiêm chủng mở rộng.",
         [("tiêm chủng mở rộng", None, "%", [("plan", 100.0)])]),
        ("Trong năm 2023, Đảng bộ huyện đã hoàn thành 110% chỉ tiêu kết nạp đảng viên mới.",
         [("kết nạp đảng viên mới", None, "%", [("plan", 110.0)])]),
        ("Đến cuối năm 2023, thành phố đạt 96% dự toán thu ngân sách, 88% dự toán chi đầu "
         "tư phát triển.",
         [("thu ngân sách", None, "%", [("budget", 96.0)]),
          ("chi đầu tư phát triển", None, "%", [("budget", 88.0)])]),
        ("Hết quý đầu năm 2024, các địa phương đã thực hiện đạt 35% kế hoạch trồng rừng "
         "năm 2024.",
         [("trồng rừng", None, "%", [("plan", 35.0)])]),
        ("Năm 2023, thành phố giải ngân 100% kế hoạch vốn đầu tư công năm 2023.",
         [("giải ngân vốn đầu tư công", None, "%", [("plan", 100.0)])]),
        # near-misses: the words after the plan say which plan, or the subject names the
        # measure, or the share is of a level
        ("Năm 2023, huyện đạt 98% kế hoạch năm và 110% kế hoạch tỉnh giao.",
         [("", None, "%", [("plan", 98.0), ("plan", 110.0)])]),
        ("Năm 2023, huyện hoàn thành 105% kế hoạch đề ra.",
         [("hoàn thành", None, "%", [("plan", 105.0)])]),
        ("Năm 2023, huyện hoàn thành 105% kế hoạch của UBND tỉnh.",
         [("hoàn thành", None, "%", [("plan", 105.0)])]),
        ("Năm 2023, thu ngân sách đạt 108% dự toán HĐND tỉnh giao.",
         [("thu ngân sách", None, "%", [("budget", 108.0)])]),
        ("Năm 2023, thu ngân sách đạt 108% dự toán thu nội địa.",
         [("thu ngân sách", None, "%", [("budget", 108.0)])]),
        ("Năm 2023, chỉ tiêu trồng rừng phân tán đã hoàn thành 100% kế hoạch.",
         [("chỉ tiêu trồng rừng phân tán", None, "%", [("plan", 100.0)])]),
        ("Năm 2023, toàn huyện trồng được 1.200 ha rừng, đạt 105% kế hoạch trồng rừng.",
         [("diện tích trồng rừng", 1200.0, "ha", [("plan", 105.0)])]),
    ],
)  # fmt: skip
def test_a_share_of_a_plan_with_no_subject_is_named_by_what_the_plan_is_for(
    text: str, shares: list[tuple[str, float | None, str, list[tuple[str, float]]]]
) -> None:
    assert shares_read(text) == shares


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Năm 2023, tỉnh giải ngân 100% kế hoạch vốn.", "giải ngân vốn"),
        ("Năm 2023, tỉnh đã giải ngân 95% kế hoạch vốn Trung ương giao.", "giải ngân vốn"),
        # near-miss: capital reached, not disbursed, names nothing
        ("Năm 2023, tỉnh đạt 96% kế hoạch vốn được giao.", ""),
    ],
)  # fmt: skip
def test_capital_a_plan_holds_is_named_with_the_verb_that_disburses_it(
    text: str, indicator: str
) -> None:
    assert [figure.indicator for figure in extract_figures(text, year=2024)] == [indicator]
