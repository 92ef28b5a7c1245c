"""The parts of the period in force name no new one.

"GDP 6 tháng đầu năm 2015 tăng 6,28% ... Trong đó quý I tăng 6,08%, quý II tăng 6,44%.
Theo khu vực: ...": the quarters break the six months down, each figure of theirs is of
its quarter, and the report goes on with the six months. A sentence breaks the period
down when every period it names (bases aside) lies inside the one in force, and it
either opens on a word that marks a part ("trong đó", "riêng") or names two parts side by
side. A sum from the year's start ("tính chung 6 tháng") is the frame itself, not a part;
nor is, alone, the last month of a running total: a release names both.

>>> from tiendo.extract.period_cues import find_periods
>>> frame = Period(2015, 1, 6)
>>> breaks_down("trong đó quý i tăng 6,08%", 0, find_periods("trong đó quý i tăng 6,08%"), frame)
True
>>> breaks_down("quý i tăng 6,08%", 0, find_periods("quý i tăng 6,08%"), frame)
False
>>> low = "ngành dệt riêng tháng 6 tăng 8%"
>>> breaks_down(low, 0, find_periods(low), frame)
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.period_cues import PeriodMention
from tiendo.periods import Period

_PART_MARKS: Final = ("trong đó", "riêng", "cụ thể")
_ALONE_BEFORE: Final = re.compile(r"\briêng\s+$")
_SUMMED_BEFORE: Final = re.compile(r"(?:tính chung|lũy kế|luỹ kế|cộng dồn|cả)\s+(?:trong\s+)?$")


def _inside(period: Period, frame: Period) -> bool:
    """True when `period` is a proper part of the months of `frame`, in its year."""
    return (
        period.year == frame.year
        and period.from_month is not None
        and period.to_month is not None
        and (frame.from_month or 1) <= period.from_month
        and period.to_month <= (frame.to_month or 12)
        and period.months < frame.months
    )


def breaks_down(
    low: str, sentence_start: int, mentions: list[PeriodMention], frame: Period
) -> bool:
    """True when the sentence of lower-case `low` opening at `sentence_start`, naming
    `mentions` (in passage offsets), names only parts of `frame`, the period in force."""
    if frame.year is None or frame.to_month is None:
        return False
    named = [mention for mention in mentions if not mention.basis and mention.scope != "date"]
    if not named:
        return False
    for mention in named:
        if mention.scope != "span" or not _inside(mention.resolve(frame), frame):
            return False
        if _SUMMED_BEFORE.search(low, max(0, mention.start - 16), mention.start):
            return False
    if len(named) >= 2:
        return True
    last = named[0].resolve(frame)
    if last.from_month == last.to_month == frame.to_month:
        # "tháng 11 ước đạt ...; lũy kế 11 tháng ... Trong đó, doanh thu tháng 11 ...": the
        # month a release reports, named beside its running total, not a part of it; but
        # "riêng tháng 10/2024 tăng 32,26%" sets that month apart from the sum in force.
        return _ALONE_BEFORE.search(low, max(0, named[0].start - 8), named[0].start) is not None
    return low[sentence_start : sentence_start + 12].lstrip().startswith(_PART_MARKS)


def closes_part(resolved: Period, context: Period, opened_with: Period) -> bool:
    """True for the months from the year's start to the end of a part the sentence named
    before them ("GRDP quý 3 ước tăng 9,45%, 9 tháng ước tăng 9,83%"), where the passage
    had framed that sum already ("báo cáo quý 3 và 9 tháng đầu năm 2025"): a report of a
    part and its sum to date goes on with the sum."""
    return (
        resolved.from_month == 1
        and resolved.year == context.year
        and context.from_month is not None
        and context.from_month > 1
        and resolved.to_month == context.to_month
        and opened_with == resolved
    )
