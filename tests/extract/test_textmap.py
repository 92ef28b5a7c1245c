from __future__ import annotations

import unicodedata

from tiendo.extract.textmap import MappedText


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
