"""The level an aim starts from, said to be today's: "nâng tỷ lệ gỗ xẻ từ mức 25% - 30%
hiện nay lên trên 60%". Among targets, the first level of a shift dated "hiện nay" (or
"hiện tại") is where things stand now, a result; only the level after "lên"/"xuống" is
aimed at.

>>> text = "nâng tỷ lệ đô thị hóa từ 32% hiện nay lên 45%"
>>> level_now(text, text.index("32"), text.index("32") + 3)
True
>>> level_now(text, text.index("45"), text.index("45") + 3)
False
"""

from __future__ import annotations

import re
from typing import Final

# "từ" (or "từ mức") right before the number.
_FROM: Final = re.compile(r"\btừ(?:\s+mức)?\s*$")
# After the level: its time, now, then the move to the aimed level.
_NOW_THEN_MOVE: Final = re.compile(
    r"\s*(?:[^\d\s,;.()]+\s+){0,2}?hiện (?:nay|tại|giờ)\s+(?:lên|xuống)\b"
)


def level_now(low: str, number_start: int, unit_end: int) -> bool:
    """True for the number at `number_start` (its unit ending at `unit_end`) when it is the
    first level of a shift ("từ A hiện nay lên B"), dated now."""
    window = max(0, number_start - 12)
    # Every match holds "từ": a plain look-up first (the pattern opens with a boundary).
    if low.find("từ", window, number_start) < 0 or _FROM.search(low, window, number_start) is None:
        return False
    return _NOW_THEN_MOVE.match(low, unit_end) is not None
