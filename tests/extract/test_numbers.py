from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
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


def _old_parse_number(token: str) -> float | None:
    """parse_number as it read every token, by its strings."""
    if not token or len(token) > 24:
        return None
    has_dot, has_comma = "." in token, "," in token
    try:
        if has_dot and has_comma:
            if token.rfind(",") > token.rfind("."):
                whole, fraction = token.rsplit(",", 1)
                groups = whole.split(".")
            else:
                whole, fraction = token.rsplit(".", 1)
                groups = whole.split(",")
            if not _thousands(groups) or "," in fraction or "." in fraction:
                return None
            return float("".join(groups) + "." + fraction)
        if has_comma:
            parts = token.split(",")
            if len(parts) == 2:
                return float(parts[0] + "." + parts[1])
            return float("".join(parts)) if _thousands(parts) else None
        if has_dot:
            parts = token.split(".")
            if parts[0] != "0" and _thousands(parts):
                return float("".join(parts))
            if len(parts) == 2:
                return float(parts[0] + "." + parts[1])
            return None
        return float(token)
    except ValueError:
        return None


def _thousands(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def _same(token: str) -> None:
    # the same double (repr tells every double apart, "nan" too), or None for both
    assert repr(parse_number(token)) == repr(_old_parse_number(token))


@pytest.mark.parametrize(
    "token",
    ["0", "00", "01", "0.5", "0.500", "00.5", "1.", ".", ",", ".5", ",5", "5,", ",,", "..",
     "1,", "1.5", "1.790", "1.790.000", "12.34.5", "0.123.456", "1,234,567", "1,23,456",
     "24,023", "0,07", "2.715,4", "1,234.5", "999999999999999", "9999999999999999",
     "123456789012.345", "0,1", "0,3", "2,675", "1.1", "8,95", "1_000", " 12", "١٢", "1e5",
     "1234567890,12345", "12345678901234,5", "0,000000000000001", "3,14159265358979"],
)  # fmt: skip
def test_a_token_of_ascii_digits_read_in_place_is_the_double_the_strings_gave(token: str) -> None:
    _same(token)


@settings(max_examples=examples(300), deadline=None)
@given(
    st.one_of(
        st.lists(
            st.sampled_from(["0", "1", "5", "9", "12", "000", "123", ".", ","]), max_size=9
        ).map("".join),
        st.text(alphabet="0123456789.,", max_size=26),
        st.text(max_size=8),
        st.decimals(allow_nan=False, allow_infinity=False).map(str),
    )
)
def test_any_token_reads_as_the_strings_read_it(token: str) -> None:
    _same(token)
