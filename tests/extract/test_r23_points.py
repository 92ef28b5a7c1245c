"""A gap in percentage points written before the rate it led to: "tỷ lệ hộ nghèo giảm 1,2
điểm phần trăm so với năm 2022, còn 3,4%". The basis after "so với" is the gap's, so the
rate after the comma is a level (not a share of that year), named by the subject before
the gap, with the gap as its change, as when the gap follows the rate."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures

Read = tuple[float | None, str, str, list[tuple[str, str, float]]]


def _read(text: str) -> list[Read]:
    return [
        (f.value, f.unit, f.indicator, [(c.basis, c.measure, c.percent) for c in f.comparisons])
        for f in extract_figures(text)
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm so với năm 2022, còn 3,4%.",
         [(3.4, "%", "Tỷ lệ hộ nghèo", [("previous", "change", -1.2)])]),
        ("Tỷ lệ lao động qua đào tạo tăng 2,5 điểm phần trăm so với năm trước, đạt 68,5%.",
         [(68.5, "%", "Tỷ lệ lao động qua đào tạo", [("previous", "change", 2.5)])]),
        ("Năm 2024, tỷ lệ che phủ rừng tăng 0,8 điểm % so với cùng kỳ, lên 57,3%.",
         [(57.3, "%", "tỷ lệ che phủ rừng", [("same_period", "change", 0.8)])]),
        ("Tỷ lệ bao phủ bảo hiểm y tế tăng 1,5 điểm phần trăm so với kế hoạch, đạt 93,1%.",
         [(93.1, "%", "Tỷ lệ bao phủ bảo hiểm y tế", [("plan", "change", 1.5)])]),
        # The gap after the rate reads the same, as it did before.
        ("Tỷ lệ hộ nghèo còn 3,4%, giảm 1,2 điểm phần trăm so với năm 2022.",
         [(3.4, "%", "Tỷ lệ hộ nghèo", [("previous", "change", -1.2)])]),
        # Near misses: a gap with no basis stays no comparison; a gap against the overall
        # rise ranks a part and gives no change; a rise in per cent keeps its reading.
        ("Tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm, còn 3,4%.",
         [(3.4, "%", "Tỷ lệ hộ nghèo", [])]),
        ("Tỷ lệ hộ nghèo giảm 1,2% so với năm 2022, còn 3,4%.",
         [(3.4, "%", "Tỷ lệ hộ nghèo", [("previous", "change", -1.2)])]),
    ],
)  # fmt: skip
def test_a_gap_in_points_with_its_basis_before_a_rate_is_that_rates_change(
    text: str, figures: list[Read]
) -> None:
    assert _read(text) == figures


def test_the_parts_listed_after_a_gap_against_the_overall_rise_are_figures_of_their_own() -> None:
    # The gap's basis ("mức tăng chung") is no time: the parts after it keep their own rises.
    text = (
        "Chỉ số sản xuất của 4 ngành công nghiệp trọng điểm tăng 11,6%, cao hơn 4,7 điểm "
        "phần trăm so với mức tăng chung, gồm cơ khí tăng 17,9%, hóa dược tăng 13%."
    )
    # "của 4 ngành" tells whose index rose: the rise is the figure, the count none.
    assert [(value, comparisons) for value, _unit, _name, comparisons in _read(text)] == [
        (None, [("same_period", "change", 11.6)]),
        (None, [("same_period", "change", 17.9)]),
        (None, [("same_period", "change", 13.0)]),
    ]
