"""The last of a series of single months, reached with "đến tháng N", is month N alone.

"tháng 1 có 1.720 ca, tháng 2 còn 660 ca, tháng 3 có 352 ca và đến tháng 5 chỉ còn 165
ca": the sentence follows one measure month by month, and "đến tháng 5" carries the series
on to May; it does not sum January to May, as "đến tháng 5" alone ("Đến tháng 5, toàn tỉnh
thu ngân sách 600 tỷ đồng") or "đến hết tháng 5" does.

>>> low = "tháng 1 có 120 ca, tháng 2 còn 80 ca và đến tháng 4 chỉ còn 25 ca"
>>> reached_month(low, low.index("25"))
4
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.periods import Period

if TYPE_CHECKING:  # clauses imports the modules that import this one
    from tiendo.extract.clauses import Draft

# "đến tháng 5 chỉ còn", "đến tháng 10 tăng lên": not "đến hết / cuối tháng 5".
_REACHED: Final = re.compile(r"(?:đến|tới)(?<=\b(?:đến|tới))\s+tháng\s+(\d{1,2})\b[^\d,;.]{0,30}$")
_REACH: Final = 45  # characters before a number searched for "đến tháng N"
# A total named between "đến tháng N" and its number ("đến tháng 6 tổng thu đạt 110 tỷ",
# "lũy kế đạt"): the sum from January, whatever single months were said before.
_TOTAL: Final = re.compile(r"\b(?:tổng|lũy kế|luỹ kế|cộng dồn|tính chung)\b")
_SERIES: Final = 2  # single months of the same year said before it, at the least


def reached_month(low: str, anchor: int) -> int | None:
    """The month N of "đến tháng N" shortly before `anchor` in lower-case `low`, or None."""
    floor = max(0, anchor - _REACH)
    # Every match holds "tháng": most windows have none, and the search is not made.
    match = _REACHED.search(low, floor, anchor) if low.find("tháng", floor, anchor) >= 0 else None
    if match is None or _TOTAL.search(low, match.end(1), anchor) is not None:
        return None
    return int(match.group(1))


def end_month_series(low: str, drafts: list[Draft]) -> None:
    """Give the figure that carries a sentence's series of single months on to "tháng N"
    that month alone."""
    for index, draft in enumerate(drafts):
        period = draft.period
        if period.from_month != 1 or period.to_month is None or period.to_month < 2:
            continue
        if reached_month(low, draft.anchor) != period.to_month:
            continue
        months = [
            other.period.to_month
            for other in drafts[:index]
            if other.period.year == period.year
            and other.period.from_month == other.period.to_month
            and (other.period.to_month or 13) < period.to_month
        ]
        if len(months) >= _SERIES:
            draft.period = Period(period.year, period.to_month, period.to_month)
