"""Patterns rewritten for speed find what the plain word-boundary patterns find."""

from __future__ import annotations

import re

import pytest

from tiendo.extract.kinds import _FIRST_WORD_ALTERNATION, _FIRST_WORDS
from tiendo.extract.lexicon import at_word_start
from tiendo.extract.sentences import _BREAK

_TEXTS = [
    "thu ngân sách đạt 500 tỷ đồng, là mức cao",
    "vượt(đạt 5%) _đạt đạtx xđạt 2đạt đạt",
    "là",
    "",
    "(là) là. là\nlà",
    "tỷ lệ đạt được, kết quả này đã đạt",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_words_at_a_word_start_match_where_a_word_boundary_pattern_does(text: str) -> None:
    plain = re.compile(r"\b(?:đạt|là|đạt được|kết quả)\b")
    fast = re.compile(at_word_start("đạt|là|đạt được|kết quả") + r"\b")
    for start in range(len(text) + 1):
        expected = [m.span() for m in plain.finditer(text, start)]
        assert [m.span() for m in fast.finditer(text, start)] == expected


def test_only_plain_words_are_accepted_at_a_word_start() -> None:
    with pytest.raises(ValueError):
        at_word_start("đạt|là(?= mức)")


@pytest.mark.parametrize("text", [*_TEXTS, "dự kiến phấn đấu kế hoạch, đến năm, khó khăn"])
def test_cue_words_grouped_by_first_letter_match_as_the_plain_alternation(text: str) -> None:
    plain = re.compile(_FIRST_WORD_ALTERNATION)
    assert [m.span() for m in _FIRST_WORDS.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    ["Thu đạt 5. Chi đạt 6", "a...  b!\tc?”) D\n\nE…F", "x.\n", ". . .", "a.b", "\n"],
)
def test_sentence_breaks_are_the_stops_with_their_blanks_or_a_line_break(text: str) -> None:
    plain = re.compile(r"[.!?…]+[\"”’)]*[ \t]+|\n")
    assert [m.span() for m in _BREAK.finditer(text)] == [m.span() for m in plain.finditer(text)]
