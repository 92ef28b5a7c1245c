"""An item that passes by a percentage with no basis and no level of its own passes its
plan: "các chỉ tiêu đều vượt: giải quyết việc làm vượt 7,52%, xuất khẩu lao động vượt
68,31%". The rise is a change of +x on the plan, a figure with no level, as "vượt x% kế
hoạch" is; a rate that passes a mark ("tỷ lệ che phủ rừng vượt 42%") is a level.

>>> low = "trong năm, giải quyết việc làm vượt 3,2%"
>>> passes_its_plan(low, low.index("giải"), low.index("vượt"))
True
>>> low = "tỷ lệ che phủ rừng vượt 42%"
>>> passes_its_plan(low, 0, low.index("vượt"))
False
"""

from __future__ import annotations

import re
from typing import Final

# The item before "vượt": a name in words, no number, no rate, no verb of level.
_ITEM: Final = re.compile(r"[^\W\d_][^\d%;:()]{2,60}$")
# A measure whose level is itself a percentage ("độ che phủ rừng", "tỷ suất sinh thô")
# passes a mark, as a rate does.
_RATE: Final = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ|tốc độ|tỷ trọng|tỉ trọng|tỷ suất|tỉ suất|lãi suất|hệ số|độ che phủ|"
    r"mức|chỉ số|bình quân|đạt|bằng|tăng|giảm)\b"
)


def passes_its_plan(low: str, item_start: int, verb: int) -> bool:
    """True when low[item_start:verb] names an item that 'vượt' compares with its plan."""
    found = _ITEM.search(low, item_start, verb)
    return found is not None and _RATE.search(low, found.start(), verb) is None


# An amount, then the plan it passed with the plan's level in parentheses, then the share:
# "hoàn thành 102.633 căn, vượt kế hoạch đề ra (100.275 căn), đạt hơn 102%". The level in
# between ends the lead that would have named the plan for the share; the share is still
# of the plan just passed (the level is the plan's), not of some other whole.
# The plan's noun and at most 30 characters of what it is of.
_PLAN_NAMED: Final = r"(?:kế hoạch|dự toán|chỉ tiêu)[^,;.()%\d]{0,30}"
_PASSED_BEFORE_LEVEL: Final = re.compile(r",\s*vượt\s+(" + _PLAN_NAMED + r"?)\s*\(\s*$")
_LEVEL_CLOSED: Final = re.compile(r"[^,;()\d%]{0,20}\)\s*,\s*")


# "219 tỷ đồng (kế hoạch 212 tỷ đồng), đạt 103,3%": the plan's level in parentheses after
# the result, opened by the plan's noun; the bare share after it is of that plan.
_PLAN_IN_PARENS: Final = re.compile(r"\(\s*(" + _PLAN_NAMED + r"?)\s*(?:là\s+|:\s*)?$")


def plan_passed_before(low: str, level_start: int, level_end: int, lead_start: int) -> str | None:
    """The plan named before the level at low[level_start:level_end] when the text reads
    ", vượt <plan> (<level>), " or "(<plan> <level>), " up to `lead_start`, else None."""
    window = max(0, level_start - 50)
    if _LEVEL_CLOSED.fullmatch(low, level_end, lead_start) is None:
        return None
    opened = _PLAN_IN_PARENS.search(low, window, level_start)
    if opened:
        return opened.group(1).strip()
    if low.find("vượt", window, level_start) < 0:
        return None
    passed = _PASSED_BEFORE_LEVEL.search(low, window, level_start)
    return passed.group(1).strip() if passed else None


# A plan passed earlier in the sentence: "vượt 12,5% dự toán", "vượt kế hoạch".
_PASSED: Final = re.compile(r"\bvượt\s+(?:[\d.,]+\s*%\s*(?:so với\s+)?)?(" + _PLAN_NAMED + ")")


def last_passed(low: str, start: int, end: int) -> str:
    """The plan named after the last "vượt" in low[start:end] (one sentence), or ""."""
    sentence_start = max(start, low.rfind(".", start, end) + 1)
    found = ""
    for match in _PASSED.finditer(low, sentence_start, end):
        found = match.group(1).strip()
    return found
