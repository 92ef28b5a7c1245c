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
