"""Numbers as Vietnamese staff type them: "1.234,5", "1234,5", "1.790", "-2,5".

>>> parse_number("1.234,5"), parse_number("1.790"), parse_number("23,08")
(1234.5, 1790.0, 23.08)
>>> parse_number("12.5")  # one dot not followed by three digits: a decimal point
12.5
"""

from __future__ import annotations

import re

_THOUSANDS_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_THOUSANDS_SPACES = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")


class NumberError(ValueError):
    """Text that is not a number; `message_vi` says so in Vietnamese."""

    def __init__(self, text: str) -> None:
        self.message_vi = f"“{text}” không phải là số (ví dụ đúng: 1.234,5)."
        super().__init__(f"not a number: {text!r}")


def parse_number(text: str) -> float:
    raw = _THOUSANDS_SPACES.sub("", text.strip())
    sign = 1.0
    if raw[:1] in "+-\u2212" and raw:
        sign = -1.0 if raw[0] != "+" else 1.0
        raw = raw[1:].strip()
    if not raw:
        raise NumberError(text)
    if "," in raw:
        # Comma marks decimals, so any dot groups thousands.
        integer, _, decimals = raw.partition(",")
        integer = integer.replace(".", "")
        candidate = f"{integer}.{decimals}"
    elif _THOUSANDS_DOTS.match(raw):
        candidate = raw.replace(".", "")
    else:
        candidate = raw
    if not re.fullmatch(r"\d+(\.\d+)?|\.\d+", candidate):
        raise NumberError(text)
    return sign * float(candidate)
