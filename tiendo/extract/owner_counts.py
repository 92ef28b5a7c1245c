"""A count after "của" in the subject of a rise names whose measure rose, not a figure.

"Chỉ số sản xuất của 4 ngành công nghiệp trọng điểm tăng 11,6%": what rose is the index of
the four branches; "4 ngành" tells which branches, as "của" makes it the owner of the
measure before it. The figure is the rise. A count that is itself the subject ("4 ngành
công nghiệp tăng trưởng") or that no rise follows ("với sự tham gia của 120 doanh
nghiệp") is not set aside.

>>> low = "chỉ số sản xuất của 4 ngành công nghiệp trọng điểm tăng 11,6%, cao hơn"
>>> owner_count(low, low.index("4"), low.index(" công"))
True
>>> low = "hội nghị có sự tham gia của 120 doanh nghiệp, tăng 20% so với năm trước"
>>> owner_count(low, low.index("120"), low.index(","))
False
"""

from __future__ import annotations

import re
from typing import Final

# The owner's words run up to the verb of the rise; no punctuation or number between.
_RISE_AFTER: Final = re.compile(
    r"[^\d,;:.()%]{0,60}?\s(?:tăng|giảm)\s+(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?\d[\d.,]*\s*%"
)


def owner_count(low: str, lead_start: int, unit_end: int) -> bool:
    """True when the count starting at `lead_start` follows "của" and its noun phrase,
    ending at `unit_end` or later, is the subject of a percentage rise or fall."""
    if not low.endswith("của ", 0, lead_start):
        return False
    return _RISE_AFTER.match(low, unit_end) is not None
