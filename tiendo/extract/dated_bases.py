"""A basis named by a time: the same months a year back, the month just before, or a time
that is neither.

"tháng 1/2023 ..., giảm 14,5% so với tháng 1/2022": the same months of the year before are
the same period. "CPI tháng 3 giảm 0,23% so với tháng trước nhưng tăng 1,12% so với tháng
12/2023": December is not the month before March but the point the year's rise is counted
from, a basis of its own ("other"). For a January, December is the month before ("CPI tháng
1/2020 tăng 1,23% so với tháng 12/2019"), and "so với tháng 6" for July stays the previous.

>>> from tiendo.extract.figure import Comparison
>>> def basis(text, period):
...     return dated_basis(Comparison("previous", "change", 1.0, text), period).basis
>>> basis("tháng 12/2017", Period(2018, 3, 3)), basis("tháng 12/2019", Period(2020, 1, 1))
('other', 'previous')
>>> basis("tháng 6", Period(2024, 7, 7)), basis("tháng 1/2022", Period(2023, 1, 1))
('previous', 'same_period')
>>> basis("tháng 12/2017", Period(2018, 1, 3)), basis("cuối năm 2022", Period(2023, 1, 6))
('previous', 'previous')
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from tiendo.extract.comparisons import WHOLE_OF_YEAR
from tiendo.extract.figure import Comparison
from tiendo.extract.period_cues import find_periods
from tiendo.periods import Period

_YEAR_BEFORE: Final = re.compile(r"\bnăm (?:trước|ngoái)\b")
_SAME_POINT: Final = re.compile(r"cùng (?:k[ỳì]|thời điểm)\b")


def dated_basis(comparison: Comparison, period: Period) -> Comparison:
    """`comparison` with the basis its time words name for a figure of `period`: the same
    period, the previous one, or another time."""
    if comparison.basis != "previous":
        return comparison
    text = comparison.basis_text.lower()
    if period.year is None:
        return comparison
    if _whole_of_year(text, period.year):
        # "quý I ... bằng 23% của cả năm 2024", "bằng 99% tổng thu năm 2024" for 2024: the
        # whole of the figure's own year is what it is a part of, no earlier time (a bare
        # "năm 2024" is left as it was read).
        return replace(comparison, basis="other")
    if period.from_month is None or period.to_month is None:
        return comparison
    if period.months >= 12:
        return comparison  # "so với năm 2022" for the year 2023 is the year before
    named = find_periods(text)
    if len(named) != 1 or named[0].scope != "span":
        return comparison
    basis = named[0]
    months = (basis.from_month, basis.to_month)
    year = basis.year
    if year is None and _YEAR_BEFORE.search(text):
        year = period.year - 1  # "so với 9 tháng năm trước"
    if year == period.year - 1 and months == (period.from_month, period.to_month):
        return replace(comparison, basis="same_period")
    if year is None and months == (period.from_month, period.to_month) and _SAME_POINT.match(text):
        # "tháng 11 ... so với cùng kỳ tháng 11": the figure's own months at the same point,
        # with no year, are those months a year back (comparisons._SAME_POINT_LAST_MONTH
        # read it as the month before, as it is for any other month).
        return replace(comparison, basis="same_period")
    month = basis.from_month
    if (
        month is not None
        and month == basis.to_month
        and period.from_month == period.to_month
        and not _month_before(month, year, period)
    ):
        return replace(comparison, basis="other")  # "tháng 3 ... so với tháng 12/2017"
    return comparison


def _whole_of_year(text: str, year: int) -> bool:
    """True when `text` names the whole of `year`: "của cả năm 2024", "tổng thu năm 2024"."""
    if not WHOLE_OF_YEAR.match(text):
        return False
    spans = [(p.year, p.from_month, p.to_month) for p in find_periods(text)]
    return spans == [(year, 1, 12)]


def _month_before(month: int, year: int | None, period: Period) -> bool:
    """True when `month` of `year` (None: unsaid) is the month before the one `period` is."""
    assert period.year is not None and period.from_month is not None
    if period.from_month == 1:
        before, before_year = 12, period.year - 1
    else:
        before, before_year = period.from_month - 1, period.year
    return month == before and (year is None or year == before_year)
