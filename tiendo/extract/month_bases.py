"""A figure compared with "the same month" of last year is that month's, not the months
summed up to it.

"Tính chung 10 tháng đầu năm 2017, IIP ước tăng 15,5% ... So với tháng cùng kỳ năm
trước, săm xe các loại tăng 47,54%": the basis names a month ("tháng cùng kỳ", "cùng
tháng năm trước"), so what is set against it is a month's figure too: the last month of
the months in force (October), as "Riêng tháng 9, ... giảm 7,9% so với tháng cùng kỳ".

So with the month before ("Cộng dồn 11 tháng, ... So với tháng trước, giày dép các loại
đạt 1,58 tỷ USD, tăng 68,2%"): a month is set against a month, the last of the months in
force; unless the figure's own clause names its months ("lũy kế 5 tháng ... tăng 8% so
với tháng trước"), which then stand.

>>> from tiendo.periods import Period
>>> month_compared(Period(2017, 1, 10), ["tháng cùng kỳ năm trước"])
Period(year=2017, from_month=10, to_month=10)
>>> month_compared(Period(2017, 1, 10), ["cùng kỳ năm trước"]) is None
True
>>> month_compared(Period(2021, 1, 11), ["tháng trước"], "giày dép các loại đạt ")
Period(year=2021, from_month=11, to_month=11)
>>> month_compared(Period(2023, 1, 5), ["tháng trước"], "lũy kế 5 tháng, vốn đạt ") is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.periods import Period

_SAME_MONTH: Final = re.compile(r"^(?:tháng\s+cùng\s+k[ỳì]|cùng\s+tháng)\b")
_MONTH_BEFORE: Final = re.compile(r"^tháng\s+(?:liền\s+)?trước\b")
# "lũy kế 5 tháng", "tháng 10", "quý III": months of the figure's own; "tháng trước" is none.
_MONTHS_NAMED: Final = re.compile(r"\b(?:\d{1,2}\s+tháng|tháng\s+\d{1,2}|quý)\b")


def month_compared(period: Period, basis_texts: list[str], own: str = "") -> Period | None:
    """The single month a figure compared with the same month of a year before, or with
    the month before, covers (`own`: its clause before its number, lower-case); None when
    its basis names no month or its period is one month already."""
    if period.from_month is None or period.to_month is None:
        return None
    if period.from_month == period.to_month:
        return None
    texts = [text.strip().lower() for text in basis_texts if text]
    if any(_SAME_MONTH.match(text) for text in texts):
        return Period(period.year, period.to_month, period.to_month)
    if not any(_MONTH_BEFORE.match(text) for text in texts) or _MONTHS_NAMED.search(own):
        return None
    return Period(period.year, period.to_month, period.to_month)
