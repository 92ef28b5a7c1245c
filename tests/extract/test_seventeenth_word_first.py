"""plan_levels.py and planned_parts.py search from their words, with the mark or boundary
before each word checked after it: the answers must be the former patterns' own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract import plan_levels, planned_parts
from tiendo.extract.planned_parts import _PART_OF_YEAR

# The patterns as they were, each opening with an anchor, a mark or a boundary.
_FORMER_PLAN_NAMED = re.compile(
    r"(?:^|[\s,(])(?:hơn|vượt(?:\s+xa)?|tới|so với)\s+(?P<level>mức\s+)?"
    r"(?:kế hoạch|chỉ tiêu|mục tiêu)(?P<of>(?:\s+[^\W\d_]+){0,5}?)(?P<copula>\s+là)?"
    r"\s*(?:từ\s+|trên\s+|dưới\s+|khoảng\s+)?$"
)
_FORMER_PLANNED_PART = re.compile(
    r"\b(?:nhiệm vụ|kế hoạch|chỉ tiêu|mục tiêu|phương hướng)\b[^.;:]{0,90}?" + _PART_OF_YEAR
)
_PLAN_PIECES = [
    "hơn", "vượt", "xa", "tới", "so với", "so", "mức", "kế hoạch", "chỉ tiêu", "mục tiêu",
    "là", "từ", "khoảng", "đề ra", "a", "xhơn", "1", " ", "  ", ",", "(", "\n", "\u00a0",
]  # fmt: skip
_PART_PIECES = [
    "nhiệm vụ", "kế hoạch", "chỉ tiêu", "mục tiêu", "phương hướng", "6 tháng cuối năm",
    "sáu tháng cuối năm", "quý", "iv", "ii", "3", "a", "x", "2025", " ", "  ", ",", ".", ";",
]  # fmt: skip


def _texts(pieces: list[str], max_size: int = 10) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


@settings(max_examples=examples(600), deadline=None)
@given(_texts(_PLAN_PIECES))
def test_the_plan_named_from_its_word_gives_the_groups_the_mark_gave(text: str) -> None:
    new = plan_levels._PLAN_NAMED.search(text)
    old = _FORMER_PLAN_NAMED.search(text)
    assert (new is None) is (old is None)
    if new is not None and old is not None:
        # "rise" came later ("vượt kế hoạch tăng 10%"); these pieces hold no verb for it.
        groups = new.groupdict()
        assert groups.pop("rise") is None
        assert groups == old.groupdict()
        assert new.span("of") == old.span("of") and new.end() == old.end()


@settings(max_examples=examples(500), deadline=None)
@given(_texts(_PART_PIECES))
def test_the_planned_part_from_its_noun_gives_what_the_boundary_gave(text: str) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span(), m.groups()) for m in pattern.finditer(text)]

    assert found(planned_parts._PLANNED_PART) == found(_FORMER_PLANNED_PART)


def test_a_plan_level_after_its_mark_or_at_the_start_is_found() -> None:
    for text in ("thấp hơn mức kế hoạch ", "hơn mức kế hoạch ", "(vượt xa kế hoạch đề ra là "):
        assert plan_levels._PLAN_NAMED.search(text) is not None
    assert plan_levels._PLAN_NAMED.search("xhơn mức kế hoạch ") is None
