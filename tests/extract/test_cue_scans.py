"""The cue scan and the name clean-up ask their patterns in cheaper forms: the same
matches as the forms they stand in for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract import lead_verbs
from tiendo.extract.cue_openings import top_alternatives
from tiendo.extract.kinds import _FIRST_WORD_ALTERNATION, _FIRST_WORDS, _PLAN_WORDS
from tiendo.extract.met_plans import met_plan

# The cue words whole and cut ("nh", "th", "kế" before "t"), the words after them, and
# glue that makes a word start or keeps a candidate inside a word.
_WORDS = sorted(
    {word.partition("(")[0] for word in _FIRST_WORD_ALTERNATION.split("|")}
    | {"nh", "th", "ch", "gi", "đ", "k", "t", "ph", "hoạch", "quả", "tiêu", "vụ", "năm", "2025"}
    | {"ra", "giao", "hướng", "được", "cầu", "tới", "nay", "nhận", "thành", "bản", "gắng"}
    | {"đạt", "vượt", "bảo đảm", "kế hoạch", "chỉ tiêu", "đề ra", "đặt ra", "được giao", "so với"}
)
_GLUE = ["", " ", " ", ", ", "(", "\n", "a", "2", "_", "-"]


@st.composite
def _soups(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), max_size=14))
    return "".join(word + draw(st.sampled_from(_GLUE)) for word in words)


@settings(max_examples=examples(600), deadline=None)
@given(_soups())
def test_cue_words_grouped_letter_by_letter_find_what_the_plain_alternation_found(
    text: str,
) -> None:
    plain = re.compile(_FIRST_WORD_ALTERNATION)
    assert [m.span() for m in _FIRST_WORDS.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_the_grouped_scan_still_opens_with_a_letter_of_every_word() -> None:
    # A word start no candidate letter opens is skipped at once (the engine's first-letter
    # set): every word of the alternation opens the grouped pattern with a plain letter.
    first = {word[0] for word in _FIRST_WORD_ALTERNATION.split("|")}
    tops = {part[0] for part in top_alternatives(_FIRST_WORDS.pattern)}
    assert tops == first


@settings(max_examples=examples(600), deadline=None)
@given(_soups())
def test_met_plan_asked_only_at_its_words_gives_what_asking_everywhere_gave(text: str) -> None:
    for candidate in _FIRST_WORDS.finditer(text):
        if candidate.group() not in _PLAN_WORDS:
            assert not met_plan(text, candidate.start()), (text, candidate)


def test_met_plan_is_true_at_its_words() -> None:
    # The gate leaves met_plan its own words: there it still answers (not vacuous).
    texts = ("đã đạt kế hoạch được giao, thu", "vượt chỉ tiêu đề ra (", "bảo đảm kế hoạch đề ra")
    for text in texts:
        starts = [m.start() for m in _FIRST_WORDS.finditer(text) if m.group() in _PLAN_WORDS]
        assert any(met_plan(text, start) for start in starts), text


_LEAD_PIECES = [
    "tiếp tục", "phấn đấu", "nâng", "đưa", "duy trì", "giữ vững", "giữ", "được giao", "giao",
    "hướng tới", "Hướng đến", "NÂNG", "kế hoạch vốn", "thu ngân sách", "tỷ lệ", "tỉ trọng",
    "giá trị", "số", "mức", "vốn", "hộ", "x", ",", "", "  ", "\t",
]  # fmt: skip


def _cut_by_sub(indicator: str) -> str:
    return lead_verbs._LEAD.sub("", indicator, count=1)


def _cut_by_match(indicator: str) -> str:
    lead = lead_verbs._LEAD.match(indicator)
    return indicator if lead is None else indicator[lead.end() :]


@settings(max_examples=examples(600), deadline=None)
@given(st.lists(st.sampled_from(_LEAD_PIECES), max_size=8), st.sampled_from([" ", "  ", "\n"]))
def test_lead_verb_cut_by_a_match_gives_what_sub_gave(pieces: list[str], glue: str) -> None:
    indicator = glue.join(pieces)
    assert _cut_by_match(indicator) == _cut_by_sub(indicator)


def test_lead_verbs_are_cut() -> None:
    assert _cut_by_match("nâng tỷ lệ che phủ rừng") == "tỷ lệ che phủ rừng"
    assert lead_verbs.without_lead_verb("Giao kế hoạch vốn năm 2024") == "kế hoạch vốn năm 2024"
    assert lead_verbs.without_lead_verb("giảm tỷ lệ hộ nghèo") == "giảm tỷ lệ hộ nghèo"


_OWN_PIECES = [
    "lũy kế", "luỹ kế", "cộng dồn", "tính chung", "tính chung cả", "kế hoạch", "dồn", "kế",
    "so với", "trong khi", "cao hơn", "thấp hơn", "nhanh hơn", "chậm hơn", "hơn", "mức",
    "chưa tới", "chưa đạt", "chưa bằng", "vượt", "phấn đấu", "sẽ", "dự kiến sẽ", "cần", "sa",
    "phải", "xã", "tăng", "10", ",", ";", ":", "(", "", "\t",
]  # fmt: skip


@st.composite
def _owns(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_OWN_PIECES), max_size=6))
    return "".join(word + draw(st.sampled_from(["", " ", " ", ", "])) for word in words)


@settings(max_examples=examples(600), deadline=None)
@given(_owns())
def test_kind_checks_asked_only_where_their_words_stand_give_what_the_patterns_gave(
    own: str,
) -> None:
    from tiendo.extract import aims, counted_predicates, figure_kinds
    from tiendo.extract.undergone import undergone

    assert figure_kinds._cumulative(own) == (figure_kinds._CUMULATIVE.match(own) is not None)
    aimed = counted_predicates._AIMED_AFTER.match(own) is not None and not undergone(own)
    assert (counted_predicates.predicate_kind(own) == "target") == aimed
    assert aims.set_against_result(own) == (aims._AGAINST.match(own) is not None)


def test_kind_checks_still_answer_where_their_words_stand() -> None:
    from tiendo.extract import aims, counted_predicates, figure_kinds

    assert figure_kinds._cumulative(", lũy kế 10 tháng")
    assert counted_predicates.predicate_kind("xã phấn đấu đạt chuẩn") == "target"
    assert counted_predicates.predicate_kind("xã cần sa") is None
    assert aims.set_against_result(", cao hơn mức 5,5%")
    assert not aims.set_against_result("tăng 5%")
