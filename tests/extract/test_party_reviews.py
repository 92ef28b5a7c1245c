"""Constructions of district and commune reviews (sơ kết, tổng kết, báo cáo chính trị):
a yearly average stated after a term's total, and counts of people of an ethnic group."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def readings(text: str, names: list[str | None]) -> list[tuple[float | None, str, str | None]]:
    """(value, unit, indicator) of each figure read from `text`; the indicator only where
    `names` gives one to check (None: a name the conventions leave open)."""
    figures = extract_figures(text, year=2024)
    names = names + [None] * (len(figures) - len(names))
    return [
        (figure.value, figure.unit, figure.indicator if name is not None else None)
        for figure, name in zip(figures, names, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cả nhiệm kỳ tạo việc làm mới cho 10.500 lao động, bình quân mỗi năm 2.100 lao "
         "động.",
         [(10500, "lao động", "Cả nhiệm kỳ tạo việc làm mới lao động"),
          (2100, "lao động", "tạo việc làm mới lao động bình quân mỗi năm")]),
        ("Nghị quyết đề ra mục tiêu kết nạp 450 đảng viên mới trong nhiệm kỳ, bình quân "
         "mỗi năm 90 đảng viên.",
         [(450, "đảng viên", "kết nạp đảng viên mới trong nhiệm kỳ"),
          (90, "đảng viên", "kết nạp đảng viên mới bình quân mỗi năm")]),
        ("Nhiệm kỳ qua đã kết nạp 1.650 đảng viên, trung bình mỗi năm 330 đảng viên.",
         [(1650, "đảng viên", "Nhiệm kỳ qua đã kết nạp đảng viên"),
          (330, "đảng viên", "đã kết nạp đảng viên trung bình mỗi năm")]),
        ("Giai đoạn 2021-2025 đã xuất khẩu 1.200 lao động, bình quân hằng năm 240 người.",
         [(1200, "lao động", None), (240, "người", None)]),
        # near misses: a year after "mỗi năm" is no count, and a part named after the
        # yearly words keeps its own name
        ("Năm 2024, mỗi năm 2024 đảng viên.", []),
        ("Ngành nông nghiệp mang về giá trị trung bình hơn 30.000 tỉ đồng mỗi năm, riêng "
         "trồng trọt đạt trên 26.140 tỉ đồng.",
         [(30000, "tỉ đồng", None), (26140, "tỉ đồng", None)]),
    ],
)  # fmt: skip
def test_a_yearly_count_after_a_terms_total_is_that_totals_measure_per_year(
    text: str, expected: list[tuple[float | None, str, str | None]]
) -> None:
    assert readings(text, [name for _, _, name in expected]) == expected


def counts(text: str) -> list[tuple[float | None, str]]:
    """(value, unit) of each figure read from `text`."""
    return [(figure.value, figure.unit) for figure in extract_figures(text, year=2024)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2024 kết nạp 42 đảng viên mới, trong đó 18 người dân tộc thiểu số, 5 người "
         "có đạo.",
         [(42, "đảng viên"), (18, "người"), (5, "người")]),
        ("Toàn huyện có 1.250 hộ nghèo, trong đó 860 hộ dân tộc thiểu số.",
         [(1250, "hộ nghèo"), (860, "hộ")]),
        ("Trà Vinh có gần 328.000 người dân tộc Khmer.", [(328000, "người")]),
        # near misses: "người dân" and "hộ dân" with no "tộc" after them stay the nouns
        ("Hỗ trợ 320 người dân bị ảnh hưởng bởi bão.", [(320, "người dân")]),
        ("Xã có 1.200 hộ dân, trong đó 450 hộ dân tộc Mông.",
         [(1200, "hộ dân"), (450, "hộ")]),
    ],
)  # fmt: skip
def test_people_or_households_of_an_ethnic_group_are_counted_as_people_or_households(
    text: str, expected: list[tuple[float | None, str]]
) -> None:
    assert counts(text) == expected
