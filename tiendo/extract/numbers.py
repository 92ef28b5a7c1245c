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

if TYPE_CHECKING:
    from mypy_extensions import i64  # compiled as a native 64-bit int; int when run

# One token: digit groups joined by single separators. Each repetition starts with
# a separator, so the pattern cannot backtrack on long runs. It opens with one plain
# digit ("\d\d*", the same as "\d+"): a pattern that opens with a repeat gives the
# engine no first character to skip ahead to, so a search tried every position.
NUMBER_TOKEN: Final = re.compile(r"\d\d*(?:[.,]\d+)*")

_MAX_TOKEN: Final = 24


def _thousands(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def parse_number(token: str) -> float | None:
    """The value of one number token, or None when it is not a well-formed number."""
    if not token or len(token) > _MAX_TOKEN:
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
    return len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2100


def has_digit(text: str, start: int, end: int) -> bool:
    """True when text[start:end] holds a decimal digit: what a search for "\\d" finds.

    A native loop over the code points (fixed-width ints, compiled): the engine tests
    every character against the digit category through the Unicode database, several
    times the instructions. Outside ASCII, decimal digits stand only in a few blocks
    (Arabic-Indic ... Mongolian, some of U+A620-U+ABF9, the full-width ones, and beyond
    U+FFFF); only a character there is asked str.isdecimal(), and Vietnamese letters
    (U+00C0-U+01B0, U+1EA0-U+1EF9) never are.
    """
    index: i64 = start
    stop: i64 = end
    while index < stop:
        code = ord(text[index])
        if code < 0x660:
            if 0x30 <= code <= 0x39:
                return True
        elif (
            code <= 0x1C59 or 0xA620 <= code <= 0xABF9 or 0xFF10 <= code <= 0xFF19 or code > 0xFFFF
        ) and text[index].isdecimal():
            return True
        index += 1
    return False
