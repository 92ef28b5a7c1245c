""" "Trong kỳ" later in a report is the term the report named as its "kỳ".

"Công an tỉnh cho biết, trong kỳ từ 15/7 đến 14/8/2019, ... phát hiện 89 vụ ... Lũy kế từ
đầu năm đến nay phát hiện 726 vụ ... Về môi trường, trong kỳ khởi tố 5 vụ": police and
inspection reports count a term from one day of a month to a day of the next and set it
against the running total; a later "trong kỳ" goes back to that term (July to August), not
to the running total the report spoke of last.

>>> low = "trong kỳ từ 15/7 đến 14/8/2019, phát hiện 89 vụ. lũy kế 726 vụ. trong kỳ khởi tố 5 vụ"
>>> report_term(low, low.rindex("5 vụ"))
Period(year=2019, from_month=7, to_month=8)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.periods import Period

if TYPE_CHECKING:  # clauses imports the modules that import this one
    from tiendo.extract.clauses import Draft

# "trong kỳ từ 15/7 đến 14/8/2019", "kỳ báo cáo (từ ngày 16/9 đến 15/10/2022)"
_TERM: Final = re.compile(
    r"(?:trong\s+kỳ(?:\s+báo\s+cáo)?|kỳ\s+báo\s+cáo)\s*[,:(]?\s*(?:từ\s+)?(?:ngày\s+)?"
    r"\d{1,2}\s*/\s*(\d{1,2})(?:\s*/\s*\d{4})?\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?"
    r"\d{1,2}\s*/\s*(\d{1,2})\s*/\s*(\d{4})"
)
# "trong kỳ" alone, not "trong kỳ họp", "trong kỳ nghỉ" nor the term's own naming.
_BACK: Final = re.compile(r"trong\s+kỳ(?:\s*,)?\s+(?!họp|nghỉ|báo|từ|\d)[^\W\d_]")
_REACH: Final = 120  # characters before a number searched for "trong kỳ"
# What ends the reach of "trong kỳ": a sentence's end, a running total, another time.
_ENDS: Final = re.compile(r"\.(?!\d)|lũy kế|luỹ kế|cộng dồn|tính chung|đầu năm|tháng|quý|năm")


def report_term(low: str, anchor: int) -> Period | None:
    """The term a "trong kỳ" shortly before `anchor` in lower-case `low` refers back to, or
    None where there is no such "trong kỳ" or no term named before it."""
    start = max(0, anchor - _REACH)
    back = None
    for match in _BACK.finditer(low, start, anchor):
        back = match
    if back is None:
        return _named_term(low, start, anchor)
    if _ENDS.search(low, back.end(), anchor):
        return None
    term = None
    for match in _TERM.finditer(low, 0, back.start()):
        term = match
    return None if term is None else _period(term)


def _named_term(low: str, start: int, anchor: int) -> Period | None:
    """The term named shortly before `anchor`, with nothing that ends its reach between:
    "Trong kỳ (từ ngày 16/8 đến 15/9/2024), Công an huyện phát hiện 14 vụ" counts in it."""
    term = None
    for match in _TERM.finditer(low, start, anchor):
        term = match
    if term is None or _ENDS.search(low, term.end(), anchor):
        return None
    return _period(term)


def _period(term: re.Match[str]) -> Period | None:
    first, last, year = int(term.group(1)), int(term.group(2)), int(term.group(3))
    if not 1 <= first <= last <= 12:
        return None
    return Period(year, first, last)


def refer_to_term(low: str, draft: Draft) -> None:
    """Give a figure said to be "trong kỳ" (or counted in the term named right before it)
    the term its report named."""
    before = low[max(0, draft.anchor - _REACH) : draft.anchor]
    if "trong kỳ" not in before and "kỳ báo cáo" not in before:
        return  # most figures
    term = report_term(low, draft.anchor)
    if term is not None:
        draft.period = term
