"""cue_plans.may_go_on is False only where no cue of "kế hoạch" or "nhiệm vụ" can match:
Cues then skips the pattern for the word, and finds what it found with it."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.cue_plans import _blank, may_go_on
from tiendo.extract.kinds import _CUES_BY_WORD, _FIRST_WORD_ALTERNATION

_NOUNS = {"kế": "kế hoạch", "nhiệm": "nhiệm vụ"}


def _pattern_matches(text: str, word: str, position: int = 0) -> bool:
    pattern, _ = _CUES_BY_WORD[word]
    match = pattern.match(text, position)
    return match is not None and match.lastindex is not None


def test_the_nouns_are_what_the_candidates_look_ahead_for() -> None:
    # Cues asks may_go_on 8 characters after the candidate: the whole noun.
    assert "kế(?= hoạch)" in _FIRST_WORD_ALTERNATION.split("|")
    assert "nhiệm(?= vụ)" in _FIRST_WORD_ALTERNATION.split("|")
    assert {len(noun) for noun in _NOUNS.values()} == {8}


def test_the_words_patterns_hold_the_cues_may_go_on_was_written_for() -> None:
    # Five cues of the target open with "kế hoạch" (and "kết quả" with "kế"), two with
    # "nhiệm vụ": a cue added for them must be read by may_go_on too.
    assert _CUES_BY_WORD["kế"][1] == ("target",) * 5 + ("actual",)
    assert _CUES_BY_WORD["nhiệm"][1] == ("target",) * 2


@pytest.mark.parametrize(
    ("tail", "word", "expected"),
    [
        ("", "kế", True),
        ("\n", "kế", True),
        (" .", "kế", True),
        (":", "nhiệm", True),
        (" , giải pháp", "kế", True),
        (" và nhiệm vụ năm 2025", "kế", True),
        (" năm 2024 là", "nhiệm", True),
        (" giai đoạn 2021-2025", "nhiệm", True),
        (" là thu 5 tỷ", "kế", True),
        (" tỉnh giao", "kế", True),
        (" của tỉnh giao", "kế", True),
        (" a b c giao", "kế", True),
        (" a b c d giao", "kế", False),
        (" tỉnh giao", "nhiệm", False),
        (" cụ thể và tổ chức", "kế", False),
        ("; năng suất", "kế", False),
        (" được giao, chủ động", "nhiệm", False),
        ("\tgiao", "kế", False),
        ("  giao", "kế", True),  # no word between two spaces: the pattern does not match
    ],
)
def test_may_go_on_answers_for_a_plan_noun_and_the_words_after_it(
    tail: str, word: str, expected: bool
) -> None:
    text = _NOUNS[word] + tail
    assert may_go_on(text, 8, word == "kế") is expected
    if not expected:
        assert not _pattern_matches(text, word)


_PIECES = [
    "kế hoạch", "nhiệm vụ", "giải pháp", "phương hướng", "mục tiêu", "năm", "2025", "giai đoạn",
    "và", "là", "giao", "tỉnh", "được", "cụ thể", "vượt", "so", "đạt", "-", "–", ",", ".", ":",
    ";", " ", " ", " ", "\n", "\t", "\u00a0", "x", "giaox", "làm",
]  # fmt: skip


@st.composite
def _tails(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(_PIECES), max_size=10))
    return "".join(piece + draw(st.sampled_from(["", " ", ""])) for piece in pieces)


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(sorted(_NOUNS)), _tails(), _tails())
def test_where_may_go_on_says_no_the_words_pattern_matches_nothing(
    word: str, before: str, tail: str
) -> None:
    text = before + _NOUNS[word] + tail
    if not may_go_on(text, len(before) + 8, word == "kế"):
        assert not _pattern_matches(text, word, len(before)), text


def test_blank_is_what_the_pattern_of_blanks_matches_for_every_code_point() -> None:
    blank = re.compile(r"\s")
    differing = [
        code
        for code in range(sys.maxunicode + 1)
        if _blank(chr(code), 0) != (blank.match(chr(code)) is not None)
    ]
    assert differing == []
