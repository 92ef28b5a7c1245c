"""Probe passages for the eleventh round's table helper (T): tables written into the text as
lines of cells whose cells carry words, whose columns name what they measure, or whose
header a caption writes in brackets."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _read(
    text: str,
) -> dict[float | None, tuple[str, str, str, int | None, list[tuple[str, str, float]]]]:
    return {
        figure.value: (
            figure.indicator.lower(),
            figure.unit,
            figure.kind,
            figure.period.year,
            [(c.basis, c.measure, c.percent) for c in figure.comparisons],
        )
        for figure in extract_figures(text, year=2024)
    }


@pytest.mark.parametrize(
    ("text", "value", "percent"),
    [
        ("Kết quả du lịch tháng 7 năm 2017:\nChỉ tiêu | Tháng 7/2017 | So cùng kỳ 2016\n"
         "Tổng lượt khách | ước 536.500 lượt | tăng 16,88%\n"
         "Doanh thu | ước 275 tỷ đồng | tăng 24,43%",
         536500, 16.88),
        ("Kết quả tháng 3 năm 2021:\nChỉ tiêu | Tháng 3/2021 | So cùng kỳ 2020\n"
         "Sản lượng điện | ước 120 triệu kWh | giảm 2,5%\n"
         "Khách du lịch | ước 40.000 lượt | tăng 5%",
         40000, 5.0),
    ],
)  # fmt: skip
def test_a_cell_that_says_ước_is_an_estimate_and_tăng_or_giảm_a_change(
    text: str, value: float, percent: float
) -> None:
    _indicator, _unit, kind, _year, comparisons = _read(text)[value]
    assert kind == "estimate"
    assert comparisons == [("same_period", "change", percent)]


@pytest.mark.parametrize(
    ("text", "value", "indicator", "year"),
    [
        ("Kết quả rà soát năm 2021 theo chuẩn nghèo giai đoạn 2022 - 2025 như sau:\n"
         "Địa phương | Hộ nghèo | Tỷ lệ hộ nghèo\nHuyện Cai Lậy | 793 hộ | 1,47%\n"
         "Huyện Cái Bè | 1.370 hộ | 1,67%", 1.47, "tỷ lệ hộ nghèo huyện cai lậy", 2021),
        ("Kết quả năm 2020, theo Quyết định ngày 5-1-2021:\n"
         "Xã | Diện tích lúa | Sản lượng lúa\nXã An Bình | 320 ha | 1.900 tấn\n"
         "Xã Tân Hòa | 410 ha | 2.450 tấn", 2450, "sản lượng lúa xã tân hòa", 2020),
    ],
)  # fmt: skip
def test_a_column_named_for_a_quantity_goes_before_the_row_s_place(
    text: str, value: float, indicator: str, year: int
) -> None:
    read = _read(text)[value]
    assert read[0] == indicator and read[3] == year


def test_a_caption_that_writes_the_header_in_brackets_keeps_its_sentence() -> None:
    text = (
        "Vụ xuân 2020 toàn tỉnh cấy 72.465 ha lúa, giảm 1,34% so với vụ xuân 2019. "
        "Một số huyện (diện tích | năng suất (so vụ xuân 2019) | sản lượng):\n"
        "Vụ Bản | 8.113 ha | 61,35 tạ/ha (100,36%) | 49.950 tấn\n"
        "Hải Hậu | 10.120 ha | 75,57 tạ/ha (100,08%) | 76.534 tấn"
    )
    read = _read(text)
    assert 72465 in read
    assert read[61.35][0] == "năng suất vụ bản" and read[61.35][3] == 2020
    assert read[61.35][4] == [("previous", "ratio", 100.36)]
    assert read[76534][0] == "sản lượng hải hậu"
