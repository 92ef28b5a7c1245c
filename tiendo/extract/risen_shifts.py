"""A rise stated before the two levels it ran between is the rise of the later one.

"Hà Tĩnh tăng 97% (từ gần 8,86 triệu tấn lên gần 17,5 triệu tấn)", "doanh thu tăng 20% so
với năm trước, từ 100 tỷ đồng lên 120 tỷ đồng": the rise reads at the first level, the one
right after it, but the level it reached is the second; the first is where the measure
stood at the time the rise is reckoned from: the same months a year before ("cùng kỳ"),
or the year before (a year's figure set against "năm trước").

>>> from_before("tăng 97% (từ gần ", 17), to_between(" lên gần ", 0, 9)
(True, True)
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.periods import Period

# "từ" right before the first level, after the rise's own words: "(từ gần", ", từ mức".
_FROM: Final = re.compile(
    r"(?:tăng|giảm)\s+[\d.,]+\s*%[^;.%\d]{0,40}?[\s,(]từ\s+(?:mức\s+)?"
    r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?$"
)
_FROM_REACH: Final = 70
# Only the verb of the move between the two levels: "lên", "lên gần", "xuống còn".
_TO: Final = re.compile(
    r"\s*(?:lên|xuống)(?:\s+(?:còn|mức))?(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*"
)


def from_before(low: str, start: int) -> bool:
    """True when the level whose digits start at `start` is the "từ" of a rise just stated."""
    return _FROM.search(low, max(0, start - _FROM_REACH), start) is not None


def to_between(low: str, start: int, end: int) -> bool:
    """True when low[start:end] is only the verb that moves to the second level."""
    return _TO.fullmatch(low, start, end) is not None


def _earlier(period: Period, basis: str) -> Period:
    """The time a rise on `basis` is reckoned from, for a figure of `period`."""
    if period.year is None:
        return period
    if basis == "same_period" or (basis == "previous" and period.months == 12):
        return Period(period.year - 1, period.from_month, period.to_month)
    first = period.from_month
    if basis == "previous" and first is not None and period.months in (1, 3):
        # "tháng 3 … so với tháng trước, từ …": the month (or quarter) before
        start = first - period.months
        if start < 1:
            return Period(period.year - 1, start + 12, start + 11 + period.months)
        return Period(period.year, start, start + period.months - 1)
    return period


def give_rises_to_ends(low: str, drafts: list[Draft]) -> None:
    """Move a rise read at the first of two levels "từ A lên B" to B, and date A."""
    for first, end in pairwise(drafts):
        one, other = first.quantity, end.quantity
        if one is None or other is None or end.comparisons or not first.comparisons:
            continue
        if one.unit.text != other.unit.text or any(
            c.measure != "change" for c in first.comparisons
        ):
            continue
        # (a level's lead and extent take in "từ" and "lên" themselves: read from its digits)
        if not to_between(low, one.unit.end, other.start):
            continue
        if not from_before(low, one.start):
            continue
        end.comparisons, first.comparisons = first.comparisons, []
        first.period = _earlier(first.period, end.comparisons[-1].basis)
