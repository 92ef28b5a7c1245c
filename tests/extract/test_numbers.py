from __future__ import annotations

import pytest

from tiendo.extract.numbers import is_year, parse_number


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("2.715,4", 2715.4),
        ("123,4", 123.4),
        ("1.790", 1790.0),
        ("01", 1.0),
        ("24,023", 24.023),
        ("1.520.300", 1520300.0),
        ("0,07", 0.07),
        ("1,234.5", 1234.5),
        ("1.5", 1.5),
        ("1,234,567", 1234567.0),
    ],
)
def test_vietnamese_and_english_notation_are_read(token: str, expected: float) -> None:
    assert parse_number(token) == pytest.approx(expected)


@pytest.mark.parametrize("token", ["1.1.1", "12.34.5", "9" * 40, "", "1,2,3"])
def test_malformed_or_absurd_tokens_are_not_numbers(token: str) -> None:
    assert parse_number(token) is None


@pytest.mark.parametrize(("token", "expected"), [("2022", True), ("1790", False), ("202", False)])
def test_only_four_digit_numbers_of_this_era_read_as_years(token: str, expected: bool) -> None:
    assert is_year(token) is expected
