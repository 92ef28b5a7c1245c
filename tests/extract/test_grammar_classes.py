"""Error classes found on the tuning part of the corpus, fixed as grammar. Every sentence
here was written for these tests (none is from the corpus): input sentence -> the figures
expected of it."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _levels(text: str) -> list[tuple[float | None, str, str | None]]:
    return [(f.value, f.unit, f.bound) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected", "names"),
    [
        (
            "Năm 2023, thu ngân sách của các huyện Tân Phú, Định Quán và Vĩnh Cửu lần lượt là "
            "120, 98 và 76 tỷ đồng.",
            [(120.0, "tỷ đồng", None), (98.0, "tỷ đồng", None), (76.0, "tỷ đồng", None)],
            ["Tân Phú", "Định Quán", "Vĩnh Cửu"],
        ),
        (
            "Kim ngạch xuất khẩu sang Mỹ, EU và Nhật Bản lần lượt đạt 510, 320 và 150 triệu USD.",
            [(510.0, "triệu usd", None), (320.0, "triệu usd", None), (150.0, "triệu usd", None)],
            ["Mỹ", "EU", "Nhật Bản"],
        ),
        (
            "Diện tích lúa, ngô và sắn của xã lần lượt đạt 1.200 ha, 350 ha và 120 ha.",
            [(1200.0, "ha", None), (350.0, "ha", None), (120.0, "ha", None)],
            ["lúa", "ngô", "sắn"],
        ),
        (
            "Tỷ lệ che phủ rừng của hai huyện Mường Tè và Sìn Hồ lần lượt là 61,2% và 48,5%.",
            [(61.2, "%", None), (48.5, "%", None)],
            ["Mường Tè", "Sìn Hồ"],
        ),
        (
            "Năng suất lúa hai vụ tương ứng đạt 62 và 58 tạ/ha trở lên.",
            [(62.0, "tạ/ha", "at_least"), (58.0, "tạ/ha", "at_least")],
            ["năng suất", "năng suất"],
        ),
    ],
)
def test_levels_listed_respectively_with_one_unit_are_a_figure_each(
    text: str, expected: list[tuple[float, str, str | None]], names: list[str]
) -> None:
    figures = extract_figures(text)
    assert [(f.value, f.unit, f.bound) for f in figures] == expected
    assert all(f.comparisons == [] for f in figures)
    for figure, name in zip(figures, names, strict=True):
        assert name.lower() in figure.indicator.lower()


def test_a_list_of_levels_without_subjects_shares_the_head_indicator() -> None:
    text = "Doanh thu các khu du lịch lần lượt đạt 45, 38 và 20 tỷ đồng."
    figures = extract_figures(text)
    assert [f.value for f in figures] == [45.0, 38.0, 20.0]
    assert {f.indicator for f in figures} == {figures[0].indicator}
    assert "doanh thu" in figures[0].indicator.lower()
