from __future__ import annotations

import pytest

from tiendo.documents.syllables import is_vietnamese_syllable


@pytest.mark.parametrize(
    "word",
    ["Nguyễn", "khuỷu", "người", "quốc", "giữa", "thuyền", "hoàng", "nghĩa", "tuổi", "Đảng"],
)
def test_real_syllables_are_recognised(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["Vieọt", "ñaûng", "hoµ", "Coäng", "xyz", "hộià"])
def test_garbled_words_are_rejected(word: str) -> None:
    assert not is_vietnamese_syllable(word)
