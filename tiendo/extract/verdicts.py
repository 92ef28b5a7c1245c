"""A figure its own clause judges against a plan ("đạt 52,3%, vượt chỉ tiêu Nghị quyết",
"62 triệu đồng, chưa đạt kế hoạch đề ra") is the result measured, never the target: a
target word after the comma names what the result was held to, not the figure.

>>> judged_against_plan("tỷ lệ che phủ rừng đạt 52,3%, hoàn thành chỉ tiêu.", 28)
True
>>> judged_against_plan("giảm 1,02% mỗi năm, vượt chỉ tiêu nghị quyết", 10)
True
>>> judged_against_plan("thu ngân sách 900 tỷ đồng, trong đó vượt kế hoạch", 24)
False
"""

from __future__ import annotations

import re
from typing import Final

# After the figure's unit, a few words of its own ("mỗi năm", "trở lên", a remark in
# parentheses), then the comma and the verdict: a verb of meeting or missing with a plan,
# a target or a resolution as its object ("vượt chỉ tiêu", "không đạt kế hoạch", "vượt
# so với mục tiêu").
_VERDICT: Final = re.compile(
    r"[^\W\d_]*(?:\s+[^\W\d_]+){0,3}?\s*(?:/\s*năm\s*)?(?:\([^()]{0,60}\)\s*)?,\s*"
    r"(?:(?:đã|cơ bản|đều)\s+)?"
    r"(?:vượt|đạt|hoàn thành|chưa đạt|không đạt)\s+"
    r"(?:(?:so với|so)\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|nghị quyết|kh)\b"
)

_PLAN_WORDS: Final = ("tiêu", "kế hoạch", "nghị quyết", "kh")


def judged_against_plan(low: str, unit_end: int) -> bool:
    """True when the clause of the number whose unit (and things counted) end at
    `unit_end` goes on to say that it met, passed or missed a plan, a target or a
    resolution."""
    # A plain look-up first: most numbers have no plan word in the words after them.
    near = low[unit_end : unit_end + 90]
    if not any(word in near for word in _PLAN_WORDS):
        return False
    return _VERDICT.match(low, unit_end) is not None
