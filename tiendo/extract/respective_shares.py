"""Levels of another time given "respectively" in parentheses are, in order, of the
measures just listed.

"Cơ cấu GRDP: nông, lâm nghiệp và thủy sản chiếm 2,09%; công nghiệp và xây dựng chiếm
19,42%; dịch vụ chiếm 68,58% (cùng kỳ năm 2024 tương ứng là 2,18%; 20,3% và 66,91%)": the
three shares in parentheses are the same three measures a year before, the first of the
first. Likewise "(cơ cấu tương ứng của cùng kỳ năm 2020 là 75,36% - 17,36% - 3,29% -
3,99%)". Each level takes the name of its measure, in order, and the year the parenthesis
names, with the months of the measure (the same period of that year).

Left as they are: a parenthesis without "tương ứng" or "lần lượt", and one that holds more
levels than were listed before it.

>>> respective_opening("(cùng kỳ năm 2024 tương ứng là ")
True
>>> respective_opening("(tăng 5,2% so với cùng kỳ, ")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.period_cues import find_periods
from tiendo.periods import Period

# The opening of the parenthesis, up to its first level: a time, "tương ứng" and "là".
_RESPECTIVE: Final = re.compile(
    r"^\([^()%\d]{0,30}?(?:\d{4})?[^()%\d]{0,30}\b(?:tương ứng|lần lượt)\b"
)


def respective_opening(words: str) -> bool:
    """True when lower-case `words` (from "(" to the first level in it) say "respectively"."""
    return _RESPECTIVE.match(words) is not None and "%" not in words


def _level(draft: Draft) -> bool:
    quantity = draft.quantity
    return quantity is not None and quantity.unit.text == "%" and quantity.value_max is None


def respective_shares(low: str, drafts: list[Draft]) -> None:
    """Name the levels of a respective parenthesis after the measures before it (see the
    module)."""
    inner = [d for d in drafts if d.in_paren and _level(d)]
    if len(inner) < 2:
        return
    first = inner[0]
    opening = low.rfind("(", 0, first.anchor)
    if opening < 0 or not respective_opening(low[opening : first.anchor]):
        return
    closing = low.find(")", first.anchor)
    group = [d for d in inner if closing < 0 or d.anchor < closing]
    outer = [d for d in drafts if not d.in_paren and d.anchor < opening and _level(d)]
    if len(group) < 2 or len(outer) < len(group):
        return
    measures = outer[-len(group) :]
    years = [m.year for m in find_periods(low[opening : first.anchor]) if m.year is not None]
    for level, measure in zip(group, measures, strict=True):
        level.indicator = measure.indicator
        if years and years[-1] != measure.period.year:
            level.period = Period(years[-1], measure.period.from_month, measure.period.to_month)
