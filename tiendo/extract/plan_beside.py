"""A rate set beside its plan's own rate: "đạt 64,5% so với kế hoạch là 65%".

A report that weighs a result against its plan often writes both levels in one breath:
"tăng trưởng GDP ước đạt khoảng 2% so với kế hoạch là 6,8%", "tỷ lệ thất nghiệp ... là
4,39% so với kế hoạch là dưới 4%". The basis after the first rate names the plan only to
quote the plan's own rate after "là": the first rate is the level reached, not a share of
the plan, and the second is the plan's level (`plan_rate_is`, plan_levels.py). A share
said with its verb ("bằng 95% so với kế hoạch là 6,8%") or of a plan whose level is an
amount ("đạt 104% so với kế hoạch là 5.000 tỷ đồng") stays a share.

>>> low = "tỷ lệ đạt 64,5% so với kế hoạch là 65%."
>>> beside_plan_rate(low, low.index(" so"), "đạt")
True
>>> beside_plan_rate(low, low.index(" so"), "bằng")
False
>>> low = "thu đạt 104% so với kế hoạch là 5.000 tỷ đồng."
>>> beside_plan_rate(low, low.index(" so"), "đạt")
False
"""

from __future__ import annotations

import re
from typing import Final

# "so với" and the plan's noun with at most five words of what it is of (no number, no
# break), "là", a bound at most, and the plan's rate.
_PLAN_RATE_AFTER: Final = re.compile(
    r"[ \t]*so với\s+(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s+[^\W\d_]+){0,5}?\s+là\s+"
    r"(?:(?:trên|dưới|khoảng|từ|không quá|tối thiểu|tối đa)\s+)?\d[\d.,]*\s*%"
)


def beside_plan_rate(low: str, unit_end: int, verb: str) -> bool:
    """True when a rate, reached ("đạt", "là") or stated with no verb, is followed by the
    plan's own rate after "so với … là": a level set beside that rate, no share of it."""
    if verb not in ("", "đạt", "là") or not low.startswith(" so với", unit_end):
        return False
    return _PLAN_RATE_AFTER.match(low, unit_end) is not None


# The rate after it: "cao hơn chỉ tiêu Trung ương giao là 13,6%", "so với kế hoạch là 65%".
_PLAN_IS: Final = re.compile(
    r"\b(?:hơn|vượt|so với)\s+(?:kế hoạch|chỉ tiêu|mục tiêu)\b[^,;:%\d]{0,30}\slà\s*$"
)


def plan_rate_is(low: str, lead_start: int) -> bool:
    """True when the words right before a rate after another say what the plan is ("phấn
    đấu tăng trưởng 14-15%, cao hơn chỉ tiêu Trung ương giao là 13,6%"): a rate of its own,
    not by how much the first passes it."""
    return _PLAN_IS.search(low, max(0, lead_start - 50), lead_start) is not None
