"""A running total brought up by a month's figure, named by no measure of its own.

"Tháng 3/2024, thu ngân sách đạt 150 tỷ đồng, đưa lũy kế quý I lên 420 tỷ đồng": the total
is of the same measure as the month's figure it adds up ("thu ngân sách"), over the months
its own time names; only a measure of its own ("đưa tổng diện tích trồng rừng 9 tháng lên")
names it otherwise.

>>> bool(_BROUGHT.match(", đưa lũy kế quý i lên ")), bool(_BROUGHT.match(", đưa vào sử dụng "))
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft, same_unit_before

# Between the month's figure and the total: the verb, a word of the total, its time, "lên".
_BROUGHT: Final = re.compile(
    r"\s*,?\s*(?:đưa|nâng)\s+(?:tổng số|tổng cộng|tổng|lũy kế|luỹ kế)"
    r"(?:\s+(?:từ đầu năm(?: đến nay)?|\d{1,2} tháng(?: đầu năm)?(?: năm \d{4})?"
    r"|quý [ivx]+(?:/\d{4})?|cả năm))?\s+lên\s*$"
)


def brought_total(draft: Draft, sentence: list[Draft], low: str) -> str:
    """The measure of the figure a running total with no measure of its own adds up, when
    only the words of bringing it up stand between the two, or ""."""
    quantity = draft.quantity
    if quantity is None or "lên" not in low[draft.item_start : quantity.lead_start]:
        return ""  # (the cheap test first: most figures are brought up by nothing)
    if quantity.unit.kind == "count":
        return ""  # "nâng tổng số lên 83 xã": the total of what is counted (count rules)
    before = same_unit_before(draft, sentence)
    counted = before[-1].quantity if before else None
    if counted is None or not _BROUGHT.match(low[counted.extent_end : quantity.lead_start]):
        return ""
    return before[-1].indicator
