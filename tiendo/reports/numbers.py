"""Numbers as reports print them: '1.234,5', '23,08%', blank when unknown.

>>> number_text(953.2), number_text(1790.0), percent_text(23.08), number_text(None)
('953,2', '1.790', '23,08', '')
"""

from __future__ import annotations

from tiendo.vietnamese import format_number

MAX_DECIMALS = 2


def number_text(value: float | None, max_decimals: int = MAX_DECIMALS) -> str:
    """At most `max_decimals` decimals, trailing zeros dropped."""
    if value is None:
        return ""
    text = format_number(round(value, max_decimals), max_decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def percent_text(value: float | None) -> str:
    """A percentage without its sign, for columns headed '(%)'."""
    return number_text(value, MAX_DECIMALS)
