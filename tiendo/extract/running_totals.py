"""A bare "lũy kế" after a month is the sum from the year's start to that month.

"Tháng 10/2024 đạt 9.500 tỷ đồng, lũy kế tăng 10,2% so với cùng kỳ": "lũy kế" (cumulative)
names no months of its own, so it sums January to the month in force: the ten months of
2024, not October again. A running total that names its months ("lũy kế 10 tháng", "lũy
kế đến tháng 10") is read by the periods already, and one of a time that is no single
month (a quarter, a year) is left as it is.

>>> bare_running_total("tháng 10 đạt 9.500 tỷ đồng, lũy kế tăng ")
True
>>> bare_running_total("lũy kế 10 tháng tăng "), bare_running_total("tháng 10 tăng ")
(False, False)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.periods import Period

# "lũy kế" (or "luỹ kế", "cộng dồn") with only a verb, a bound or "ước" before the number.
_BARE_TOTAL: Final = re.compile(
    r"(?:^|[\s,;(])(?:lũy kế|luỹ kế|cộng dồn)(?:\s+(?:từ đầu năm|ước|ước đạt|ước tính|đạt"
    r"|tăng|giảm|được|khoảng|gần|hơn|trên|là))*\s*$"
)


def bare_running_total(before: str) -> bool:
    """True when lower-case `before` (up to a number) ends with a bare "lũy kế" and its
    verb."""
    return _BARE_TOTAL.search(before) is not None


def date_running_totals(low: str, drafts: list[Draft]) -> None:
    """Date each figure of a bare "lũy kế" from January to its month (see the module)."""
    for draft in drafts:
        period = draft.period
        if period.year is None or period.from_month is None or period.from_month < 2:
            continue
        if period.from_month != period.to_month:
            continue
        start = draft.quantity.lead_start if draft.quantity is not None else draft.number_start
        if bare_running_total(low[max(draft.item_start, start - 40) : start]):
            draft.period = Period(period.year, 1, period.to_month)
