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


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("a (b) c (d) e", 0, 13, ["(b)", "(d)"]),
        ("a ) (b) c", 0, 9, ["(b)"]),  # a ")" that opens nothing is passed over
        ("(a (b) c)", 0, 9, ["(b)"]),  # a "(" opened again moves the start
        ("(a) (b", 0, 6, ["(a)"]),  # a "(" never closed makes no span
        ("x (a) (b)", 3, 9, ["(b)"]),  # only text[start:end] is read
        ("x (a) (b)", 0, 8, ["(a)"]),
        ("không có ngoặc", 0, 14, []),
    ],
)
def test_each_opening_parenthesis_pairs_with_the_next_closing_one(
    text: str, start: int, end: int, expected: list[str]
) -> None:
    assert [text[a:b] for a, b in paren_spans(text, start, end)] == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "spans", "expected"),
    [
        ("đạt 500 tỷ", 0, 10, [], "đạt 500 tỷ"),
        ("đạt 500 tỷ", 0, 10, [(20, 30)], "đạt 500 tỷ"),  # a span outside blanks nothing
        ("đạt 500 tỷ", 4, 10, [(0, 5)], " 00 tỷ"),  # a span across the start
    ],
)
def test_blank_blanks_only_the_spans_inside_the_stretch(
    text: str, start: int, end: int, spans: list[tuple[int, int]], expected: str
) -> None:
    assert blank(text, start, end, spans) == expected
