"""The sixteenth round: _settle_kind asks its patterns only where they may match, with the
same answers: a figure's strong target words in two halves, the costly "... xác định:"
half only where "xác định" stands; an estimate in parentheses after the number only after
a blank or a "("; the cue of the figure's own stretch once where no comma splits it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.figure_kinds import (
    _ESTIMATED_AFTER,
    STRONG_TARGET_SOURCE,
    _estimated_after,
    _strong_target,
)
from tiendo.extract.kinds import Cues

# The whole pattern the two halves answer for (compiled here only: the extractor asks the halves).
_STRONG_TARGET_WHOLE = re.compile(STRONG_TARGET_SOURCE)

_PIECES = st.sampled_from(
    [
        "nghị quyết", "đại hội", "kế hoạch", "chương trình", "đề án", "xác định", "xác",
        "định", ":", ".", ";", ",", "đến năm", "2025", "sẽ", "phấn đấu", "mục tiêu",
        "chỉ tiêu", "hướng tới", "dự toán", "đặt ra", "đề ra", "định hướng", "x", "đoàn",
        "thu", "50", "tỷ đồng", "kếhoạch", "(", "\n",
    ]
)  # fmt: skip
_TEXTS = st.lists(st.tuples(_PIECES, st.sampled_from([" ", "", "  ", ", "])), max_size=16).map(
    lambda pieces: "".join(piece + glue for piece, glue in pieces)
)


@settings(max_examples=examples(600), deadline=None)
@given(_TEXTS, st.integers(0, 200), st.integers(0, 200))
def test_strong_target_halves_answer_as_the_whole_pattern(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    expected = _STRONG_TARGET_WHOLE.search(text, start, end) is not None
    assert _strong_target(text, start, end) == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "strong"),
    [
        ("nghị quyết số 5 đặt mục tiêu thu 50 tỷ đồng", 0, 33, True),
        ("nghị quyết đại hội xác định: thu 50 tỷ đồng", 0, 33, True),
        ("nghị quyết đại hội xác định: thu 50 tỷ đồng", 0, 26, False),  # the colon is out
        ("nghị quyết đại hội đã xác định rõ. thu 50 tỷ đồng", 0, 40, False),
        ("đoàn xác định: 15 cơ sở vi phạm", 0, 20, False),
        ("thu ngân sách đạt 50 tỷ đồng", 0, 20, False),
        ("huyện sẽ thu 50 tỷ đồng", 0, 12, True),
        ("huyện sẽ thu 50 tỷ đồng", 9, 12, False),
    ],
)
def test_strong_target_reads_only_the_stretch_it_is_given(
    text: str, start: int, end: int, strong: bool
) -> None:
    assert _strong_target(text, start, end) is strong
    assert (_STRONG_TARGET_WHOLE.search(text, start, end) is not None) is strong


_AFTER_PIECES = st.sampled_from(
    ["(", ")", " ", "  ", "\n", "\t", "ước tính", "ước", "dự ước", "số ước", "tấn", ",", "x"]
)


@settings(max_examples=examples(600), deadline=None)
@given(st.lists(_AFTER_PIECES, max_size=10).map("".join), st.integers(0, 60))
def test_estimate_after_a_number_is_read_as_its_pattern_reads_it(text: str, end: int) -> None:
    end = min(end, len(text))
    expected = _ESTIMATED_AFTER.match(text, end) is not None
    assert _estimated_after(text, end) == expected


_CUE_PIECES = st.sampled_from(
    ["ước", "đạt", "được", "phấn đấu", "kế hoạch", "đã", "sẽ", "dự kiến", "50", ",", ";", "tấn"]
)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_CUE_PIECES, max_size=12).map(" ".join), st.integers(0, 80), st.integers(0, 80))
def test_a_stretch_asked_twice_of_the_cues_gets_the_same_answer(text: str, a: int, b: int) -> None:
    # _settle_kind takes the figure's cue for its own stretch when no comma splits it.
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    cues = Cues(text)
    first = cues.latest(start, end)
    assert cues.latest(start, end) == first == Cues(text).latest(start, end)
