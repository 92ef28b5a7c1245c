"""A rise set against the rise of a plan or of another time in per cent: "trung bình mỗi
năm giảm 4,6% (cao hơn 3,1% so với Nghị quyết)", "GRDP tăng 7,5%, cao hơn 0,5% so với kế
hoạch".

"cao hơn" / "thấp hơn" after a rise compares that rise with the rise the basis set or
saw: the gap is a difference of rates, written with "%" as often as with "điểm phần trăm"
(point_gaps.py). So the rise before it is a rate, a level of its own (the growth of the
year, the yearly fall of the poverty rate), and the basis after the gap is the gap's, not
the rise's: the rise is not "4,6% below the resolution". "vượt 3,1% so với Nghị quyết"
after a rise already reads so. A gap against a whole of the same time ("cao hơn 0,5% so
với bình quân cả nước") ranks the rise and leaves it as it was.

>>> low = "mỗi năm giảm 4,6% (cao hơn 3,1% so với nghị quyết)"
>>> rate_gap_after(low, low.index("%") + 1, len(low))
True
>>> low = "grdp tăng 7,5%, cao hơn 0,5% so với bình quân cả nước"
>>> rate_gap_after(low, low.index("%") + 1, len(low))
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.comparisons import basis_of

# Right after the percentage: a comma or a parenthesis, the verb of the gap, the gap in
# per cent, and its basis after "so với".
_GAP: Final = re.compile(
    r"[ \t]*[,(][ \t]*(?:cao hơn|thấp hơn|nhanh hơn|chậm hơn)"
    r"[ \t]+(?:khoảng[ \t]+|gần[ \t]+|hơn[ \t]+|trên[ \t]+)?\d+(?:,\d+)?[ \t]*%"
    r"[ \t]+so[ \t]+(?:với[ \t]+)?(?P<after>[^,;.()\n]{2,60})"
)
_OTHER_TIME: Final = frozenset({"previous", "same_period", "plan", "budget"})


def rate_gap_after(low: str, unit_end: int, clause_end: int) -> bool:
    """True when the percentage ending at `unit_end` is set against a plan's or another
    time's rate by a gap in per cent that follows it."""
    if "hơn" not in low[unit_end : min(clause_end + 1, unit_end + 20)]:
        return False  # the cheap test first: most rises have no gap after them
    gap = _GAP.match(low, unit_end, clause_end + 1)
    return gap is not None and basis_of(gap.group("after")) in _OTHER_TIME
