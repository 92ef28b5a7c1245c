"""The words of a clause the confidence signs look for are found in one native pass,
and the words between an indicator and its number read one after another: each must
answer as the searches and the pattern it stands for, on any text made of those words,
their pieces and the letters the pass stops at."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.conf_words import clause_words, number_follows
from tiendo.extract.confidence import _BREAKDOWN, _TARGET_WORDS, _TO_NUMBER


def _words_before(clause: str) -> tuple[bool, bool, bool, bool, bool]:
    """The seventeenth round's searches, as _clause_signs and _Clause ran them."""
    return (
        " ước " in f" {clause} " or "dự kiến" in clause or "dự ước" in clause,
        "kế hoạch" in clause
        or "chỉ tiêu" in clause
        or "mục tiêu" in clause
        or "phấn đấu" in clause
        or "đến năm" in clause,
        "lần lượt" in clause,
        "trong đó" in clause or "gồm" in clause or "riêng" in clause or "cụ thể" in clause,
        "dự kiến" in clause,
    )


_WORD_PIECES = [
    *_TARGET_WORDS, *_BREAKDOWN, "ước", " ước ", "dự kiến", "dự ước", "lần lượt", "kế",
    "hoạch", "chỉ", "tiêu", "mục", "phấn", "đấu", "đến", "năm", "trong", "đó", "cụ", "thể",
    "dự", "kiến", "lần", "lượt", "riê", "ng", "gồ", "m", "ư", "ớc", "ế", "ỉ", "ụ", "ấ", "ớ",
    "ự", "ầ", "ó", "ồ", "ê", " ", "  ", "\u00a0", "a", "5",
]  # fmt: skip
_VERB_PIECES = [
    "ước tính", "ước thực hiện", "ước đạt", "ước", "đạt", "là", "có", "được", "lên", "còn",
    "xuống", "tới", "đến", "khoảng", "gần", "hơn", "trên", "dưới", "chỉ", "mới", "đã",
    "thực hiện", "chiếm", "bằng", "tính", "thực", "hiện", "ướ", "đạ", " ", "  ", "\t",
    "\u00a0", "\u2003", "5", "12,5", "\u0663", "a", "lúa", "%",
]  # fmt: skip


def _texts(pieces: list[str], max_size: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


def test_the_word_lists_are_those_the_pass_looks_for() -> None:
    assert _TARGET_WORDS == ("kế hoạch", "chỉ tiêu", "mục tiêu", "phấn đấu", "đến năm")
    assert _BREAKDOWN == ("trong đó", "gồm", "riêng", "cụ thể")


@pytest.mark.parametrize(
    "clause",
    [
        "", "ước", "ước đạt 5", "dự ước", "tăng trước", "ướcx", " ước", "ước ", "a  ước  b",
        "đạt 86,6% kế hoạch", "chỉ tiêu", "mục tiêu", "phấn đấu", "đến năm 2025", "đến  năm",
        "lần lượt", "trong đó", "trongđó", "gồm", "riêng", "cụ thể", "dự kiến", "dựkiến",
        "kếhoạch", "ế", "ó", "ê", "rriêng", "ktrong đó",
    ],
)  # fmt: skip
def test_the_clause_words_are_those_the_searches_find(clause: str) -> None:
    assert clause_words(clause) == _words_before(clause)


@settings(max_examples=examples(300), deadline=None)
@given(_texts(_WORD_PIECES, 12))
def test_the_clause_words_of_any_clause_are_those_the_searches_find(clause: str) -> None:
    assert clause_words(clause) == _words_before(clause)


@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("5", True), ("  5", True), ("đạt 5", True), ("ước tính 5", True), ("ước  tính 5", False),
        ("ước thực hiện 5", True), ("ước  thực hiện 5", True), ("ước đạt\t5", True),
        ("đạt5", False), ("tính 5", False), ("thực 5", False), ("là lúa 5", False), ("", False),
        ("đạt", False), ("đạt ", False), ("ước tính", False), ("khoảng \u00a0\u0663", True),
        ("hơn gần 5", True), ("chỉ còn 5", True), ("xuống dưới 5", True),
    ],
)  # fmt: skip
def test_a_number_follows_the_indicator_where_the_pattern_matches(text: str, follows: bool) -> None:
    assert number_follows(text, 0) is follows
    assert (_TO_NUMBER.match(text, 0) is not None) is follows


@settings(max_examples=examples(300), deadline=None)
@given(_texts(_VERB_PIECES, 10))
def test_a_number_follows_in_any_text_where_the_pattern_matches(text: str) -> None:
    for at in range(len(text) + 1):
        assert number_follows(text, at) == (_TO_NUMBER.match(text, at) is not None)
