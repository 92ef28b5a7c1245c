from __future__ import annotations

import unicodedata

import pytest

from tiendo.extract.textmap import MappedText, fold_tones
from tiendo.vietnamese import fold_tone_placement


@pytest.mark.parametrize(
    "text",
    [
        "Thuỷ lợi hoà bình, quý I, khuỷu tay, HOÀ, Hoà",
        "thuỷ",
        "oà1 uỷ",
        "Hoá chất; toán học; Quý",
    ],
)
def test_fast_tone_folding_agrees_with_the_shared_helper(text: str) -> None:
    assert fold_tones(text) == fold_tone_placement(text)


def test_decomposed_input_maps_every_position_back_to_the_original() -> None:
    original = unicodedata.normalize("NFD", "Thu ngân sách đạt 123,4 tỷ đồng")
    mapped = MappedText.of(original)
    assert mapped.text == "Thu ngân sách đạt 123,4 tỷ đồng"
    start = mapped.text.index("123,4")
    begin, end = mapped.original_offset(start), mapped.original_end(start + len("123,4"))
    assert original[begin:end] == "123,4"


def test_composed_input_keeps_its_offsets() -> None:
    mapped = MappedText.of("Hoà Bình")
    assert mapped.origin is None
    assert (mapped.text, mapped.lower) == ("Hòa Bình", "hòa bình")
