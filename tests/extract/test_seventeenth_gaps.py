"""naming.py asks its gap and share patterns only where the text holds nothing but a gap's
characters, or "chiếm": the answers must be the patterns' own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract import gaps, naming

_GAP_PIECES = [
    "và", "với", "cùng", "cùng với", "cùng  với", "vàng", "v", "à", "ới", "i", "c", "ùng", "g",
    ",", ";", "chiếm", "chiếm khoảng", "đối tượng", "Và", "2", " ", "  ", "\t", "\n", "\u00a0",
    "\u3000", "\u200b", "\x1c", "\u0301",
]  # fmt: skip


def _texts(pieces: list[str], max_size: int = 6) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


def test_the_gap_characters_are_the_comma_the_connectors_letters_and_every_blank() -> None:
    blanks = {chr(code) for code in range(0x110000) if chr(code).isspace()}
    assert set(gaps._GAP_CHARACTERS) == blanks | set(",vàớicùng")
    assert all(re.fullmatch(r"\s", blank) for blank in blanks)


@settings(max_examples=examples(400), deadline=None)
@given(_texts(_GAP_PIECES))
def test_only_a_gap_gives_what_the_gap_pattern_left_empty_gave(text: str) -> None:
    assert gaps.only_a_gap(text) is (not gaps._SIBLING_GAP.sub("", text))


@settings(max_examples=examples(300), deadline=None)
@given(_texts(_GAP_PIECES))
def test_asking_for_chiem_first_gives_what_the_share_search_gave(text: str) -> None:
    lowered = text.lower()
    gated = "chiếm" in lowered and naming._TAKES_SHARE.search(lowered) is not None
    assert gated is (naming._TAKES_SHARE.search(lowered) is not None)
