"""Round 17 (periods, times, comparisons): the speed-ups hold the same answers as before."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract import day_spans, period_cues
from tiendo.extract.comparisons import Lead
from tiendo.extract.period_cues import PeriodMention
from tiendo.extract.word_matches import matches_at_words


def _written_init(cls: type) -> ast.FunctionDef:
    """The class's __init__ as its source writes it (compiled, a class has no source)."""
    source = Path(__file__).parents[2] / (cls.__module__.replace(".", "/") + ".py")
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    return item
    raise AssertionError(cls)


@pytest.mark.parametrize("cls", [Lead, PeriodMention], ids=lambda cls: cls.__name__)
def test_a_frozen_init_sets_each_field_through_object_setattr_by_name(cls: type) -> None:
    # mypyc stores a field natively only for `object.__setattr__(self, "name", value)`
    # written out; through an alias (`setter = object.__setattr__`) each field cost a call.
    written = [ast.unparse(statement) for statement in _written_init(cls).body]
    assert written == [
        f"object.__setattr__(self, {field.name!r}, {field.name})"
        for field in dataclasses.fields(cls)
    ]


# Pieces the texts are made of: the words the patterns open with and what may follow
# them, look-behinds' neighbours (letters, punctuation) and the words that turn a match off.
_PERIOD_PIECES = [
    *("trong", "cả", "riêng", "thời điểm", "hiện", "đến nay", "tới nay", "từ đầu năm"),
    *("đến", "tới", "vào", "tính", "ngày", "năm học", "niên vụ", "niên khóa", "giai đoạn"),
    *("nhiệm kỳ", "năm", "tháng", "quý", "nay", "này", "tại", "hành", "cuối", "hết", "qua"),
    *(" ", "  ", "\n", ",", ", ", "(", ":", "/", "-", "–", "x", "t", "h", "đ"),
    *("1", "5", "12", "30", "2023", "2024"),
]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (period_cues._BARE_YEAR, period_cues._BARE_YEAR_WORDS),
        (period_cues._UNTIL_DATE, period_cues._UNTIL_DATE_WORDS),
        (day_spans.EVENT_DATE, day_spans.DATE_WORDS),
        (period_cues._NOW, period_cues._NOW_WORDS),
        (period_cues._THIS, period_cues._THIS_WORDS),
    ],
    ids=["bare_year", "until_date", "date", "now", "this"],
)
@settings(max_examples=examples(400), deadline=None)
@given(text=st.lists(st.sampled_from(_PERIOD_PIECES), max_size=16).map("".join))
def test_matches_at_words_gives_what_finditer_gave(
    pattern: re.Pattern[str], words: tuple[str, ...], text: str
) -> None:
    expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in matches_at_words(pattern, text, words)] == expected


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("_BARE_YEAR", "đến 2025, tới hết 2030 và vào cuối 2024 - đến 2025/2026"),
        ("_UNTIL_DATE", "tính đến 31/12/2023, đến hết ngày 30/6 và tới 15-8-2024"),
        (
            "EVENT_DATE",
            "ngày 15/3/2023; năm học 2023 - 2024; giai đoạn 2021-2025, nhiệm kỳ 2020–2025",
        ),
        ("_NOW", "đến thời điểm hiện nay, hiện tại, hiện có, từ đầu năm đến nay, tới nay"),
        ("_THIS", "trong năm, cả tháng qua, riêng quý này, trong tháng 5 và cả năm"),
    ],
)
def test_matches_at_words_finds_each_match_of_a_text_of_several(name: str, text: str) -> None:
    # Texts sampled from pieces hold few matches by chance: these hold several each.
    if name == "EVENT_DATE":  # moved to day_spans beside the spans of days (twenty-fifth round)
        pattern, words = day_spans.EVENT_DATE, day_spans.DATE_WORDS
    else:
        pattern, words = getattr(period_cues, name), getattr(period_cues, name + "_WORDS")
    expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert len(expected) >= 2
    assert [(m.span(), m.groups()) for m in matches_at_words(pattern, text, words)] == expected


@settings(max_examples=examples(600), deadline=None)
@given(text=st.lists(st.sampled_from(["a", " ", ",", "5", "12", "٣", "²", ", "]), max_size=14))
def test_clause_tail_gives_what_the_split_at_clause_commas_gave(text: list[str]) -> None:
    joined = "".join(text)
    assert period_cues._clause_tail(joined) == period_cues._CLAUSE_COMMA.split(joined)[-1]


_BEFORE_PIECES = [
    *("ngày", "tháng", "giá", "so sánh", "cố định", "gốc", "đến", "tới", "vào", "cuối", "hết"),
    *("lũy kế", "năm", " ", "  ", ",", "8", "12", "x"),
]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("_DATE_BEFORE", ("ngày",)),
        ("_MONTH_DAY_BEFORE", ("tháng",)),
        ("_PRICE_BASE_BEFORE", ("giá",)),
        ("_UNTIL_BEFORE", ("đến", "tới", "vào")),
    ],
)
@settings(max_examples=examples(400), deadline=None)
@given(before=st.lists(st.sampled_from(_BEFORE_PIECES), max_size=10).map("".join))
def test_a_pattern_before_a_year_matches_only_where_its_word_stands(
    name: str, words: tuple[str, ...], before: str
) -> None:
    # find_periods asks each of them only where one of `words` stands in the words before.
    if getattr(period_cues, name).search(before):
        assert any(word in before for word in words)
