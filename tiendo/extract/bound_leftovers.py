"""The end of a threshold said with the figure before, left before the next item.

"42 xã đạt từ 15 tiêu chí nông thôn mới trở lên và 18 xã đạt từ 9 tiêu chí trở xuống": the
threshold "từ 15 tiêu chí nông thôn mới trở lên" is the first count's, and the words of it
after its number ("nông thôn mới trở lên") close that count's clause. The next item's
words start after them and after the "và" or comma that joins the items; they are no
name of the second count ("xã đạt từ 9 tiêu chí"), which a name "nông thôn mới trở lên"
would be.

>>> low = "42 xã đạt từ 15 tiêu chí nông thôn mới trở lên và 18 xã"
>>> low[past_threshold(low, low.find(" nông"), low.find("18")) :]
'18 xã'
>>> low = "số người từ 60 tuổi trở lên và trẻ em 1.200 người"
>>> past_threshold(low, 0, 38)
0
"""

from __future__ import annotations

import re
from typing import Final

# The words of a threshold's end with no number of their own, "trở lên" or "trở xuống",
# and the joint to the next item.
_LEFTOVER: Final = re.compile(
    r"[ \t]*(?:[^\W\d_][^\d,;:()]{0,60}?[ \t]+)?trở (?:lên|xuống)[ \t]*(?:,|;|và)[ \t]*"
)


def past_threshold(low: str, start: int, end: int) -> int:
    """Where an item's words start once the end of the threshold before them is passed:
    `start`, unless the words from it open with such an end."""
    if low.find("trở ", start, end) < 0:
        return start  # the cheap test: no threshold's end at all
    found = _LEFTOVER.match(low, start, end)
    return found.end() if found is not None else start
