"""The native scans of conf_scans stand for patterns and string calls the clause signs
ran before: each must answer as its original form, on any text made of the characters
and words they hinge on (digits of other scripts, separators, blanks outside ASCII)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.char_scans import is_space_at
from tiendo.extract.conf_scans import (
    clause_counts,
    followed_in_list,
    last_word_before,
    next_digit,
    number_end,
    number_value_at,
)
from tiendo.extract.confidence import _NEXT_IN_LIST, _NUMBER
from tiendo.extract.confidence_scans import grouped_in_thousands

_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}|ngày \d")
_PIECES = [
    "1", "12", "19", "20", "2024", "1999", "2.707.827", "1.234,5", "12,5", "0", ".", ",",
    ";", "/", "%", "(", ")", " ", "  ", "\t", "\u00a0", "\u2003", "\n", "ngày ", "ngày",
    "đạt", "là", "ha", "và", "\u0663", "\u0661\u0669", "1234567890123456789", "0,0001",
]  # fmt: skip


def _texts(max_size: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_PIECES), max_size=max_size).map("".join)


def _counts_before(clause: str) -> tuple[int, int, int, int, bool, bool]:
    """What the clause signs counted with a pattern and string calls."""
    tokens = _NUMBER.findall(clause)
    numbers = sum(1 for t in tokens if len(t) != 4 or t[:2] not in ("19", "20") or not t.isdigit())
    return (
        numbers,
        clause.count("%"),
        clause.count(","),
        clause.count(" "),
        "(" in clause,
        _DATE.search(clause) is not None,
    )


def _value_before(token: str) -> float | None:
    """The seventeenth round's _number_value."""
    if "." in token and grouped_in_thousands(token):
        token = token.replace(".", "")
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a == b)


@pytest.mark.parametrize(
    "clause",
    [
        "", "2024", "năm 2024 đạt 1.234,5 tỷ đồng, tăng 5%", "1999 2000 2100 19,5 20.12",
        "ngày 16/12/2014", "tính đến 30/6/2024 đạt", "1/1/20", "7,5%/năm", "đến ngày 5",
        "ngày hôm nay", "123/4/2014", "1/12/201", "(a, b, c, d)", "ngày \u0663",
        "\u0661\u0669\u0669\u0669", "12/12/12/2024", "5/2024/1", "1,2,3,4", "a,,b", "ngàyngày 5",
    ],
)  # fmt: skip
def test_the_clause_pass_counts_as_the_pattern_and_string_calls_did(clause: str) -> None:
    assert clause_counts(clause) == _counts_before(clause)


@settings(max_examples=examples(300), deadline=None)
@given(_texts())
def test_the_clause_pass_counts_any_clause_as_before(clause: str) -> None:
    assert clause_counts(clause) == _counts_before(clause)


@settings(max_examples=examples(300), deadline=None)
@given(_texts())
def test_a_number_ends_and_is_worth_what_the_pattern_and_float_made_of_it(text: str) -> None:
    for at in range(len(text)):
        digit = re.compile(r"\d").search(text, at)
        assert next_digit(text, at) == (digit.start() if digit else len(text))
        match = _NUMBER.match(text, at)
        if match is None:
            continue
        assert next_digit(text, at) == at
        assert number_end(text, at) == match.end()
        assert _same(number_value_at(text, at, match.end()), _value_before(match.group()))


@pytest.mark.parametrize(
    "token",
    [
        "0", "7", "2024", "2.707.827", "1.234,56", "12.5", "1,234.567", "1234.567", "1.234.56",
        "1.234,5,6", "1,5", "0,0001", "1.2.3", "1,2,3", "999999999999999", "1234567890123456",
        "12345678901234567890,5", "1.234.567.890.123,45678", "\u0663", "1\u0663,5", "007,50",
        "0,123456789012345",
    ],
)  # fmt: skip
def test_a_number_s_value_is_what_float_made_of_its_text(token: str) -> None:
    assert _NUMBER.fullmatch(token)
    assert _same(number_value_at(token, 0, len(token)), _value_before(token))
    # inside a longer text too
    text = f"đạt {token} tỷ"
    assert _same(number_value_at(text, 4, 4 + len(token)), _value_before(token))


@settings(max_examples=examples(300), deadline=None)
@given(_texts(12), st.integers(0, 40))
def test_the_word_before_a_place_is_the_last_the_split_gives(text: str, back: int) -> None:
    for start in range(len(text) + 1):
        head = text[max(0, start - back) : start].rsplit(None, 1)
        assert last_word_before(text, start, back) == (head[-1] if head else "")


@pytest.mark.parametrize(
    ("text", "end", "followed"),
    [
        ("5 ha, ngô 3", 1, True), ("5 ha và ngô 3", 1, False), ("5;\u2003 7", 1, True),
        ("5" + "a" * 25 + ", 7", 1, True), ("5" + "a" * 26 + ", 7", 1, False),
        ("5, " + "b" * 25 + "7", 1, True), ("5, " + "b" * 26 + "7", 1, False), ("5,", 1, False),
        ("", 0, False), ("5, , 7", 1, False),
    ],
)  # fmt: skip
def test_a_number_followed_as_in_a_list_is_what_the_pattern_finds(
    text: str, end: int, followed: bool
) -> None:
    assert followed_in_list(text, end) is followed
    assert (_NEXT_IN_LIST.match(text, end, end + 40) is not None) is followed


@settings(max_examples=examples(300), deadline=None)
@given(_texts(20))
def test_a_number_followed_in_any_text_is_what_the_pattern_finds(text: str) -> None:
    for end in range(len(text) + 1):
        expected = _NEXT_IN_LIST.match(text, end, end + 40) is not None
        assert followed_in_list(text, end) is expected


def test_a_blank_is_every_character_str_isspace_takes_and_no_other() -> None:
    text = "".join(map(chr, range(sys.maxunicode + 1)))
    spaces = [at for at in range(len(text)) if is_space_at(text, at)]
    assert spaces == [at for at, char in enumerate(text) if char.isspace()]
