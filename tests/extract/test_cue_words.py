"""cue_words' native scan finds the first words of cues where kinds._FIRST_WORDS found
them at word starts (the only candidates Cues reads), in the same order, from any start."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.cue_words import _word_end, first_word_table, next_first_word
from tiendo.extract.kinds import _FIRST_WORD_ALTERNATION, _FIRST_WORD_TABLE, _FIRST_WORDS, _WORDS

_PLAIN = re.compile(_FIRST_WORD_ALTERNATION)
_LETTER = re.compile(r"[^\W\d_]")


def _word_start(text: str, position: int) -> bool:
    return position == 0 or _LETTER.match(text, position - 1) is None


def _found_by_pattern(text: str) -> list[tuple[int, str]]:
    """The candidates of the grouped pattern Cues scanned with, at word starts."""
    found = _FIRST_WORDS.finditer(text)
    return [(m.start(), m.group()) for m in found if _word_start(text, m.start())]


def _found_natively(text: str, start: int = 0) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    while True:
        position, which = next_first_word(_FIRST_WORD_TABLE, text, start)
        if position < 0:
            return found
        found.append((position, _WORDS[which]))
        start = position + len(_WORDS[which])


def _first_by_pattern(text: str, start: int) -> tuple[int, str] | None:
    """The first word start at or after `start` where the plain alternation matches."""
    for position in range(start, len(text)):
        if _word_start(text, position):
            match = _PLAIN.match(text, position)
            if match is not None:
                return position, match.group()
    return None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "đã",
        "đ",
        "đãi ngộ",  # a word with no look-ahead opens a longer word too
        "ưu đãi, đã làm",
        "kế toán và kế hoạch",
        "kết quả đạt được",
        "kết",
        "kế",
        "(kh) (nq) kh nq (khó",
        "x(kh",
        "đến năm 2025, đến năm ٢٠٢٥, đến năm x",  # Arabic-Indic digits are digits too
        "đến năm",
        "2đã _đã -đã xđã Đã",
        "dự kiến dự án dự báo dự thảo",
        "duy trì ở mức, duy trì tốt",
        "thực hiện được, thực hiện nay",
        "trong năm qua trong năm nay",
        "theo kế hoạch theo đó theo hướng",
        "giao chỉ tiêu giao thông",
        "phấn đấu phải phương hướng phương án",
        "nhằm nhiệm vụ nhóm chỉ tiêu nhóm",
        "cần đạt cần thiết có được có thể cố gắng cố định",
        "từ nay từ đó thời gian tới sắp tới lên kế hoạch lên",
        "quyết tâm quyết định kịch bản yêu cầu xác định thông qua chủ trương ghi nhận",
        "hoàn thành đạt được đề ra đề xuất đề án được giao được bố trí được phân",
        "ước tính, ướcx, xước; sẽ\nsẽ",
        "tỷ lệ\u0301đã",  # a combining mark is no letter: a word starts after it
        "\u00a0đã\u2028đã",
    ],
)
def test_the_native_scan_finds_the_candidates_the_pattern_found_at_word_starts(text: str) -> None:
    assert _found_natively(text) == _found_by_pattern(text)


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("các kết quả", 0, (4, "kết")),
        ("các kết quả", 5, None),  # inside "kết": on to the next word start
        ("đãđã đã", 1, (5, "đã")),
        ("đã đã", 2, (3, "đã")),
        ("(kh", 1, (1, "kh")),
        ("(kh", 2, None),
    ],
)
def test_the_scan_from_inside_a_word_goes_on_from_the_next_word_start(
    text: str, start: int, expected: tuple[int, str] | None
) -> None:
    position, which = next_first_word(_FIRST_WORD_TABLE, text, start)
    assert ((position, _WORDS[which]) if position >= 0 else None) == expected
    assert _first_by_pattern(text, start) == expected


_PIECES = sorted(
    {word.partition("(")[0] for word in _FIRST_WORD_ALTERNATION.split("|")}
    | {"hoạch", "quả", "vụ", "năm", "2025", "١٢", "tiêu", "chỉ", "được", "gian", "tới", "nay"}
    | {"trì", "ở", "qua", "hướng", "bản", "cầu", "định", "nhận", "thành", "tâm", "gắng"}
    | {"kế hoạch", "x", "ư", "k", "b", "t", "th", "nh", "đ", "gi", "ch", "Đã", "ã"}
)
_GLUE = ["", " ", " ", "  ", ", ", "(", "\n", "a", "2", "_", "-", "\u0301", "\u00a0", "ạ"]


@st.composite
def _soups(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_PIECES), max_size=12))
    return "".join(word + draw(st.sampled_from(_GLUE)) for word in words)


@settings(max_examples=examples(300), deadline=None)
@given(_soups(), st.integers(min_value=0, max_value=60))
def test_the_native_scan_reads_any_text_from_any_start_as_the_pattern_did(
    text: str, start: int
) -> None:
    assert _found_natively(text) == _found_by_pattern(text)
    start = min(start, len(text))
    position, which = next_first_word(_FIRST_WORD_TABLE, text, start)
    expected = _first_by_pattern(text, start)
    assert ((position, _WORDS[which]) if position >= 0 else None) == expected


def test_a_word_ends_where_the_pattern_of_letters_stops_for_every_code_point() -> None:
    differing = [
        code
        for code in range(sys.maxunicode + 1)
        if (_word_end(chr(code), 0, 1) == 1) != (_LETTER.match(chr(code)) is not None)
    ]
    assert differing == []


@pytest.mark.parametrize(
    "alternation",
    ["a(?= b)c", "ab(?=x|y)", "ab(?=[^x])", "ab(?=\\w)", "ab(?!x)", "a", "ab(?=x*)", "a b"],
)
def test_a_word_or_look_around_the_scan_cannot_read_is_refused(alternation: str) -> None:
    with pytest.raises(ValueError):
        first_word_table(alternation)
