"""The times at the two ends of a shift, when a gloss stands between a level and its year.

"số hộ nghèo giảm từ 75.639 hộ (tỉ lệ 24,31%) năm 2010 xuống còn 28.200 hộ, tỉ lệ 8,88%
năm 2015": each level of "từ A năm X xuống B năm Y" is of its own year, as `passage` reads
"từ 65% năm 2015 lên 75% năm 2020"; a share glossing a level, in parentheses or after a
comma ("tỉ lệ 8,88%"), does not part the level from its year. Neither year is the time of
the sentences after the shift: they go on with the time in force.

>>> shift_end_year("giảm từ 9 hộ (tỉ lệ 2%) năm 2010 xuống 3 hộ", 6, 11)
2010
>>> shift_end_year("xuống còn 3 hộ, tỉ lệ 1% năm 2015.", 3, 11)
2015
"""

from __future__ import annotations

import re

from tiendo.extract.clauses import Draft
from tiendo.periods import Period

# A share said of the level just before: "(tỉ lệ 24,31%)", "(chiếm 60%)", ", tỉ lệ 8,88%".
_GLOSS = (
    r"(\s*\([^()\d]{0,20}\d[\d.,]*\s*%?[^()\d]{0,20}\)"
    r"|\s*,\s*(?:tỷ|tỉ)\s+lệ\s+(?:là\s+)?\d[\d.,]*\s*%)"
)
_LEVEL = r"(?:mức\s+|hơn\s+|trên\s+|gần\s+)?(\d[\d.,]*)[^\d;:,.()]{0,20}?"
_END_YEAR = r"\s*(?:(?:vào\s+)?(?:cuối\s+|đầu\s+)?năm\s+)?(\d{4})"
_FROM_END = re.compile(r"từ(?<=\btừ)\s+" + _LEVEL + _GLOSS + _END_YEAR + r"\s*,?\s*(?:xuống|lên)\b")
_TO_END = re.compile(
    r"(?:xuống(?<=\bxuống)|lên(?<=\blên))(?:\s+còn)?\s+" + _LEVEL + _GLOSS + _END_YEAR
    + r"\s*(?=[.;]|$)"
)  # fmt: skip
_REACH = 90  # characters before a year searched for the start of its shift


def shift_end_year(low: str, start: int, end: int) -> int | None:
    """The year of the time mention at `start`-`end` of lower-case `low` where it dates a
    glossed level at either end of a shift, or None."""
    if not low[start:end].rstrip().endswith(tuple("0123456789")):
        return None
    for pattern in (_FROM_END, _TO_END):
        for match in pattern.finditer(low, max(0, start - _REACH), end + 20):
            if match.start(3) >= start and match.end(3) <= end:
                return int(match.group(3))
    return None


def date_shift_ends(low: str, drafts: list[Draft]) -> None:
    """Gives each glossed level at an end of a shift, and the share glossing it, the year
    written after the gloss."""
    for draft in drafts:
        at = draft.quantity.start if draft.quantity is not None else draft.number_start
        for pattern in (_FROM_END, _TO_END):
            for match in pattern.finditer(low, max(0, at - 80), at + 120):
                if match.start(1) == at or match.start(2) <= at < match.end(2):
                    draft.period = Period(int(match.group(3)), 1, 12)
