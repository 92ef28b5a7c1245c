"""numbers.has_digit stands in for a search for "\\d" (the sentence's digit test in prose.py,
the words' in measures.py): it must answer as the search does, for every character and on
any stretch of any text."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from tiendo.extract.numbers import has_digit

_DIGIT = re.compile(r"\d")  # the pattern has_digit stands in for


def test_has_digit_gives_for_every_code_point_what_the_digit_search_gave() -> None:
    differing = [
        code
        for code in range(sys.maxunicode + 1)
        if has_digit(chr(code), 0, 1) != (_DIGIT.search(chr(code)) is not None)
    ]
    assert differing == []


_PIECES = st.sampled_from(
    [
        *("năm", "tỷ đồng", " ", "\t", "\n", ",", ".", "%", "ạ", "ỹ", "đ", "Ư", "a", "Z", "_"),
        *("0", "5", "9", "\u0663", "\u0966", "\u1c59", "\uff11", "\U0001d7ce", "\u00b2"),
    ]
)


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(st.lists(_PIECES, max_size=30).map("".join), st.text(max_size=30)),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=40),
)
def test_has_digit_gives_on_any_stretch_what_the_digit_search_gave(
    text: str, start: int, end: int
) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    assert has_digit(text, start, end) is (_DIGIT.search(text, start, end) is not None)
    assert has_digit(text, start, end) is (_DIGIT.search(text[start:end]) is not None)
