"""tiendo.vietnamese.parse_number: numbers as staff type them, "1.234,5" and the like."""

from __future__ import annotations

import pytest

from tiendo.vietnamese import NumberError, fold_tone_placement, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,5", 1234.5),
        ("1234,5", 1234.5),
        ("1.790", 1790.0),
        ("2.715.400", 2715400.0),
        ("23,08", 23.08),
        ("12.5", 12.5),
        ("0", 0.0),
        ("-2,5", -2.5),
        ("  80 ", 80.0),
        ("1 234,5", 1234.5),
    ],
)
def test_vietnamese_number_input_is_read_as_staff_type_it(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "12 tỷ", "-", "1..2"])
def test_text_that_is_not_a_number_is_refused_with_a_vietnamese_message(text):
    with pytest.raises(NumberError) as error:
        parse_number(text)
    assert "không phải là số" in error.value.message_vi


@pytest.mark.parametrize(
    ("old_style", "new_style"),
    [
        ("thuỷ", "thủy"),
        ("Thuỷ lợi hoà bình", "Thủy lợi hòa bình"),
        ("HOÀ, Hoà, UỶ BAN, Uỷ ban", "HÒA, Hòa, ỦY BAN, Ủy ban"),
        ("quý I, Quý", "quý I, Quý"),  # the u of "qu" is not a vowel of the pair
        ("hoàn thành, toán học, khuỷu tay", "hoàn thành, toán học, khuỷu tay"),  # closed
        ("oà1 uỷ", "òa1 ủy"),
    ],
)
def test_old_tone_placement_folds_to_the_new_one(old_style, new_style):
    assert fold_tone_placement(old_style) == new_style
    assert len(fold_tone_placement(old_style)) == len(old_style)
