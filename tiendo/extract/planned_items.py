"""An item of a plan's list said to be foreseen: "Các chỉ tiêu chủ yếu năm 2025: …; tổng
vốn đầu tư toàn xã hội dự kiến đạt 5.000 tỷ đồng; …".

Under a label that names a plan or targets (planned_labels.py), "dự kiến" (foreseen,
planned) says how the plan puts the level, not that a result is forecast: the item is one
of the plan's levels, a target like the others. "ước" (estimated) keeps its own reading,
and so does an item in parentheses, a remark on the list.

>>> planned_forecast(" tổng vốn đầu tư toàn xã hội dự kiến đạt ")
True
>>> planned_forecast(" thu ngân sách ước đạt ")
False
"""

from __future__ import annotations

import re
from typing import Final

_FORESEEN: Final = re.compile(r"\bdự kiến\b")
_ESTIMATED: Final = re.compile(r"\b(?:ước|ước tính|ước đạt|ước thực hiện)\b")


def planned_forecast(own: str) -> bool:
    """True when a list item's own words (lower case, up to its number) put its level as
    foreseen ("dự kiến") and not as estimated ("ước")."""
    return _FORESEEN.search(own) is not None and _ESTIMATED.search(own) is None
