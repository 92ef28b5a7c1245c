"""A year in parentheses right after a level: "18,22% (năm 2011), 14,51% (năm 2012)".

A series of levels of one measure, each followed by its year in parentheses, gives each
level that year: the parenthesis is the level's own time, whatever the sentence opened
with ("tỷ lệ hộ nghèo năm 2010 còn 22,8%, sau đó giảm lần lượt còn 18,22% (năm 2011), …").
Only a parenthesis that holds nothing but the year (with "năm" or not) reads so.
"""

from __future__ import annotations

import re

from tiendo.extract.clauses import Draft
from tiendo.periods import Period

_YEAR_IN_PARENS = re.compile(r"[ \t]*\([ \t]*(?:năm[ \t]+)?(\d{4})[ \t]*\)")


def give_paren_years(low: str, drafts: list[Draft]) -> None:
    """Sets the period of each level followed by its year in parentheses to that year."""
    for draft in drafts:
        quantity = draft.quantity
        if quantity is None:
            continue
        end = quantity.unit.end
        # Cheap test first: a parenthesis must open right after the unit.
        if low.find("(", end, end + 3) < 0:
            continue
        match = _YEAR_IN_PARENS.match(low, end)
        if match is None:
            continue
        year = int(match.group(1))
        if 1900 < year < 2100:
            draft.period = Period(year, 1, 12)
