"""A budget's two columns written side by side: "thu nội địa dự toán 5.000 tỷ đồng, thực
hiện 5.600 tỷ đồng". The amount after "thực hiện" is the result set beside the estimate's,
so "thực hiện" there is a cue of a result; elsewhere, after an aim ("phấn đấu thu ngân
sách 500 tỷ đồng, thực hiện 120 km đường"), it is the aim's verb and no cue.

>>> beside_planned_column("thu nội địa dự toán 5.000 tỷ đồng, thực hiện 5.600", 35)
True
>>> beside_planned_column("phấn đấu thu ngân sách 500 tỷ đồng, thực hiện 120 km", 35)
False
"""

from __future__ import annotations

import re
from typing import Final

# The estimate's or the plan's column, its amount and unit, and the comma, just before.
_PLANNED_COLUMN: Final = re.compile(
    r"\b(?:dự toán|kế hoạch) (?:(?:trên|hơn|khoảng|gần) )?\d[\d.,]*(?: [^\W\d_]+){1,3}, $"
)
_REACH: Final = 60  # a column's words and amount: "dự toán trên 401.000 tỉ đồng, "


def beside_planned_column(text: str, position: int) -> bool:
    """True when the words before `position` in `text` (where "thực hiện" opens) close the
    estimate's or the plan's column of the same item."""
    if text.find(", ", position - 2, position) < 0:
        return False
    return _PLANNED_COLUMN.search(text, max(0, position - _REACH), position) is not None
