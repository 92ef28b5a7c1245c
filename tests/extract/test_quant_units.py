"""units.read_unit reads its lists, the percent sign, the noun before a rate's slash, the
bodies counted together and the unit's text in place (quant_words.py), where it asked a
pattern or split and joined: each must answer as the pattern or the old form did."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract import units
from tiendo.extract.lexicon import COUNTED_NOUNS, CURRENCIES, MEASURES, MULTIPLIERS, NOT_A_UNIT

_LISTS = [
    (units._NOT_A_UNIT, units._NOT_A_UNIT_TABLE),
    (units._MULTIPLIER, units._MULTIPLIER_TABLE),
    *(
        (pattern, table)
        for (pattern, _, _), (table, _) in zip(units._READINGS, units._READING_TABLES, strict=True)
    ),
]


def _old_clean(text: str) -> str:
    return " ".join(text.replace(" /", "/").replace("/ ", "/").split())


def _old_coordinated_end(low: str, original: str, start: int, cursor: int) -> int:
    if not units._BODY.search(low, max(start, cursor - units._BODY_REACH), cursor):
        return cursor
    more = units._MORE_BODIES.match(low, cursor)
    if more is None:
        return cursor
    after = original[more.end() : more.end() + 2].strip()
    if after[:1].isupper():
        return cursor
    return more.end()


def _list_end(pattern: re.Pattern[str], low: str, at: int) -> int:
    match = pattern.match(low, at)
    return match.end() if match else -1


def _answers(low: str, at: int) -> None:
    first = units._first_run(low, at)
    for pattern, table in _LISTS:
        assert units._list_end(low, at, first, table) == _list_end(pattern, low, at)
    assert units._noun_before_per_end(low, at) == _list_end(units._NOUN_BEFORE_PER, low, at)
    for floor in (0, max(0, at - units._BODY_REACH), at):
        assert units._body_before(low, floor, at) is (
            units._BODY.search(low, floor, at) is not None
        )
    assert units._clean(low[at:]) == _old_clean(low[at:])
    for start in (0, at):
        assert units._coordinated_end(low, low, start, at) == _old_coordinated_end(
            low, low, start, at
        )
    # "%", "phần trăm" and "‰" after the blanks, read in place as _PERCENT, _PER_MILLE read them
    unit = units.read_unit(low, at, low)
    percent = units._PERCENT.match(low, at) if first in ("", "phần") else None
    per_mille = units._PER_MILLE.match(low, at) if not first and percent is None else None
    if percent:
        assert unit == units.UnitMatch("%", "percent", percent.end())
    elif per_mille:
        assert unit == units.UnitMatch("‰", "measure", per_mille.end())
    else:
        assert unit is None or unit.text not in ("%", "‰")
    assert units._clean(low[:at]) == _old_clean(low[:at])


def test_no_word_of_a_list_opens_with_a_blank_so_the_blanks_are_never_given_back() -> None:
    for words in (NOT_A_UNIT, MULTIPLIERS, CURRENCIES, MEASURES, COUNTED_NOUNS):
        assert all(word and not word[0].isspace() for word in words)


@pytest.mark.parametrize(
    "text",
    [
        "12 tỷ đồng", "12 đồng chí", "12 đô la mỹ", "12  ha", "12\tha2", "12 hab", "12 m²x",
        "12 km²", "12 km", "12 kmx", "12 nghìn tỷ đồng", "12 triệu usd", "12 năm", "12 năm_",
        "12 điểm %", "12 điểm phần trăm", "12 hộ gia đình", "12 hộ", "12 giường bệnh/vạn dân",
        "12 giường bệnh / vạn dân", "12 người/ 1", "12 người /", "12 tấn/ha", "12 ca bệnh nặng/x",
        "12 huyện", "12 xã\n", "12 chi", "12 mchi", "12 (chi", "12 tổ dân phố", "12 %", "12‰",
        "12 phần trăm", "12 phần trămx", "12 ", "", "12 tỷ  đồng", "12 tỷ /ha", " a\u00a0b",
        "12 huyện, xã, thị trấn", "12 xã , phường x",
        "12 huyện,\txã Tân", "12 đảng bộ, chi bộ", "12 xã ,",
    ],
)  # fmt: skip
def test_the_words_after_a_number_are_read_as_the_patterns_read_them(text: str) -> None:
    for at in range(len(text) + 1):
        _answers(text, at)


_PIECES = [
    " ", " ", "  ", "\t", "\n", "\u00a0", "/", ",", "%", "‰", "_", "phần", "trăm", "phần trăm",
    "tỷ", "nghìn", "triệu", "đồng", "chí", "usd", "đô la", "mỹ", "ha", "héc", "ta", "km", "²",
    "2", "m", "tấn", "năm", "tháng", "điểm", "hộ", "gia", "đình", "giường", "bệnh", "vạn",
    "dân", "người", "huyện", "xã", "thị", "chi", "bộ", "tổ", "phố", "khóa", "học", "x", "Ư",
    "1", "12", "5.000",
]  # fmt: skip


@settings(max_examples=examples(300), deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from(_PIECES), max_size=14).map("".join),
        st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join),
        st.text(max_size=20),
    ),
    st.integers(min_value=0, max_value=40),
)
def test_the_words_after_any_number_read_in_place_answer_as_the_patterns(
    text: str, at: int
) -> None:
    _answers(text, min(at, len(text)))
