"""The eighth round's speed guards: each fast path gives what the slower original gave,
on random input (as tests/extract/test_speed_guards.py does for the earlier rounds)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract import conf_scans, confidence
from tiendo.extract.rate_of_noun import _ACTED_ON
from tiendo.extract.said_twice import _SAID_TWICE

_WORDS = st.sampled_from(
    ["tỷ lệ", "hộ", "nghèo", "đạt", "được", "xếp loại", "Tỷ", "lệ", " ", ",", "12", "2024", "cho"]
)
_NAMES = st.lists(_WORDS, max_size=12).map(" ".join)


@settings(max_examples=examples(300), deadline=None)
@given(_NAMES)
def test_a_name_said_twice_holds_three_blanks_at_least(named: str) -> None:
    # late_name asks the pattern only of names with three blanks or more.
    if _SAID_TWICE.search(named):
        assert named.count(" ") >= 3


@settings(max_examples=examples(300), deadline=None)
@given(_NAMES)
def test_the_verb_a_rate_acted_on_is_never_empty(pre: str) -> None:
    # rate_named asks the pattern only with a name to compare: "" never equals the verb.
    acted = _ACTED_ON.search(pre)
    if acted:
        assert acted.group("verb")


def _number_place_before(clause: str, value: float) -> tuple[bool, bool]:
    """The seventh round's _number_place, every number's value worked out up front."""
    low = clause.lower()
    places = [
        (conf_scans.number_value_at(low, m.start(), m.end()), m.start(), m.end())
        for m in confidence._NUMBER.finditer(low)
    ]
    tolerance = 1e-6 * max(1.0, abs(value))
    for number, start, end in places:
        if number is None or abs(number - value) > tolerance:
            continue
        head = low[max(0, start - 20) : start].split()
        after_verb = bool(head) and head[-1] in confidence._AFTER_VERB
        return after_verb, confidence._followed_in_list(low, end)
    return False, False


def _numbers_before(clause: str) -> int:
    tokens = [m.group() for m in confidence._NUMBER.finditer(clause.lower())]
    return sum(1 for t in tokens if not (len(t) == 4 and t[:2] in ("19", "20") and t.isdigit()))


_CLAUSE_PARTS = st.sampled_from(
    ["đạt", "là", "1.234,5", "12,5", "2024", "1999", "45", "tỷ đồng", "%", ",", ";", "1,2,3", "ha"]
)


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(_CLAUSE_PARTS, max_size=14).map(" ".join),
    st.sampled_from([12.5, 1234.5, 2024.0, 45.0, 1.2, 0.0]),
)
def test_a_clause_s_numbers_read_as_asked_give_what_they_gave_read_up_front(
    clause: str, value: float
) -> None:
    facts = confidence._Clause(clause)
    assert facts.numbers == _numbers_before(clause)
    assert confidence._number_place(facts, value) == _number_place_before(clause, value)
    # asked again, from the values already worked out
    assert confidence._number_place(facts, value) == _number_place_before(clause, value)


def _spans_before(text: str) -> list[tuple[int, int]]:
    """The seventh round's sentence_spans: every span through _bounded."""
    from tiendo.extract import sentences

    spans: list[tuple[int, int]] = []
    start, length = 0, len(text)
    for match in sentences._BREAK.finditer(text):
        end = match.end()
        newline = text[end - 1] == "\n"
        if not newline:
            following = text[end] if end < length else ""
            opens = following.isupper() or following.isdigit() or following in "\"“'(-–•+"
            if following and not opens:
                continue
            if text[match.start()] == "." and sentences.ends_abbreviation(text, match.start()):
                continue
        first, last = sentences._trim(text, start, match.start() if newline else end)
        if first < last:
            spans.extend(sentences._bounded(text, first, last))
        start = end
    first, last = sentences._trim(text, start, length)
    if first < last:
        spans.extend(sentences._bounded(text, first, last))
    return spans


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(
        st.sampled_from(["Thu đạt 5 tỷ", ". ", "\n", "TP. ", "Hồ", " ", "x" * 900, "; ", "!"]),
        max_size=12,
    ).map("".join)
)
def test_sentences_are_cut_where_they_were_cut(text: str) -> None:
    from tiendo.extract.sentences import sentence_spans

    assert sentence_spans(text) == _spans_before(text)


_UNIT_WORDS = ["ha", "kg", "m2", "m", "tấn", "tạ", "km", "mw", "kw", "đồng", "usd", "eur", "yên"]


@settings(max_examples=examples(200), deadline=None)
@given(
    st.permutations(_UNIT_WORDS),
    st.lists(st.sampled_from([*_UNIT_WORDS, " ", "a", "2", "/"]), max_size=6).map("".join),
)
def test_a_unit_list_is_the_same_pattern_in_any_order_and_matches_as_before(
    words: list[str], text: str
) -> None:
    import re

    from tiendo.extract.units import _END, _alternation

    # The same text whatever order the words come in (sets iterate by hash), so that
    # the kept compiled patterns are found again in the next run.
    assert _alternation(words) == _alternation(sorted(words))
    # Longest first, ties in any order, as the seventh round built it: the same matches.
    before = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    old = re.compile(rf"[ \t]*(?:{before}){_END}")
    new = re.compile(rf"[ \t]*(?:{_alternation(words)}){_END}")
    for position in range(len(text) + 1):
        one, other = old.match(text, position), new.match(text, position)
        assert (one and one.span()) == (other and other.span())
