"""Numbers as Vietnamese documents write them.

'.' groups thousands and ',' marks decimals (2.715,4), but English notation turns
up too (1,234.5); a comma followed by digits is always read as a decimal mark
(24,023 tỷ đồng is 24.023), because that is how Vietnamese reports write it.

>>> [parse_number(t) for t in ("2.715,4", "123,4", "1.790", "01", "24,023", "1.5")]
[2715.4, 123.4, 1790.0, 1.0, 24.023, 1.5]
>>> parse_number("1.1.1") is None
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.char_scans import is_digit_at

if TYPE_CHECKING:
    from mypy_extensions import i64  # compiled as a native 64-bit int; an int when run

# One token: digit groups joined by single separators. Each repetition starts with
# a separator, so the pattern cannot backtrack on long runs. It opens with one plain
# digit ("\d\d*", the same as "\d+"): a pattern that opens with a repeat gives the
# engine no first character to skip ahead to, so a search tried every position.
NUMBER_TOKEN: Final = re.compile(r"\d\d*(?:[.,]\d+)*")

_MAX_TOKEN: Final = 24


def number_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of NUMBER_TOKEN.finditer(text, start, end), read code point by code
    point: the engine tested each character against the digit category in the Unicode
    database. A token is taken greedily, as the pattern takes it: digits, then each
    separator that a digit follows with the digits after it."""
    spans: list[tuple[int, int]] = []
    index: i64 = start
    stop: i64 = end
    while index < stop:
        # The code point is read here first: most characters are no digit, and below
        # U+0660 a digit is one of "0"-"9" (is_digit_at's own test), without the call.
        code = ord(text[index])
        if code < 0x30 or 0x39 < code < 0x660 or not is_digit_at(text, index):
            index += 1
            continue
        first = index
        index += 1
        while index < stop and is_digit_at(text, index):
            index += 1
        while (
            index + 1 < stop
            and ord(text[index]) in (0x2C, 0x2E)  # "," "."
            and is_digit_at(text, index + 1)
        ):
            index += 2
            while index < stop and is_digit_at(text, index):
                index += 1
        spans.append((first, index))
    return spans


def _thousands(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


# What _ascii_value answers besides a value (which is never negative): no number, or
# a token it leaves to the reading by strings.
_NONE: Final = -2.0
_ASK: Final = -1.0
# Every power of ten up to 10**22 is a double exactly: a whole number below 2**53 divided
# by one is the correctly rounded value of the decimal, as float() reads it.
_POWERS: Final = tuple(10.0**power for power in range(23))
_MAX_DIGITS: Final = 15  # 10**15 < 2**53


def _ascii_value(token: str) -> float:
    """parse_number's answer for a token of ASCII digits and one kind of mark ("." or ","),
    read code point by code point (_NONE for None); _ASK for any other token. The digits
    of all groups make one whole number, divided by a power of ten where the last mark
    is a decimal one: the same double as float() of the string the rules below build."""
    size: i64 = len(token)
    value: i64 = 0
    digits: i64 = 0
    mark = 0  # the code of the mark seen, 0 for none
    marks: i64 = 0
    group: i64 = 0  # digits since the last mark
    first_group: i64 = 0
    first_value: i64 = 0
    thousands = True
    index: i64 = 0
    while index < size:
        code = ord(token[index])
        if 0x30 <= code <= 0x39:
            if digits >= _MAX_DIGITS:
                return _ASK
            value = value * 10 + (code - 0x30)
            digits += 1
            group += 1
        elif code == 0x2C or code == 0x2E:
            if mark != 0 and code != mark:
                return _ASK  # both marks: read by the strings
            mark = code
            if marks == 0:
                first_group, first_value = group, value
                thousands = 1 <= group <= 3
            elif group != 3:
                thousands = False
            marks += 1
            group = 0
        else:
            return _ASK
        index += 1
    if marks == 0:
        return float(value)
    if group != 3:
        thousands = False
    if mark == 0x2E and thousands and not (first_group == 1 and first_value == 0):
        return float(value)  # "1.790": dots group thousands ("0.5" is a decimal)
    if mark == 0x2C and marks > 1:
        return float(value) if thousands else _NONE  # "1,234,567"
    if marks > 1:
        return _NONE
    if first_group == 0 and group == 0:
        return _NONE  # float(".") fails
    return float(value) / _POWERS[group]  # "123,4", "1.5", "5,": one decimal mark


def parse_number(token: str) -> float | None:
    """The value of one number token, or None when it is not a well-formed number."""
    if not token or len(token) > _MAX_TOKEN:
        return None
    fast = _ascii_value(token)
    if fast >= 0.0:
        return fast
    if fast == _NONE:
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


def is_year(token: str) -> bool:
    """A bare four-digit number that reads as a year (1900-2100)."""
    return len(token) == 4 and token.isdigit() and in_year_range(int(token))


def in_year_range(value: float) -> bool:
    """True for a value a year of these documents could have: 1900 to 2100, both kept."""
    return 1900 <= value <= 2100
