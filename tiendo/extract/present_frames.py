"""A sentence opened by "now" brings the passage to the time of writing.

"Khi bắt đầu năm 2011, An Giang chỉ có 2 xã đạt 10 tiêu chí ... Đến nay không còn xã nào
dưới 10 tiêu chí ... Tỷ lệ dân tham gia bảo hiểm y tế trên 70%": the passage looked back
on 2011, then "Đến nay" turns it to the present; the sentences after it speak of now (the
year the text was written in), not of 2011. Only a year earlier than the year of writing is
left so: in a report on the months of the current year "Hiện nay" is said in passing, and
the report goes on with its months.

>>> opens_with_now("đến nay không còn xã nào dưới 10 tiêu chí", 0)
True
>>> opens_with_now("tỷ lệ hiện nay đạt 70%", 0)
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.periods import Period

# "Đến nay", "Hiện nay", "Tới nay", "Đến thời điểm này", "Hiện," at a sentence's head
# (after a line break or a connective such as "Và", "Nhưng").
_OPENS_NOW: Final = re.compile(
    r"\s*(?:(?:và|nhưng|song)\s+)?(?:(?:đến|tới)\s+(?:nay|thời\s+điểm\s+(?:này|hiện\s+tại))"
    r"|hiện\s+nay|hiện\s+tại|hiện\s*,)(?=[\s,])"
)


def opens_with_now(low: str, start: int) -> bool:
    """True where the sentence of lower-case `low` starting at `start` opens with "now"."""
    return _OPENS_NOW.match(low, start) is not None


def brought_to_now(low: str, start: int, period: Period, now: int | None) -> Period:
    """The period in force after the sentence at `start` of `low`: the year of writing,
    year only, where the sentence opens with "now" and the passage was on an earlier year;
    `period` unchanged otherwise."""
    if now is None or period.year is None or period.year >= now:
        return period
    return Period(now) if opens_with_now(low, start) else period


def year_reached(period: Period, year: int) -> Period:
    """The frame after a sentence dated by a point of `year` alone ("tính đến ngày ...",
    "đến năm 2030"): the months in force go on in their own year ("Sáu tháng đầu năm 2024
    ... Tính đến ngày 20/6/2024 ..."), and over a whole year; months of part of another
    year ("Tháng 3/2021, ...; đến năm 2030 ...") are not the later year's.

    >>> year_reached(Period(2021, 3, 3), 2030)
    Period(year=2030, from_month=None, to_month=None)
    >>> year_reached(Period(2024, 1, 6), 2024)
    Period(year=2024, from_month=1, to_month=6)
    """
    if period.year not in (None, year) and period.months < 12:
        return Period(year)
    return Period(year, period.from_month, period.to_month)
