"""breakdowns.names_measure looks the words of a name up whole (and keeps its last answer)
before it asks the pattern: its answers must be the pattern's own, on any text made of the
words it hinges on."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.breakdowns import _MEASURE_NAMES, MEASURE_NAME, names_measure

_MEASURE_NAME = re.compile(MEASURE_NAME)


_MEASURE_PIECES = [
    *_MEASURE_NAMES.split("|"),
    "Chỉ", "SỐ", "GDP", "giá", "trị", "lệ", "nông", "nghiệp", "sốa", "athu", "thuế", "vốnn",
    "khối", "nhập", "siêu", "xuất", "2024", "3", "\u0663", "_", "-", ",", "(", ")", "%", "/",
    " ", " ", " ", "  ", "\u00a0", "\t", "\n", "\u0301", "\u00b2", "ſ", "İ",
]  # fmt: skip


def _texts(pieces: list[str], max_size: int = 12) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


@pytest.mark.parametrize(
    ("name", "names"),
    [
        ("khu vực dịch vụ", False),
        ("giá trị sản xuất lâm nghiệp", True),
        ("tổng mức bán lẻ hàng hóa", True),
        ("kết nạp đảng viên mới", False),
        ("(GDP) bình quân", True),
        ("giá  trị", False),
        ("thuế nhập khẩu", False),
        ("chi2", True),
        ("chia sẻ", False),
        ("2chi", True),
        ("", False),
    ],
)
def test_names_measure_word_by_word_gives_what_the_pattern_gave(name: str, names: bool) -> None:
    assert names_measure(name) is names
    assert (_MEASURE_NAME.search(name.lower()) is not None) is names


@settings(max_examples=examples(400), deadline=None)
@given(_texts(_MEASURE_PIECES))
def test_names_measure_on_any_words_gives_what_the_pattern_gave(name: str) -> None:
    assert names_measure(name) is (_MEASURE_NAME.search(name.lower()) is not None)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_texts(_MEASURE_PIECES, max_size=4), max_size=8), st.data())
def test_names_measure_asked_again_and_again_gives_what_the_pattern_gave(
    names: list[str], data: st.DataObject
) -> None:
    # Names asked twice in a row (as equal strings, not the same one), then others: the
    # answer kept for the last name asked is that name's.
    for name in names:
        again = "".join(list(name))
        for asked in data.draw(st.permutations([name, again, name.upper(), ""])):
            assert names_measure(asked) is (_MEASURE_NAME.search(asked.lower()) is not None)
