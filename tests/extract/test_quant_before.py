"""quant_before.py and quant_words.py read the words before a number in place, where
mentions.py asked a pattern or a str method at every number: each answer must be the one
the old form gave (written out here as it was), for every character and on any stretch."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.char_scans import has_word_at, is_space_at
from tiendo.extract.figure import Bound
from tiendo.extract.mentions import _COUNT_NEXT, _count_next_opens
from tiendo.extract.name_quantities import DATE_WORD_LIST as _DATE_WORD_LIST
from tiendo.extract.name_quantities import DATE_WORDS as _DATE_WORDS
from tiendo.extract.quant_before import (
    _BOUND_BEFORE,
    _BOUND_KIND,
    _BOUND_LAST_WORDS,
    _COMPARATIVE,
    _COMPOUNDS_OF_NAME_WORDS,
    _NAME_LAST_WORDS,
    NAME_WORDS,
    attached_left,
    bound_before,
    ends_with_total,
    named_before,
    per_lead,
    years_counted,
)
from tiendo.extract.quant_words import ends_with_any, is_word_char_at

_SPACE = re.compile(r"\s")
_WORD_CHAR = re.compile(r"[^\W_]")
_YEARS_COUNTED = re.compile(r"(?<![\d.,/])\d{1,3}[ \t]+năm[ \t]+$")


def _old_named(before: str) -> bool:
    tail = before[-1:]
    if tail and not (tail.isspace() or tail == "("):
        return False
    spaced = before.replace("(", " ")
    last = spaced.rsplit(None, 1)
    if not last or last[-1] not in _NAME_LAST_WORDS:
        return False
    words = spaced.split()[-3:]
    if " ".join(words[-2:]) in _COMPOUNDS_OF_NAME_WORDS:
        return False
    return any(" ".join(words[-size:]) in NAME_WORDS for size in (1, 2, 3) if size <= len(words))


def _old_bound_before(low: str, index: int, floor: int) -> tuple[Bound | None, int, bool]:
    before = low[max(floor, index - 30) : index]
    words = before.rsplit(None, 1)
    last = words[-1].rsplit("(", 1)[-1].rsplit(",", 1)[-1] if words else ""
    match = _BOUND_BEFORE.search(before) if last in _BOUND_LAST_WORDS else None
    if not match:
        return None, index, False
    word = match.group(1)
    start = index - len(before) + match.start(1)
    if word == "từ":
        return None, start, True
    if word == "hơn" and _COMPARATIVE.search(before[: match.end(1)]):
        return None, index, False
    return _BOUND_KIND.get(word), start, False


def _old_attached_left(low: str, index: int, floor: int) -> bool:
    if index <= floor:
        return False
    before = low[index - 1]
    return before.isalnum() or before in "/_.,-–+"


def _old_years_counted(low: str, first: int) -> bool:
    return bool(_YEARS_COUNTED.search(low, max(0, first - 12), first))


def test_the_blank_and_word_character_tests_give_for_every_code_point_what_the_patterns_gave() -> (
    None
):
    differing = [
        code
        for code in range(sys.maxunicode + 1)
        if is_space_at(chr(code), 0) != (_SPACE.match(chr(code)) is not None)
        or is_space_at(chr(code), 0) != chr(code).isspace()
        or is_word_char_at(chr(code), 0) != (_WORD_CHAR.match(chr(code)) is not None)
    ]
    assert differing == []


@pytest.mark.parametrize(
    ("before", "named"),
    [
        ("", False),
        ("số ", True),
        ("theo số ", True),
        ("(số ", True),
        ("số(", True),
        ("số", False),
        ("lập biên bản ", False),
        ("thôn bản ", True),
        ("bản ", True),
        ("nghị quyết ", True),
        ("quyết ", False),
        ("tờ bản đồ ", True),
        ("bản đồ ", False),
        ("dân số ", False),
        ("lần thứ ", True),
        ("thứ\u00a0", True),
        ("  \t ", False),
        ("hội nghị  ", True),
        ("tổng số ", True),
        ("xã ", False),
    ],
)
def test_a_name_word_before_a_number_is_read_as_the_split_words_read_it(
    before: str, named: bool
) -> None:
    text = before + "12"
    assert named_before(text, 0, len(before)) is named
    assert _old_named(before) is named


@pytest.mark.parametrize(
    "before",
    [
        "khoảng ",
        "không dưới ",
        "xkhông dưới ",
        "(trên ",
        "a,hơn ",
        "cao hơn ",
        "tăng hơn ",
        "từ ",
        "từ(",
        "đạt từ  \t",
        "gần",
        "",
        "   ",
        "trên dưới ",
        "không vượt quá ",
        "là không quá ",
        "độ ",
        "nhiều hơn ",
        "ít nhất\n",
    ],
)
def test_the_bound_before_a_number_is_what_the_search_found(before: str) -> None:
    for prefix in ("", "x ", "một hai ba bốn năm sáu bảy tám chín mười "):
        text = prefix + before + "5 ha"
        index = len(prefix) + len(before)
        for floor in (0, len(prefix), index):
            assert bound_before(text, index, floor) == _old_bound_before(text, index, floor)


@pytest.mark.parametrize(
    "text",
    ["huy hiệu 60 năm 1", "1234 năm 5", "1,60 năm 5", "/60 năm 5", "60\tnăm 5", "năm năm 5",
     "60năm 5", "x 60  năm 5", "abcdefgh 60 năm 5", "2 năm 5", "a600 năm 5"],
)  # fmt: skip
def test_a_count_of_years_before_nam_is_what_the_pattern_found(text: str) -> None:
    first = len(text) - 1
    assert has_word_at(text, first - 4, "năm ")
    assert years_counted(text, first) is _old_years_counted(text, first)


_PIECES = [
    "số", "năm", "tháng", "quý", "ngày", "từ", "trên", "dưới", "không", "hơn", "cao", "khoảng",
    "bản", "biên", "tờ", "đồ", "thứ", "lần", "nghị", "quyết", "tổng", "gần", "độ", "trở",
    "vượt", "quá", "ít", "nhất", "(", ",", "/", "-", "–", "+", "_", ".", " ", " ", " ", "\t",
    "\n", "\u00a0", "\u2003", "\x1c", "0", "5", "60", "12", "2021", "1.790", "\u0663", "²",
    "a", "Ư", "ạ", "là", "xã", "tiêu chí",
]  # fmt: skip
_TEXT = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join),
    st.text(max_size=30),
)
_AT = st.integers(min_value=0, max_value=90)


@settings(max_examples=examples(300), deadline=None)
@given(_TEXT, _AT, _AT)
def test_the_words_before_any_number_read_in_place_answer_as_the_old_forms(
    text: str, floor: int, first: int
) -> None:
    first = min(first, len(text))
    floor = min(floor, first)
    assert named_before(text, floor, first) is _old_named(text[floor:first])
    assert ends_with_total(text, floor, first) is text[floor:first].rstrip().endswith("tổng số")
    assert bound_before(text, first, floor) == _old_bound_before(text, first, floor)
    assert attached_left(text, first, floor) is _old_attached_left(text, first, floor)
    assert per_lead(text, floor, first) is text[floor:first].startswith(("trên", "/"))
    assert ends_with_any(text, floor, first, _DATE_WORD_LIST) is (
        _DATE_WORDS.search(text, floor, first) is not None
    )
    if text.endswith("năm ", 0, first):
        assert years_counted(text, first) is _old_years_counted(text, first)
    if _COUNT_NEXT.match(text, first):  # the gate never hides a match
        assert _count_next_opens(text, first)
    for word in ("năm ", "tháng ", "quý ", "trên"):
        assert has_word_at(text, first - len(word), word) is (
            first >= len(word) and text[first - len(word) : first] == word
        )
