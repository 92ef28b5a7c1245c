"""The bound of a comparison-only figure, from "từ … trở lên" around its percentage.

"thu ngân sách mỗi năm vượt kế hoạch tỉnh giao từ 5% trở lên", "giải ngân từ 70% kế hoạch
trở lên": the figure states no level, only a share or a rise, and "từ … trở lên" sets
that share or rise as a floor: the figure is at_least, as a level would be. "tăng hơn
10%" is left exact: readers bound a bare comparison by "hơn" or "trên" in one passage
of four.

>>> low = "vượt kế hoạch tỉnh giao từ 5% trở lên"
>>> floor_of_rise(low, low.index("từ"), len(low)), floor_of_rise(low, low.index("5%"), len(low))
(True, True)
>>> low = "tăng hơn 10% so với năm trước"
>>> floor_of_rise(low, low.index("10%"), len(low))
False
"""

from __future__ import annotations

import re
from typing import Final

# "từ", the percentage, what it is a share of (a few words), then "trở lên".
_UP: Final = re.compile(r"từ\s+[\d.,]+\s*%(?:\s+[^\W\d_]+){0,4}?\s+trở lên\b")


def floor_of_rise(low: str, number_start: int, clause_end: int) -> bool:
    """True when the percentage at `number_start` of lower-case `low` (its words: "từ"
    opens them) is closed by "trở lên" within its clause."""
    if "trở lên" not in low[number_start : min(clause_end, number_start + 60)]:
        return False
    start = max(0, number_start - 3)  # "từ" may stand before the percentage's own start
    at = low.find("từ", start, number_start + 2)
    return at >= 0 and _UP.match(low, at, clause_end) is not None
