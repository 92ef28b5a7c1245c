"""Probe sentences for leads the eleventh round's helpers left at its end: a resolution's
level quoted in parentheses as "NQ", and a rate's name after a bare year."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("Năm 2023, tốc độ tăng trưởng kinh tế đạt 7,2% (NQ tăng 7%).", 7.0),
        ("Thu nhập bình quân đầu người đạt 52 triệu đồng (NQ 50 triệu đồng).", 50.0),
        ("Tỷ lệ che phủ rừng đạt 43% (NQ: 42%).", 42.0),
        ("Tỷ lệ hộ nghèo giảm còn 2,1% (NQ giảm 1,5%).", 1.5),
        ("Tỷ lệ trường đạt chuẩn quốc gia đạt 78% (NQ năm 2023: 75%).", 75.0),
    ],
)  # fmt: skip
def test_a_resolution_level_in_parentheses_is_a_target_named_for_the_resolution(
    text: str, plan: float
) -> None:
    figures = {f.value: f for f in extract_figures(text, year=2023)}
    assert figures[plan].kind == "target"
    assert figures[plan].indicator.startswith("nghị quyết ")
    assert [f.kind for f in figures.values() if f.value != plan] == ["actual"]


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Phấn đấu đến 2025 tỷ lệ che phủ rừng đạt 57%.", 57.0, "tỷ lệ che phủ rừng"),
        ("Mục tiêu đến 2030 tỷ lệ đô thị hóa đạt 45%.", 45.0, "tỷ lệ đô thị hóa"),
        ("Năm 2024 tỷ trọng công nghiệp chiếm 38,5%.", 38.5, "tỷ trọng công nghiệp"),
        ("Giai đoạn 2021-2025 tỉ lệ hộ nghèo giảm bình quân 1,5%/năm.", 1.5, "tỉ lệ hộ nghèo"),
        ("Đến 2026 tỷ lệ lao động qua đào tạo đạt 70%.", 70.0, "tỷ lệ lao động qua đào tạo"),
    ],
)  # fmt: skip
def test_a_rate_named_after_a_bare_year_is_not_read_as_billions_of_that_year(
    text: str, value: float, name: str
) -> None:
    figures = extract_figures(text, year=2023)
    assert [f.value for f in figures] == [value]
    assert name in figures[0].indicator
