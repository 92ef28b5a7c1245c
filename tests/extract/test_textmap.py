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


def test_the_fast_tone_fold_equals_the_shared_one_on_random_strings() -> None:
    import random

    from tiendo.extract.textmap import fold_tone_placement as fast
    from tiendo.vietnamese import _OLD_TO_NEW, fold_tone_placement

    letters = sorted({ch for pair in _OLD_TO_NEW for ch in pair} | set("qQ yY1_,"))
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 10)))
        assert fast(text) == fold_tone_placement(text), text
    assert fast("Hội đồng quý, Thuỷ Hoà, QUỶ, thuỳ") == "Hội đồng quý, Thủy Hòa, QUỶ, thùy"
