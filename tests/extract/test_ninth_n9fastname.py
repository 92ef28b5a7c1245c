"""The ninth round's speed gates of the naming family (n9fastname): each gate must give
the same answer as the pattern or rule behind it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract import late_names, name_openers, rate_of_noun
from tiendo.extract.case_diseases import of_disease
from tiendo.extract.clauses import Draft
from tiendo.extract.count_phrases import _CRITERIA
from tiendo.extract.counted_measures import _BARE, _CROP_MEASURE
from tiendo.extract.final_names import _RECAST_OPENINGS, CASE_ENDS, RECALLED_NAMES
from tiendo.extract.part_names import part_named
from tiendo.extract.recalled_names import recalled
from tiendo.extract.said_names import SaidNames
from tiendo.extract.word_tails import last_words_start

_WORDS = [
    "chiếm", "bằng", "đạt", "so", "với", "so với", "được", "cho", "trên", "hơn", "gần",
    "khoảng", "tới", "có", "là", "còn", "tăng", "giảm", "đánh giá", "xếp loại", "kết nạp",
    "tỷ", "lệ", "hộ", "nghèo", "năm", "2025", "(KH", "ha)", "-", "Tổng", "THU", "x",
]  # fmt: skip
_BLANKS = [" ", "  ", ", ", ",", "\n", "\t", " ,", "\u00a0"]


def _texts() -> st.SearchStrategy[str]:
    piece = st.tuples(st.sampled_from(_WORDS), st.sampled_from(_BLANKS))
    return (
        st.lists(piece, max_size=12)
        .map(lambda ps: "".join(w + b for w, b in ps))
        .flatmap(lambda text: st.sampled_from([text, text.rstrip(), " " + text, text + "  "]))
    )


def _same(pattern: re.Pattern[str], text: str, words: int) -> None:
    whole = pattern.search(text)
    tail = pattern.search(text, last_words_start(text, words))
    assert (whole and (whole.span(), whole.groups())) == (tail and (tail.span(), tail.groups()))


@settings(max_examples=examples(600), deadline=None)
@given(_texts())
def test_end_held_patterns_are_found_from_the_last_words(text: str) -> None:
    _same(rate_of_noun._ACTED_ON, text, rate_of_noun._ACTED_ON_WORDS)
    _same(rate_of_noun._TAKES, text, rate_of_noun._TAKES_WORDS)


def test_last_words_start_keeps_the_comma_before_them() -> None:
    assert last_words_start("a b, c d", 2) == 3  # "b," then "c d": the comma may open it
    assert last_words_start("a b", 2) == 0


_NAME_WORDS = [
    "phấn đấu", "tiếp tục", "qua đó", "giảm", "hạ", "kéo giảm", "kéo", "tăng", "giữ",
    "bình quân", "mỗi", "hằng", "hàng", "năm", "diện tích", "sản lượng", "năng suất",
    "giá trị", "mục tiêu", "kế hoạch", "chỉ tiêu", "gieo trồng", "thu hoạch", "tổng", "vốn",
    "kinh phí", "quy mô", "trị giá", "công suất", "tỷ", "tỉ", "trọng", "lệ", "có", "hộ",
    "thu", "chi", "ngân sách", "Tỷ", "TỔNG", "Diện tích", "lúa", "doanh thu", "cả",
    "tiêu chí", "Chỉ tiêu", "Năng suất", "CẢ", "tổng mức đầu tư", "diện tích tổng",
]  # fmt: skip
_NAMED_PATTERNS = [
    late_names._BROUGHT,
    late_names._PER_YEAR,
    late_names._PLAN_WORD,
    late_names._WORKED_AREA,
    late_names._SHARE_HAS,
    late_names._SHARE_OF_PEOPLE,
    late_names._BARE_FLOW,
]


@settings(max_examples=examples(1500), deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_NAME_WORDS), st.sampled_from([" ", " ", "  ", "\t"])),
        min_size=1,
        max_size=8,
    ).map(lambda pieces: "".join(word + blank for word, blank in pieces)[:-1]),
    st.sampled_from(["", " ", "  ", "\n"]),
    st.sampled_from(["", "\n", " "]),
)
def test_no_pattern_on_the_name_matches_where_the_openers_do_not(
    words: str, lead: str, end: str
) -> None:
    named = lead + words + end
    if name_openers.NAME_OPENERS.match(named) is None:
        assert not any(pattern.match(named) for pattern in _NAMED_PATTERNS)
        stripped = named.strip()
        assert not any(p.match(stripped) for p in (_BARE, _CRITERIA, _CROP_MEASURE))


def test_every_name_pattern_opens_with_an_opener() -> None:
    names = ["giảm tỷ lệ hộ nghèo", "bình quân mỗi năm", "diện tích gieo trồng", "Kế hoạch"]
    # (the longest a pattern held to the end reads: six words, for bare_measure)
    longest = ["diện tích tổng mức đầu tư", "diện tích \t tổng mức đầu tư\n"]
    assert all(_BARE.match(named.strip()) for named in longest)
    for named in [*names, " tổng vốn", "tỷ trọng hộ nghèo", "Tỉ lệ có việc", "chi", *longest]:
        assert name_openers.NAME_OPENERS.match(named), named


_RECAST_WORDS = [
    "tổng", "mức", "chỉ", "số", "kim", "ngạch", "giá", "trị", "doanh", "thu", "vốn", "chi",
    "tốc", "độ", "tăng", "trưởng", "cao", "thấp", "hơn", "ít", "mắc", "mới", "tử", "vong",
    "nhiễm", "ca", "sốt", "xuất", "khẩu", "sản", "xuất", "công", "nghiệp", "Tổng", "Giá",
    "bán", "lẻ", "hàng", "hóa", "đầu", "tư", "thực", "hiện", "khu", "vực", "ngành",
]  # fmt: skip


@settings(max_examples=examples(1500), deadline=None)
@given(st.lists(st.sampled_from(_RECAST_WORDS), min_size=1, max_size=6).map(" ".join))
def test_names_the_final_gate_lets_by_are_not_recast(named: str) -> None:
    lowered = named.lower()
    if lowered in RECALLED_NAMES or lowered.startswith(_RECAST_OPENINGS):
        return
    if lowered.endswith(CASE_ENDS):
        return
    said = SaidNames(
        ["tổng mức bán lẻ hàng hóa", "số ca mắc sốt xuất huyết", "giá trị sản xuất công nghiệp"]
    )
    draft = Draft(anchor=10, item_start=0, clause_start=0, clause_end=20, extent_end=12)
    assert part_named(of_disease(recalled(named, said, draft, []), said), said) == named
