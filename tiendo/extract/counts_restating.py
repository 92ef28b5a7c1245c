"""The name of a count that restates a rate: "tỷ lệ xã đạt chuẩn 55%, tương đương 65 xã"
is the number of communes that meet the standard ("số xã đạt chuẩn").

Where the count names what it counts in words of its own past its noun, those words name
it: "tỷ lệ hộ nghèo đa chiều giảm 6,26%, tương đương 11.710 hộ nghèo và cận nghèo"
counts the poor and near-poor households, which the rate's name does not say.

>>> count_restating("tỷ lệ xã đạt chuẩn", "xã", "", counts=True)
'số xã đạt chuẩn'
>>> count_restating("tỷ lệ hộ nghèo đa chiều", "hộ nghèo", "và cận nghèo", counts=True)
'số hộ nghèo và cận nghèo'
>>> count_restating("tỷ lệ thu ngân sách", "tỷ đồng", "", counts=False)
'thu ngân sách'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.units import counted_noun

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft
    from tiendo.extract.quantities import Quantity

_RATE_WORD: Final = re.compile(r"^(?:tỷ|tỉ) lệ\s+(?:số\s+)?", re.IGNORECASE)
# The tail that adds a second thing counted to the noun: "và cận nghèo", "và cận nghèo mới".
# The nouns that count people (part_rates reads them back off a part's rate).
PEOPLE: Final = ("người", "người lao động", "lao động")
_MORE_COUNTED: Final = re.compile(r"^(?:và|,)\s*[^\W\d_]", re.IGNORECASE)


def count_restating(rate: str, unit: str, tail: str, *, counts: bool) -> str:
    """The name of a level restating `rate`: the count of its noun and the things its tail
    adds to it ("hộ nghèo và cận nghèo"), or else the rate's name made a number ("số")."""
    if counts and tail and _MORE_COUNTED.match(tail) and tail.lower() not in rate.lower():
        return f"số {unit} {tail}"
    noun = counted_noun(unit) if counts else ""  # "1,2 triệu người": people
    if noun in PEOPLE and _RATE_WORD.match(rate) and noun not in rate.lower():
        return _RATE_WORD.sub(f"số {noun} ", rate)
    return _RATE_WORD.sub("số " if counts else "", rate)


def rate_restated_in_parens(low: str, rate: Draft, count: Quantity) -> bool:
    """True when `count` opens a parenthesis right after the percentage `rate`, a rate
    ("tỷ lệ ...") whose name holds the noun `count` counts: "tỷ lệ số xã đạt chuẩn 50% (8
    xã)", "tỷ lệ thôn đạt chuẩn 58,9% (66 thôn)"."""
    level = rate.quantity
    if level is None or level.unit.text != "%" or not _RATE_WORD.match(rate.indicator):
        return False
    if low[level.extent_end : count.lead_start].strip() != "(":
        return False
    noun = counted_noun(count.unit.text).lower()
    return f" {noun} " in f" {rate.indicator.lower()} "
