"""A basis named by a time: the same months a year back, or the previous time.

"tháng 1/2023 ..., giảm 14,5% so với tháng 1/2022": the same months of the year before are
the same period.

>>> from tiendo.extract.figure import Comparison
>>> def basis(text, period):
...     return dated_basis(Comparison("previous", "change", 1.0, text), period).basis
>>> basis("tháng 1/2022", Period(2023, 1, 1)), basis("cuối năm 2022", Period(2023, 1, 6))
('same_period', 'previous')
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from tiendo.extract.figure import Comparison
from tiendo.extract.period_cues import find_periods
from tiendo.periods import Period

_YEAR_BEFORE: Final = re.compile(r"\bnăm (?:trước|ngoái)\b")


def dated_basis(comparison: Comparison, period: Period) -> Comparison:
    """`comparison` with the basis its time words name for a figure of `period`: the same
    period, the previous one, or another time."""
    if comparison.basis != "previous":
        return comparison
    text = comparison.basis_text.lower()
    if period.year is None or period.from_month is None or period.to_month is None:
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
    return comparison
