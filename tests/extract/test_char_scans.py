"""char_scans.py answers the questions patterns asked one character at a time, and the
readers that call it (numbers.number_spans, clauses.clause_breaks, sentences._break_end,
units' words) or ask a pattern only where it can match (mentions' gates, units' slash)
must answer as the patterns they stand in for, for every character and on any stretch of
any text."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.char_scans import (
    after_blanks,
    has_digit,
    is_digit_at,
    is_letter_at,
    letters_end,
)
from tiendo.extract.clauses import CLAUSE_BREAK, clause_breaks
from tiendo.extract.mentions import (
    _AFTER_BOUND,
    _AFTER_OPENINGS,
    _PER_OPENINGS,
    _PER_TIME,
    _RANGE_JOIN,
    _RANKED,
    _opens,
    _range_join,
    _ranked_after,
)
from tiendo.extract.numbers import NUMBER_TOKEN, number_spans
from tiendo.extract.sentences import _BREAK, _breaks
from tiendo.extract.units import _FIRST_RUN, _PER, _first_run, _word_after

_DIGIT = re.compile(r"\d")  # what has_digit and is_digit_at stand in for
_LETTER = re.compile(r"[^\W\d_]")  # what is_letter_at stands in for
_LETTERS = re.compile(r"[^\W\d_]*")  # what letters_end stands in for
_BLANKS = re.compile(r"[ \t]*")  # what after_blanks stands in for
_PERCENT_AFTER = re.compile(r"[ \t]*%")  # what _opens(low, at, ("%",)) stands in for
_WORD = re.compile(r"[ \t]+([^\W\d_]+)")  # what units._word_after stands in for


def test_the_character_tests_give_for_every_code_point_what_the_patterns_gave() -> None:
    differing = [
        code
        for code in range(sys.maxunicode + 1)
        if has_digit(chr(code), 0, 1) != (_DIGIT.match(chr(code)) is not None)
        or is_digit_at(chr(code), 0) != (_DIGIT.match(chr(code)) is not None)
        or is_letter_at(chr(code), 0) != (_LETTER.match(chr(code)) is not None)
    ]
    assert differing == []


_PIECES = [
    "năm", "tháng", "tỷ đồng", "trở lên", "trở xuống", "trở", "trong", "trong số", "tổng số",
    "/", "mỗi", "hằng", "hàng", "đến", "tới", "-", "–", "—", "%", "ha", "tạ/ha", "người/km2",
    "dân", "vạn", " ", " ", "\t", "\n", "\u00a0", ",", ".", ";", ":", "ạ", "ỹ", "Ư", "a", "Z",
    "_", "×", "0", "5", "9", "12", "2024", "1.790", "2,5", "\u0663", "\u0966", "\uff11",
    "\U0001d7ce", "\u00b2", "\u2155",
]  # fmt: skip


def _texts(max_size: int = 24) -> st.SearchStrategy[str]:
    pieces = st.lists(st.sampled_from(_PIECES), max_size=max_size).map("".join)
    return st.one_of(pieces, pieces, st.text(max_size=max_size))


_AT = st.integers(min_value=0, max_value=60)


@settings(max_examples=examples(600), deadline=None)
@given(_texts(), _AT, _AT)
def test_the_scans_give_on_any_stretch_what_the_patterns_gave(
    text: str, start: int, end: int
) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    assert has_digit(text, start, end) is (_DIGIT.search(text, start, end) is not None)
    assert has_digit(text, start, end) is (_DIGIT.search(text[start:end]) is not None)
    stop = max(start, end)
    assert after_blanks(text, start, stop) == _BLANKS.match(text, start, stop).end()  # type: ignore[union-attr]
    assert letters_end(text, start, stop) == _LETTERS.match(text, start, stop).end()  # type: ignore[union-attr]
    tokens = [match.span() for match in NUMBER_TOKEN.finditer(text, start, end)]
    assert number_spans(text, start, end) == tokens
    breaks = [match.end() for match in CLAUSE_BREAK.finditer(text, start, end)]
    assert clause_breaks(text, start, end) == breaks


@settings(max_examples=examples(600), deadline=None)
@given(_texts(), _AT, _AT)
def test_the_gated_quantity_patterns_give_what_the_patterns_gave(
    low: str, at: int, end: int
) -> None:
    at, end = min(at, len(low)), min(end, len(low))
    join, by_pattern = _range_join(low, at, end), _RANGE_JOIN.match(low, at, end)
    assert (join.span() if join else None) == (by_pattern.span() if by_pattern else None)
    assert _ranked_after(low, at) is bool(_RANKED.match(low, at))
    assert _opens(low, at, ("%",)) is bool(_PERCENT_AFTER.match(low, at))
    # Where a gated pattern matches, its gate is open (the gate never hides a match).
    if _PER_TIME.match(low, at):
        assert _opens(low, at, _PER_OPENINGS)
    if _AFTER_BOUND.match(low, at):
        assert _opens(low, at, _AFTER_OPENINGS)
    if _PER.match(low, at):
        assert low.startswith("/", after_blanks(low, at, len(low)))
    run = _FIRST_RUN.match(low, at)
    assert _first_run(low, at) == (run.group(1) if run else None)
    word = _WORD.match(low, at)
    assert _word_after(low, at) == (word.span(1) if word else None)


def test_every_opening_starts_with_a_letter_opens_reads_first() -> None:
    assert {opening[0] for opening in (*_PER_OPENINGS, *_AFTER_OPENINGS, "%")} <= set("/%mht")


_BREAK_PIECES = [
    ".", "!", "?", "…", "\n", '"', "”", "’", ")", "(", " ", "\t", "  ", "\u00a0", "\r", "a",
    "Thu", "đạt", "1.790", "2,5", "Ư", "“", "‘", ";", ":",
]  # fmt: skip


@settings(max_examples=examples(600), deadline=None)
@given(st.lists(st.sampled_from(_BREAK_PIECES), max_size=30).map("".join))
def test_breaks_gives_the_spans_the_break_pattern_gave(text: str) -> None:
    assert _breaks(text) == [match.span() for match in _BREAK.finditer(text)]
