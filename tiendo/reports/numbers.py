"""Numbers as reports print them: '1.234,5', '23,08%', blank when unknown.

>>> number_text(953.2), number_text(1790.0), percent_text(23.08), number_text(None)
('953,2', '1.790', '23,08', '')
>>> percent_text(16.0, 1), quantity_text(3460.4, "đảng viên"), quantity_text(73.21, "tỷ đồng")
('16,0', '3.460 đảng viên', '73,21 tỷ đồng')
"""

from __future__ import annotations

from tiendo.progress.narrative import percent_text as _percent_text
from tiendo.units import is_counted
from tiendo.vietnamese import format_number

MAX_DECIMALS = 2


def number_text(value: float | None, max_decimals: int = MAX_DECIMALS, unit: str = "") -> str:
    """At most `max_decimals` decimals, trailing zeros dropped; none for a count of
    whole things (`unit` "đảng viên", "hộ")."""
    if value is None:
        return ""
    if is_counted(unit):
        max_decimals = 0
    text = format_number(round(value, max_decimals), max_decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def quantity_text(value: float | None, unit: str) -> str:
    """'73,21 tỷ đồng', '3.460 đảng viên', '57%'."""
    text = number_text(value, unit=unit)
    if not text or not unit:
        return text
    return text + unit if unit == "%" else f"{text} {unit}"


def percent_text(value: float | None, decimals: int | None = None) -> str:
    """A percentage without its sign, for columns headed '(%)', by the one rule the
    narrative and the portal follow (tiendo.progress.narrative.percent_text)."""
    return "" if value is None else _percent_text(value, decimals)
