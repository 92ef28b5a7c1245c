"""tiendo.vietnamese.parse_number: numbers as staff type them, "1.234,5" and the like."""

from __future__ import annotations

import pytest

from tiendo.vietnamese import NumberError, parse_number


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
