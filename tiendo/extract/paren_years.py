"""A year in parentheses right after a level: "18,22% (năm 2011), 14,51% (năm 2012)".

A series of levels of one measure, each followed by its year in parentheses, gives each
level that year: the parenthesis is the level's own time, whatever the sentence opened
with ("tỷ lệ hộ nghèo năm 2010 còn 22,8%, sau đó giảm lần lượt còn 18,22% (năm 2011), …").
Only a parenthesis that holds nothing but the year (with "năm" or not) reads so. A series
said to be of one part of the years ("quý I của giai đoạn 2011 - 2017, khi mức tăng trưởng
lần lượt là 5,9% (2011), 4,75% (2012)", "6 tháng đầu năm của các năm trước") gives each
level that part of its year, the months of the time in force.

So does such a parenthesis after a time the clause names in words before the level
("niên vụ gần nhất (năm 2023) cho sản lượng hơn 360.000 tấn", "Năm ngoái (2023), ..."): it
says which year that time is, and the level is of it.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.periods import Period

_YEAR_IN_PARENS: Final = re.compile(r"[ \t]*\([ \t]*(?:năm[ \t]+)?(\d{4})[ \t]*\)")
# A time in words ("niên vụ gần nhất", "năm ngoái", "vụ trước") glossed by its year.
_GLOSSED_TIME: Final = re.compile(
    r"(?:niên vụ|mùa vụ|vụ|năm|kỳ|mùa)(?:\s+(?:gần nhất|gần đây nhất|vừa qua|qua|trước|ngoái))+"
    r"\s*\(\s*(?:năm\s+)?(\d{4})\s*\)"
)
_GLOSS_REACH: Final = 100  # characters before a level searched for a glossed time
# "quý I của giai đoạn 2011 - 2017", "6 tháng đầu năm của các năm trước", "cùng kỳ các năm"
_PART_OF_YEARS: Final = re.compile(
    r"(?:quý(?<=\bquý)\s+[ivx\d]+|tháng(?<=\btháng)(?:\s+(?:đầu|cuối)\s+năm)?"
    r"|nửa(?<=\bnửa)\s+(?:đầu|cuối)\s+năm|cùng(?<=\bcùng) kỳ)"
    r"\s+(?:của\s+)?(?:các năm|những năm|giai đoạn)\b"
)
_PERCENT: Final = re.compile(r"\d[\d.,]*\s*%")
_SERIES_REACH: Final = 160  # characters before a level searched for the part of the years


def give_paren_years(low: str, drafts: list[Draft]) -> None:
    """Sets the period of each level followed by its year in parentheses to that year."""
    for draft in drafts:
        quantity = draft.quantity
        if quantity is None:
            _rise_year(low, draft)
            continue
        end = quantity.unit.end
        # Cheap test first: a parenthesis must open right after the unit.
        if low.find("(", end, end + 3) < 0:
            glossed_year(low, draft)
            continue
        match = _YEAR_IN_PARENS.match(low, end)
        if match is None:
            continue
        year = int(match.group(1))
        if 1900 < year < 2100:
            draft.period = _of_year(low, draft.period, quantity.lead_start, year)


def _rise_year(low: str, draft: Draft) -> None:
    """Gives a rise with no level ("vượt dự toán 8,5% (năm 2020), 10,2% (năm 2021)", "sau
    khi tăng 7% (năm 2021)") the year in parentheses right after its percentage."""
    percent = _PERCENT.match(low, draft.number_start)
    if percent is None or not draft.comparisons:
        return
    match = _YEAR_IN_PARENS.match(low, percent.end())
    if match is not None and 1900 < int(match.group(1)) < 2100:
        draft.period = _of_year(low, draft.period, draft.number_start, int(match.group(1)))


def _of_year(low: str, period: Period, end: int, year: int) -> Period:
    """The whole year, or the part of it (the months of `period`, in force) that a series
    said before `end` to be of one part of the years is of."""
    if period.to_month is None or period.months >= 12:
        return Period(year, 1, 12)
    said = [m.end() for m in _PART_OF_YEARS.finditer(low, max(0, end - _SERIES_REACH), end)]
    if not said or ". " in low[said[-1] : end]:
        return Period(year, 1, 12)
    return Period(year, period.from_month, period.to_month)


def glossed_year(low: str, draft: Draft) -> None:
    """Gives a level the year that glosses a time named before it in its clause."""
    quantity = draft.quantity
    assert quantity is not None
    start = max(0, quantity.lead_start - _GLOSS_REACH)
    if low.find(")", start, quantity.lead_start) < 0:
        return  # most levels: no parenthesis before them
    found = None
    for match in _GLOSSED_TIME.finditer(low, start, quantity.lead_start):
        found = match
    if found is None or any(mark in low[found.end() : quantity.lead_start] for mark in ".;("):
        return
    year = int(found.group(1))
    if 1900 < year < 2100:
        draft.period = Period(year, 1, 12)
