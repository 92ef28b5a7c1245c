"""A plan is set for the whole year: its level is of the year, not of the months the
report has reached.

"Sáu tháng đầu năm 2022, ... Kế hoạch vốn đầu tư xây dựng cơ bản của huyện trên 75 tỷ
đồng, đến hết tháng 6 khối lượng thực hiện được trên 32 tỷ đồng": the result is of the six
months, the plan (kế hoạch, dự toán, chỉ tiêu) of all of 2022. A plan that names its own
part of the year ("kế hoạch quý III", "chỉ tiêu 6 tháng") keeps it.
"""

from __future__ import annotations

import re

from tiendo.extract.clauses import Draft
from tiendo.periods import Period

_PLAN = re.compile(r"\b(?:kế hoạch|dự toán|chỉ tiêu)\b")
_PART_OF_YEAR = re.compile(r"\b(?:tháng|quý|đợt|vụ)\b")


def plan_period(draft: Draft, low: str) -> Period:
    """The period of a figure: the whole year for a plan's own level read in a report of
    part of that year, else the period it has."""
    period = draft.period
    if (
        draft.kind != "target"
        or period.year is None
        or period.to_month is None
        or period.months >= 12
        or _PLAN.search(draft.indicator.lower()) is None
    ):
        return period
    if _PART_OF_YEAR.search(low, draft.item_start, draft.extent_end):
        return period
    return Period(period.year, 1, 12)
