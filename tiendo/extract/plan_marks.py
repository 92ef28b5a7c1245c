"""The level of a plan a figure is measured against, said right after it.

"Tốc độ tăng GDP ước 7,1%, chưa tới mức kế hoạch 7,2 - 7,5%", "thu ngân sách ước 213,7 tỷ
đồng, còn xa mức kế hoạch 384 tỷ đồng", "…, vượt mức kế hoạch là 9%": the clause measures
the figure before against "the level of the plan" ("mức kế hoạch", "mức chỉ tiêu đề ra"),
whose number follows. That number is the plan's level of the same measure: "kế hoạch thu
ngân sách", not the verb of the comparison ("chưa tới", "vượt xa") before it.

>>> _MARK.search("đạt 9,26%, vượt mức kế hoạch là ").group("plan")
'kế hoạch'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft, same_unit_before

# "mức kế hoạch", "mức chỉ tiêu đề ra", "mức dự toán được giao", then "là" and a bound,
# right before the number.
_MARK: Final = re.compile(
    r"\bmức\s+(?P<plan>kế hoạch|chỉ tiêu|dự toán|mục tiêu)"
    r"(?:\s+(?:năm\s+\d{4}|đề ra|được giao|giao|của [^\d,;:.()]{1,30}))*"
    r"(?:\s+(?:là|khoảng|trên|dưới|gần|hơn))*\s*$"
)
_REACH: Final = 60  # the comparison's words and the plan: more is a clause of its own


def plan_marked(draft: Draft, sentence: list[Draft], low: str) -> str:
    """'kế hoạch thu ngân sách' for the number after 'mức kế hoạch' that follows a figure
    of the same unit in the sentence, or ""."""
    quantity = draft.quantity
    if quantity is None:
        return ""
    start = max(draft.item_start, quantity.lead_start - _REACH)
    if low.find("mức ", start, quantity.lead_start) < 0:
        return ""  # the cheap test
    marked = _MARK.search(low, start, quantity.lead_start)
    if marked is None:
        return ""
    before = [d for d in same_unit_before(draft, sentence) if d.indicator and not d.in_paren]
    if not before:
        return ""
    named = before[-1].indicator
    if named.lower().startswith(("kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu")):
        return ""  # two plans in a row: the second is no plan of the first
    return f"{marked.group('plan')} {named[:1].lower()}{named[1:]}"
