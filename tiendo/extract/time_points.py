"""A point of time that the figure is at, named "thời điểm": "Tại thời điểm tháng 6/2021,
tỷ lệ thất nghiệp là 0,76%" states the rate of June 2021.

"thời điểm" is read as a comparison's basis before a period ("so với thời điểm cuối năm
2020"), but after "tại", "vào" or "ở", or opening its clause, it is the time the figure itself
is measured at.

>>> own_time_point("tại thời điểm "), own_time_point(" tăng 5% so với thời điểm ")
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

# The cue and at most three words between it and the period, as the basis pattern reads.
_OWN_POINT: Final = re.compile(
    r"(?:^\s*|(?<![^\s(])(?:tại|vào|ở)\s+)thời điểm(?:\s+(?:[^\s,;:()]|,(?=\d))+){0,3}\s*$"
)


def own_time_point(before: str) -> bool:
    """True when `before` (the clause's words before a period, lower-case) ends on
    "tại/vào/ở thời điểm" or opens its clause with "thời điểm": the figure's own time."""
    return "thời điểm" in before and _OWN_POINT.search(before) is not None
