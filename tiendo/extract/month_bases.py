"""A figure compared with "the same month" of last year is that month's, not the months
summed up to it.

"Tính chung 10 tháng đầu năm 2017, IIP ước tăng 15,5% ... So với tháng cùng kỳ năm
trước, săm xe các loại tăng 47,54%": the basis names a month ("tháng cùng kỳ", "cùng
tháng năm trước"), so what is set against it is a month's figure too: the last month of
the months in force (October), as "Riêng tháng 9, ... giảm 7,9% so với tháng cùng kỳ".

>>> from tiendo.periods import Period
>>> month_compared(Period(2017, 1, 10), ["tháng cùng kỳ năm trước"])
Period(year=2017, from_month=10, to_month=10)
>>> month_compared(Period(2017, 1, 10), ["cùng kỳ năm trước"]) is None
True
"""

from __future__ import annotations

import re

from tiendo.periods import Period

_SAME_MONTH = re.compile(r"^(?:tháng\s+cùng\s+k[ỳì]|cùng\s+tháng)\b")


def month_compared(period: Period, basis_texts: list[str]) -> Period | None:
    """The single month a figure compared with the same month of a year before covers,
    or None when its basis names no month or its period is one month already."""
    if period.from_month is None or period.to_month is None:
        return None
    if period.from_month == period.to_month:
        return None
    if not any(_SAME_MONTH.match(text.strip().lower()) for text in basis_texts if text):
        return None
    return Period(period.year, period.to_month, period.to_month)
