"""Where a figure's own number ends, for the time said right after it: "20,8 tỷ đồng trong
9 tháng" dates the amount, and "ngành công nghiệp tăng 14,8% trong quý II" dates the rise
of a figure that has no level, only its percentage.

>>> from tiendo.extract.clauses import Draft
>>> from tiendo.extract.figure import Comparison
>>> low = "ngành công nghiệp tăng 14,8% trong quý ii"
>>> rise = Comparison("same_period", "change", 14.8, "")
>>> draft = Draft(anchor=18, item_start=0, clause_start=0, clause_end=len(low),
...     extent_end=28, comparisons=[rise], number_start=23)
>>> low[own_number_end(low, draft):]
' trong quý ii'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # clauses.py is imported by the modules that call this one
    from tiendo.extract.clauses import Draft

# The percentage a comparison-only figure was read from: the number and its sign.
_PERCENT: Final = re.compile(r"\d[\d.,]*\s*%")


def own_number_end(low: str, draft: Draft) -> int | None:
    """The end of the number a figure states: its level's, or, for a rise alone, its first
    percentage's; None when neither is found where the figure says."""
    if draft.quantity is not None:
        return draft.quantity.end
    if not draft.comparisons:
        return None
    match = _PERCENT.match(low, draft.number_start)
    return match.end() if match else None
