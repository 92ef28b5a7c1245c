from __future__ import annotations

import unicodedata

import pytest

from tiendo.feedback.textclean import clean_text


@pytest.mark.parametrize(
    ("raw", "multiline", "expected"),
    [
        ("  Hòa   Bình  ", False, "Hòa Bình"),
        ("Ho\u0300a Bi\u0300nh", False, "Hòa Bình"),  # decomposed input becomes NFC
        ("Ti\x00êu\x07 đề", False, "Tiêu đề"),
        ("dòng 1\r\ndòng 2", False, "dòng 1 dòng 2"),
        ("dòng 1\r\ndòng 2\rdòng 3", True, "dòng 1\ndòng 2\ndòng 3"),
        ("a\tb", True, "a b"),
        ("abc\u202edef", False, "abcdef"),  # right-to-left override dropped
        ("\x1b[31mđỏ", False, "[31mđỏ"),
    ],
)
def test_text_is_normalised_and_stripped_of_control_characters(raw, multiline, expected):
    cleaned = clean_text(raw, multiline=multiline)
    assert cleaned == expected
    assert unicodedata.is_normalized("NFC", cleaned)
