from __future__ import annotations

import pytest

from tiendo.extract.units import read_unit


@pytest.mark.parametrize(
    ("after", "unit", "kind"),
    [
        (" tỷ đồng, bằng", "tỷ đồng", "money"),
        (" nghìn tỷ đồng;", "nghìn tỷ đồng", "money"),
        (" triệu USD.", "triệu usd", "money"),
        (" triệu đồng/người/năm", "triệu đồng/người/năm", "money"),
        ("%", "%", "percent"),
        (" phần trăm", "%", "percent"),
        (" ha cây các loại", "ha", "measure"),
        (" tạ/ha,", "tạ/ha", "measure"),
        (" tạ/héc-ta, sản lượng", "tạ/héc-ta", "measure"),
        (" vạn tấn.", "vạn tấn", "measure"),
        (" m3 gỗ", "m3", "measure"),
        (" km2", "km2", "measure"),
        (" quần chúng ưu tú", "quần chúng", "count"),
        (" đồng chí là", "đồng chí", "count"),
        (" triệu lượt khách du lịch", "triệu lượt khách", "count"),
        (" hợp tác xã chăn nuôi", "hợp tác xã", "count"),
        (" liều vắc xin", "liều", "count"),
    ],
)
def test_the_unit_after_a_number_is_read_as_written(after: str, unit: str, kind: str) -> None:
    match = read_unit(after.lower(), 0, after)
    assert match is not None
    assert (match.text, match.kind) == (unit, kind)


@pytest.mark.parametrize(
    "after",
    [" tháng đầu năm", " lần so với", " năm qua", " tuổi", " của HĐND", " Ban Chấp hành", ""],
)
def test_time_spans_multiples_and_names_have_no_unit(after: str) -> None:
    assert read_unit(after.lower(), 0, after) is None


def test_a_year_needs_a_known_unit_to_count_anything() -> None:
    text = " tốc độ tăng trưởng"
    assert read_unit(text, 0, text, year_like=True) is None


def test_every_word_of_the_unit_lists_is_still_read_after_the_first_word_look_up() -> None:
    from tiendo.extract.lexicon import COUNTED_NOUNS, CURRENCIES, MEASURES

    for word in (*CURRENCIES, *MEASURES, *COUNTED_NOUNS):
        text = f"12 {word}, còn lại"
        unit = read_unit(text, 2, text)
        assert unit is not None and unit.text.startswith(word.replace(" /", "/")), word
