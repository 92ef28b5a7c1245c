"""A rate set beside its plan's own rate: "đạt 64,5% so với kế hoạch là 65%".

A report that weighs a result against its plan often writes both levels in one breath:
"tăng trưởng GDP ước đạt khoảng 2% so với kế hoạch là 6,8%", "tỷ lệ thất nghiệp ... là
4,39% so với kế hoạch là dưới 4%". The basis after the first rate names the plan only to
quote the plan's own rate after "là": the first rate is the level reached, not a share of
the plan, and the second is the plan's level (`names_plan_rate`, plan_levels.py). A share
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

from tiendo.extract.clauses import Draft
from tiendo.extract.quantities import Quantity

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
# ... or with no "là", the plan's noun after a word that sets the rate below or above it,
# and at most five words of what it is of: "thấp hơn kế hoạch 65%", "cao hơn chỉ tiêu 90,7%".
_PLAN_BY: Final = re.compile(
    r"(?:^|[\s,(])(?P<verb>thấp hơn|chưa đạt|không đạt|cao hơn|vượt)(?:\s+so với)?\s+"
    r"(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s+[^\W\d_]+){0,5}?\s*$"
)


def names_plan_rate(low: str, quantity: Quantity, host: Draft | None) -> bool:
    """True when a rate after another is what the plan is, not by how much the first
    passes or misses it: said so ("phấn đấu tăng trưởng 14-15%, cao hơn chỉ tiêu Trung
    ương giao là 13,6%"), or told by its size beside the rate reached before it. A plan
    the rate falls short of that is higher than the rate itself ("ước 64,5%, thấp hơn kế
    hoạch 65%") can be no gap, nor can one it passes that lies between half the rate and
    the rate ("đạt 91,5%, cao hơn chỉ tiêu 90,7%"): gaps are small beside their levels
    ("đạt 10,7%, cao hơn kế hoạch 0,5%", "thấp hơn chỉ tiêu 1,2%" stay gaps)."""
    lead_start = quantity.lead_start
    if _PLAN_IS.search(low, max(0, lead_start - 50), lead_start) is not None:
        return True
    level = host.quantity if host is not None else None
    if level is None or level.unit.kind != "percent" or host is None or host.comparisons:
        return False  # only a rate's level, no change nor share, is set beside its plan
    match = _PLAN_BY.search(low, max(0, lead_start - 60), lead_start)
    if match is None:
        return False
    reached, quoted = level.value, quantity.value
    if match.group("verb") in ("cao hơn", "vượt"):
        return reached / 2 < quoted < reached
    return quoted > reached


# The plan's noun, what it is of or who set it, and the parenthesis its level opens, with
# the plan's move before it at most: "vượt kế hoạch đề ra (10%)", "vượt chỉ tiêu Tỉnh ủy đề
# ra (38%)", "vượt chỉ tiêu Nghị quyết đề ra (giảm 1%)".
_PLAN_LEVEL_IN_PARENS: Final = re.compile(
    r"\b(?:kế hoạch|mục tiêu|chỉ tiêu|nghị quyết)(?:\s+(?:năm|của|tỉnh|huyện|đề ra|đặt ra|giao"
    r"|được giao|\d{4}))*(?:(?:\s+[^\W\d_]+){1,4}?\s+(?:giao|đề ra|đặt ra))?"
    r"\s*\(\s*(?P<moves>(?:tăng|giảm)\s+)?(?:từ|trên|dưới|khoảng|hơn)?\s*$"
)
_CLOSED: Final = re.compile(r"\s*\)")


def plan_level_in_parens(low: str, quantity: Quantity) -> bool:
    """True when a rate after another opens a parenthesis right after a plan's name: the
    rate the plan set, not a share of the plan (as "9.495 ha, vượt nhẹ kế hoạch (101%)"
    is). A move there is the plan's only when the parenthesis closes after it: "(tăng 5% so
    với cùng kỳ)" is the result's own rise."""
    lead_start = quantity.lead_start
    match = _PLAN_LEVEL_IN_PARENS.search(low, max(0, lead_start - 60), lead_start)
    if match is None:
        return False
    return match.group("moves") is None or _CLOSED.match(low, quantity.unit.end) is not None
