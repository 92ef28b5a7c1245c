"""The level of a plan quoted where a result is set against it: "thấp hơn mức kế hoạch 4,5%".

A result is often set against the plan with the plan's own level written after its noun:
"tốc độ tăng trưởng chỉ đạt 8,6%, thấp hơn mức kế hoạch đề ra là 9,4%", "đạt 38,05%, cao
hơn … so với chỉ tiêu 38% mà Nghị quyết … đề ra", "đạt 10.450 tỷ đồng, vượt xa mức kế
hoạch 7.966 tỷ đồng". The number there is what the plan set, a target figure of its own,
not by how much the result passed or missed it, nor a share of it.

The noun alone does not say so ("vượt kế hoạch 8%", "cao hơn kế hoạch 300 tỷ đồng" are by
how much); one of four marks does:
- "mức" before the noun: the plan's level ("mức kế hoạch 4,5%");
- "là" between the noun and the number ("kế hoạch đề ra là 9,4%");
- the plan's own rise, its verb right before the number ("thấp hơn kế hoạch tăng từ 11%",
  "so với kế hoạch tăng 11%", "vượt kế hoạch đề ra là tăng 10%");
- who set the plan, after the number ("… 38% mà Nghị quyết đề ra", "91,5% giao tại Quyết
  định", "92% của Nghị quyết").

A relative clause after the number that says who set it needs no plan's noun before it:
"tăng gần 12%, cao hơn mức tăng 8,42% mà kế hoạch đầu năm 2022 đặt ra" (a level in the 7
readable golds that write a percentage so, a change never).
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.aims import set_by_plan

# A word that sets a result against the plan, the plan's noun, what it is of (no number),
# and "là" at most, right before the number.
# (r"(?:^|[\s,(])(?:hơn|vượt…|tới|so với)…" with the mark before each word as a look-behind
# after it: each alternative opening with a letter, a search skips to them; the match then
# starts at the word, and only its groups are read)
_PLAN_NAMED: Final = re.compile(
    r"(?:hơn(?<![^\s,(]hơn)|vượt(?<![^\s,(]vượt)(?:\s+xa)?|tới(?<![^\s,(]tới)"
    r"|so với(?<![^\s,(]so với))\s+(?P<level>mức\s+)?"
    r"(?:kế hoạch|chỉ tiêu|mục tiêu)(?P<of>(?:\s+[^\W\d_]+){0,5}?)(?P<copula>\s+là)?"
    r"(?P<rise>\s+(?:tăng trưởng|tăng|giảm))?\s*(?:từ\s+|trên\s+|dưới\s+|khoảng\s+)?$"
)
# Who set the plan, after its level (and the level's unit).
_SETTER_AFTER: Final = re.compile(r"[ \t]*(?:mà|của|do|giao tại|được giao|đề ra|đặt ra)\b")


def plan_level(low: str, floor: int, lead_start: int, unit_end: int) -> bool:
    """True when the number whose words start at `lead_start` (its unit ending at
    `unit_end`) is the level of a plan a result is set against."""
    if set_by_plan(low, unit_end, len(low)):
        return True  # "mức tăng 8,42% mà kế hoạch đặt ra": the level its setter set
    window = low[max(floor, lead_start - 70) : lead_start]
    # Cheap test first: nearly every number has no plan's noun in the words before it.
    # (the plan's three nouns, each a plain "in" test: a generator over them cost more)
    if "kế hoạch" not in window and "chỉ tiêu" not in window and "mục tiêu" not in window:
        return False
    named = _PLAN_NAMED.search(window)
    if named is None:
        return False
    if named.group("level") or named.group("copula") or named.group("rise"):
        return True  # "thấp hơn kế hoạch tăng từ 11%": the rise the plan set
    return _SETTER_AFTER.match(low, unit_end) is not None
