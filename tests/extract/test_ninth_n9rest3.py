"""Ninth round (n9rest3): missed and spurious figures, periods and comparisons."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _figures(sentence: str) -> list[tuple[float | None, str, list[tuple[str, str, float]]]]:
    return [
        (f.value, f.unit, [(c.basis, c.measure, c.percent) for c in f.comparisons])
        for f in extract_figures(sentence, year=2025)
    ]


def _periods(text: str) -> list[tuple[float | None, int | None, int | None, int | None]]:
    return [
        (f.value, f.period.year, f.period.from_month, f.period.to_month)
        for f in extract_figures(text)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Quý I, tổng ngày khách lưu trú ước 512,4 nghìn ngày, tăng 7,2% so với cùng kỳ.",
            [(512.4, "nghìn ngày", [("same_period", "change", 7.2)])],
        ),
        (
            "Các cơ sở phục vụ 2,3 triệu ngày khách, giảm 4% so với năm trước.",
            [(2.3, "triệu ngày", [("previous", "change", -4.0)])],
        ),
    ],
)
def test_days_counted_after_a_scale_are_the_unit_of_the_amount(
    sentence: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert _figures(sentence) == expected
