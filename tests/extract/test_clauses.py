from __future__ import annotations

import pytest

from tiendo.extract.clauses import blank, inside, only_predicate, paren_spans, transparent


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        (", ", True),
        (", nhưng mới ", True),
        (" (", True),
        (", vượt dự toán, ", True),
        (", ngang mức tháng trước, còn ", True),
        (", tuy ", True),
        (", giảm nghèo ", False),
        (" (quý i/2016 khu vực này ", False),
        (", mang lại doanh thu lưu trú ", False),
    ],
)
def test_a_gap_is_transparent_when_it_brings_no_new_subject(gap: str, expected: bool) -> None:
    assert transparent(gap) is expected


@pytest.mark.parametrize(
    ("gap", "expected"), [(", đạt ", True), (" và là ", True), (", thu ngân sách ", False)]
)
def test_only_verbs_may_stand_between_a_comparison_and_its_figure(gap: str, expected: bool) -> None:
    assert only_predicate(gap) is expected


def test_parentheses_and_blanked_spans_are_found_by_position() -> None:
    text = "đạt 500 tỷ đồng (năm 2022 đạt 450 tỷ đồng), tăng 11%"
    spans = paren_spans(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["(năm 2022 đạt 450 tỷ đồng)"]
    assert inside(text.index("450"), spans) == spans[0]
    assert inside(text.index("500"), spans) is None
    assert blank(text, 0, 16, [(4, 7)]) == "đạt     tỷ đồng "
