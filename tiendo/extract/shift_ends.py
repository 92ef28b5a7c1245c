"""The times at the two ends of a shift, when a gloss stands between a level and its year.

"số hộ nghèo giảm từ 75.639 hộ (tỉ lệ 24,31%) năm 2010 xuống còn 28.200 hộ, tỉ lệ 8,88%
năm 2015": each level of "từ A năm X xuống B năm Y" is of its own year, as `passage` reads
"từ 65% năm 2015 lên 75% năm 2020"; a share glossing a level, in parentheses or after a
comma ("tỉ lệ 8,88%"), does not part the level from its year. Neither year is the time of
the sentences after the shift: they go on with the time in force.

So with "now" at the first end of an aim: "nâng tỷ lệ gỗ xẻ từ mức 25% - 30% hiện nay lên
trên 60%" (by 2025) is 25% in the year of writing and 60% in the year aimed at; "hiện nay"
is the first level's time, not the second's.

>>> is_shift_end_time("giảm từ 9 hộ (tỉ lệ 2%) năm 2010 xuống 3 hộ", 25, 33)
True
>>> is_shift_end_time("nâng từ 52% hiện nay lên 55%", 12, 20)
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.periods import Period

# A share said of the level just before: "(tỉ lệ 24,31%)", "(chiếm 60%)", ", tỉ lệ 8,88%".
_GLOSS: Final = (
    r"(\s*\([^()\d]{0,20}\d[\d.,]*\s*%?[^()\d]{0,20}\)"
    r"|\s*,\s*(?:tỷ|tỉ)\s+lệ\s+(?:là\s+)?\d[\d.,]*\s*%)"
)
_LEVEL: Final = r"(?:mức\s+|hơn\s+|trên\s+|gần\s+)?(\d[\d.,]*)[^\d;:,.()]{0,20}?"
_END_YEAR: Final = r"\s*(?:(?:vào\s+)?(?:cuối\s+|đầu\s+)?năm\s+)?(\d{4})"
_FROM_END: Final = re.compile(
    r"từ(?<=\btừ)\s+" + _LEVEL + _GLOSS + _END_YEAR + r"\s*,?\s*(?:xuống|lên)\b"
)
_TO_END: Final = re.compile(
    r"(?:xuống(?<=\bxuống)|lên(?<=\blên))(?:\s+còn)?\s+" + _LEVEL + _GLOSS + _END_YEAR
    + r"\s*(?=[.;]|$)"
)  # fmt: skip
# "từ 25% hiện nay lên", "từ mức 20% - 25% hiện nay lên", "từ 6.000 doanh nghiệp như hiện nay"
_FROM_NOW: Final = re.compile(
    r"từ(?<=\btừ)\s+(?:mức\s+|khoảng\s+|hơn\s+|trên\s+|gần\s+)?(\d[\d.,]*)"
    r"(?:[^\d;:,.()]{0,20}?\s*[-–]\s*\d[\d.,]*)?[^\d;:,.()]{0,25}?\s(?:như\s+)?"
    r"(hiện\s+nay|hiện\s+tại|hiện)\s*,?\s*(?:xuống|lên)\b"
)
_REACH: Final = 90  # characters before a year searched for the start of its shift


def _shift_within(low: str, start: int, end: int) -> bool:
    """True when low[start:end] holds "xuống" or "lên", which every shift pattern needs: a
    plain test first, as most figures stand in no shift."""
    return low.find("xuống", start, end) >= 0 or low.find("lên", start, end) >= 0


def is_shift_end_time(low: str, start: int, end: int) -> bool:
    """True where the time mention at `start`-`end` of lower-case `low` dates a glossed level
    at either end of a shift, or is the "now" of a shift's first level."""
    if not _shift_within(low, max(0, start - _REACH), end + 20):
        return False
    for pattern in (_FROM_END, _TO_END):
        for match in pattern.finditer(low, max(0, start - _REACH), end + 20):
            if match.start(3) >= start and match.end(3) <= end:
                return True
    for match in _FROM_NOW.finditer(low, max(0, start - _REACH), end + 20):
        if match.start(2) == start:
            return True
    return False


def date_shift_ends(low: str, drafts: list[Draft], now: int | None) -> None:
    """Gives each glossed level at an end of a shift, and the share glossing it, the year
    written after the gloss; and a first level said to be now the year of writing `now`."""
    for draft in drafts:
        at = draft.quantity.start if draft.quantity is not None else draft.number_start
        if not _shift_within(low, max(0, at - 80), at + 120):
            continue
        for pattern in (_FROM_END, _TO_END):
            for match in pattern.finditer(low, max(0, at - 80), at + 120):
                if match.start(1) == at or match.start(2) <= at < match.end(2):
                    draft.period = Period(int(match.group(3)), 1, 12)
        if now is not None and draft.quantity is not None:
            now_said = _FROM_NOW.search(low, max(0, at - 20), at + 80)
            if now_said is not None and now_said.start(1) == at:
                draft.period = Period(now)
