"""governing.last_governing asks the search only where a word each governing word holds
stands: its answer must be the last match of the search, on any text made of the words it
hinges on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.governing import GOVERNING, GOVERNING_WORDS, last_governing

_SUBJECT_PIECES = [
    *GOVERNING_WORDS.split("|"),
    "Là", "ĐƯA", "tổng", "thu", "ngân sách", "tỷ lệ", "hộ nghèo", "đã", "ước", "đạt", "và",
    "cho", "trong", "số", "này", "có", "khiếnn", "là2", "2", "(", ")", ",", "-", ":", ";", "_",
    " ", " ", " ", "  ", "\u00a0", "\t", "\u0301", "Σ", "ΑΣ", "İ", "ǅ",
]  # fmt: skip


def _texts(pieces: list[str], max_size: int = 12) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


def _last_governing_as_written(text: str) -> tuple[int, int, str] | None:
    found = None
    for found in GOVERNING.finditer(text):  # noqa: B007 - the last one counts
        pass
    return None if found is None else (found.start(), found.end(), found.group())


@settings(max_examples=examples(400), deadline=None)
@given(_texts(_SUBJECT_PIECES))
def test_last_governing_looked_up_by_words_gives_what_the_last_search_match_gave(
    text: str,
) -> None:
    for lowered in (text, text.lower()):
        found = last_governing(lowered)
        span = None if found is None else (found.start(), found.end(), found.group())
        assert span == _last_governing_as_written(lowered)


def test_every_governing_word_passes_the_plain_look_ups() -> None:
    for words in GOVERNING_WORDS.split("|"):
        found = last_governing(f"x {words}, y")
        assert found is not None and found.group() == words
