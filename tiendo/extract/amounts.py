"""Amounts written in two scales: "153 tỷ 900 triệu đồng" is 153,9 tỷ đồng.

Vietnamese writes an amount as it is said: the larger scale with its number, then the
rest in the next scale down, the currency only once at the end. Read number by
number, it would be two figures ("153 tỷ" and "900 triệu đồng"); it is one.

>>> low = "đạt 131 tỷ 43 triệu đồng, tăng 5%"
>>> compound_amount(low, low, read_unit(low, 7, low), 131.0, len(low))
(131.043, UnitMatch(text='tỷ đồng', kind='money', end=24))
"""

from __future__ import annotations

import re

from tiendo.extract.units import UnitMatch, read_unit

_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
# The number of the smaller scale: at most three digits, a whole number ("900", "43").
_REST = re.compile(r"[ \t]+(\d{1,3})(?![\d.,/])")


def compound_amount(
    low: str, norm: str, unit: UnitMatch, value: float, end: int
) -> tuple[float, UnitMatch] | None:
    """The whole amount when a number in a bare scale (`unit`, "tỷ") is followed by a
    number in a smaller one ("900 triệu đồng"): its value in the larger scale and the
    larger scale with the unit written after the second number; None otherwise."""
    larger = _SCALE.get(unit.text)
    if larger is None:
        return None
    rest = _REST.match(low, unit.end, end)
    if rest is None:
        return None
    after = read_unit(low, rest.end(), norm)
    if after is None or after.kind not in ("money", "scale"):
        return None
    first, _, currency = after.text.partition(" ")
    smaller = _SCALE.get(first)
    if smaller is None or smaller >= larger:
        return None
    # Rounded to the places the two parts give, not to float noise.
    total = round(value + int(rest.group(1)) * smaller / larger, 9)
    return total, UnitMatch(f"{unit.text} {currency}".strip(), after.kind, after.end)
