"""Last year's figure set against a plan by "trong khi/còn cùng kỳ năm X" is a result of X."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _read(text: str, value: float) -> tuple[str, tuple[int | None, ...]]:
    for figure in extract_figures(text, year=2024):
        if figure.value == value:
            period = figure.period
            return figure.kind, (period.year, period.from_month, period.to_month)
    raise AssertionError(f"no figure {value} in {text!r}")


@pytest.mark.parametrize(
    ("text", "value", "wanted"),
    [
        ("Kế hoạch năm 2025 trồng 1.200 ha rừng, còn cùng kỳ năm 2024 trồng được 1.050 ha.",
         1050.0, ("actual", (2024, 1, 12))),
        ("Phấn đấu 6 tháng đầu năm 2025 thu hút 150.000 lượt khách, trong khi cùng kỳ năm 2024 "
         "chỉ đạt 120.000 lượt.", 120000.0, ("actual", (2024, 1, 6))),
        ("Năm 2025, phấn đấu thu ngân sách 1.000 tỷ đồng, trong khi cùng kỳ 2024 đạt 900 tỷ "
         "đồng.", 900.0, ("actual", (2024, 1, 12))),
        # The plan itself keeps its year.
        ("Kế hoạch năm 2025 trồng 1.200 ha rừng, còn cùng kỳ năm 2024 trồng được 1.050 ha.",
         1200.0, ("target", (2025, 1, 12))),
    ],
)  # fmt: skip
def test_a_contrast_that_names_its_year_beside_a_plan_is_that_years_result(
    text: str, value: float, wanted: tuple[str, tuple[int | None, ...]]
) -> None:
    assert _read(text, value) == wanted


def test_a_bare_same_period_beside_a_plan_stays_in_the_plan() -> None:
    text = "Năm 2025, phấn đấu thu ngân sách 1.000 tỷ đồng, trong khi cùng kỳ đạt 900 tỷ đồng."
    assert _read(text, 900.0) == ("target", (2025, 1, 12))
