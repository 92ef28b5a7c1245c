"""listing: every subject of a 'lần lượt' list is named like the first, the last one
too, and a time said after the last subject dates the list rather than naming an item."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def indicators_read(text: str) -> list[str]:
    return [figure.indicator for figure in extract_figures(text, year=2024)]


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("Năm 2023, sản lượng lúa, ngô và khoai lang lần lượt tăng 2,2%, 4,5% và 6,1% so "
         "với năm trước.",
         ["sản lượng lúa", "sản lượng ngô", "sản lượng khoai lang"]),
        ("Năm 2023, giá trị tăng thêm khu vực công nghiệp, xây dựng và dịch vụ lần lượt "
         "tăng 8,2%, 6,5% và 7,1% so với năm trước.",
         ["giá trị tăng thêm khu vực công nghiệp", "giá trị tăng thêm khu vực xây dựng",
          "giá trị tăng thêm khu vực dịch vụ"]),
        ("Năm 2023, doanh thu bán lẻ và lữ hành lần lượt giảm 2,2% và 4,5% so với năm "
         "trước.",
         ["doanh thu bán lẻ", "doanh thu lữ hành"]),
    ],
)  # fmt: skip
def test_the_last_subject_of_a_respective_list_of_rises_keeps_the_shared_measure(
    text: str, indicators: list[str]
) -> None:
    assert indicators_read(text) == indicators


def test_words_before_the_first_subject_that_name_no_measure_are_shared_by_none() -> None:
    text = (
        "Cây lấy củ tăng 14,6%, chủ yếu nhờ sắn và khoai sọ mở rộng, lần lượt tăng 57,8% "
        "và 50,4% so với cùng kỳ năm trước."
    )
    cassava, taro = indicators_read(text)[1:]
    assert cassava == "sắn"
    assert taro.startswith("khoai sọ")


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("Tỷ lệ hộ nghèo và hộ cận nghèo cuối năm 2023 lần lượt là 2,1% và 3,5%.",
         ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ cận nghèo"]),
        ("Diện tích cây lâu năm, cây ăn quả và cây công nghiệp năm 2022 lần lượt đạt "
         "4.500 ha, 2.300 ha và 1.100 ha.",
         ["Diện tích cây lâu năm", "Diện tích cây ăn quả", "Diện tích cây công nghiệp"]),
        ("Kim ngạch xuất khẩu và nhập khẩu 11 tháng năm 2024 lần lượt tăng 12,3% và 9,8% "
         "so với cùng kỳ.",
         ["Kim ngạch xuất khẩu", "Kim ngạch nhập khẩu"]),
        ("Giá trị sản xuất nông nghiệp, lâm nghiệp và thủy sản quý I/2024 lần lượt tăng "
         "3,1%, 5,4% và 7,2% so với cùng kỳ.",
         ["Giá trị sản xuất nông nghiệp", "Giá trị sản xuất lâm nghiệp",
          "Giá trị sản xuất thủy sản"]),
    ],
)  # fmt: skip
def test_a_time_after_the_last_subject_dates_the_list_and_names_no_item(
    text: str, indicators: list[str]
) -> None:
    assert indicators_read(text) == indicators


def test_the_time_after_the_last_subject_still_gives_every_figure_its_period() -> None:
    text = "Tỷ lệ hộ nghèo và hộ cận nghèo cuối năm 2023 lần lượt là 2,1% và 3,5%."
    periods = [figure.period.year for figure in extract_figures(text, year=2024)]
    assert periods == [2023, 2023]
