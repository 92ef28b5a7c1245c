"""Ninth round (n9qprobe): missed and spurious figures, comparisons and periods, probed
with sentences in the shapes of real statistics releases and district reports."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures

Row = tuple[float | None, str, list[tuple[str, str, float]]]


def _figures(sentence: str) -> list[Row]:
    return [
        (f.value, f.unit, [(c.basis, c.measure, c.percent) for c in f.comparisons])
        for f in extract_figures(sentence, year=2023)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Xuất khẩu gạo đạt 120 nghìn tấn, trị giá 65 triệu USD, tăng 12% về lượng và "
            "tăng 20% về giá trị so với cùng kỳ.",
            [
                (120, "nghìn tấn", [("same_period", "change", 12.0)]),
                (65, "triệu usd", [("same_period", "change", 20.0)]),
            ],
        ),
        (
            "Trong quý I, có 210 doanh nghiệp đăng ký mới với tổng vốn 1.500 tỷ đồng, tăng "
            "5,2% về số doanh nghiệp và tăng 17% về vốn đăng ký so với cùng kỳ.",
            [
                (210, "doanh nghiệp", [("same_period", "change", 5.2)]),
                (1500, "tỷ đồng", [("same_period", "change", 17.0)]),
            ],
        ),
        (
            "Thu hút 12 dự án FDI với tổng vốn đầu tư 250 triệu USD, tăng 20% về số dự án "
            "và tăng 45% về vốn so với cùng kỳ năm 2022.",
            [
                (12, "dự án", [("same_period", "change", 20.0)]),
                (250, "triệu usd", [("same_period", "change", 45.0)]),
            ],
        ),
    ],
)
def test_rises_that_repeat_the_verb_for_each_aspect_go_to_the_levels_in_turn(
    sentence: str, expected: list[Row]
) -> None:
    assert _figures(sentence) == expected
