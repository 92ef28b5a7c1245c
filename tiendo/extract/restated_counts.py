"""A count restating the rise or fall of the same count is a difference, not a figure.

"Có 250 doanh nghiệp quay trở lại hoạt động, giảm 39,17% so với cùng kỳ (tương ứng giảm
161 doanh nghiệp)": the 161 is how many fewer there are than a year before, the 39,17% said
in firms, so it is no figure, though "tương ứng giảm" before a count usually names what an
actor cut ("Phấn đấu giảm tỷ lệ hộ nghèo 3% (tương ứng giảm trên 4.990 hộ)": a rate, then
the households it stands for, a count of its own). It reads so only when the clause stated
a level in the same unit and then a percentage, and the restating words follow it.

>>> low = "có 250 doanh nghiệp hoạt động, giảm 39,17% so với cùng kỳ (tương ứng giảm 161"
>>> restates_own_change(low, 0, low.index("161"), "doanh nghiệp", [(4, "doanh nghiệp")])
True
>>> low = "giảm tỷ lệ hộ nghèo 3% (tương ứng giảm trên 4.990"
>>> restates_own_change(low, 0, low.index("4.990"), "hộ", [])
False
"""

from __future__ import annotations

import re
from typing import Final

# A percentage, its basis if any, then the restating words and the verb said again, ending
# right before the count: anchored at the end of a short window.
_RESTATES: Final = re.compile(
    r"[\d,]+\s*%(?:\s+so(?:\s+với)?\s+[^,;:()%\d]{1,30}(?:\d{4})?)?\s*[,(]\s*"
    r"(?:tương ứng|tương đương)\s+(?:với\s+)?(?:tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn|trên))?"
    r"\s*$"
)
_REACH: Final = 70


def restates_own_change(
    low: str, floor: int, first: int, unit: str, levels: list[tuple[int, str]]
) -> bool:
    """True when the count at `first` (in `unit`) restates the change of a level before it
    in the clause: `levels` are (position, unit) of the quantities read before it."""
    if "tương" not in low[max(floor, first - 40) : first]:
        return False  # the cheap test first
    window_start = max(floor, first - _REACH)
    found = _RESTATES.search(low, window_start, first)
    if found is None:
        return False
    return any(floor <= start < found.start() and _same_noun(own, unit) for start, own in levels)


def _same_noun(one: str, other: str) -> bool:
    """ "hộ nghèo" and "hộ": a counted noun and its head are one count."""
    return one == other or one.startswith(other + " ") or other.startswith(one + " ")
