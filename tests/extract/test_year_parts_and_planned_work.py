"""year_ends: a quarter or month named by its place in the year ("quý đầu năm", "hai
quý đầu năm", "tháng cuối năm") is that quarter or month, not the whole year."""

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
