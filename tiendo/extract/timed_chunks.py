"""A counted noun's words after a comma that a time closes, not a stop of the sentence.

"Đã có 24 hộ thoát nghèo, thoát cận nghèo trong năm 2024": the short stretch after the
comma goes on with what is counted ("hộ thoát nghèo, thoát cận nghèo", as when a full stop
or "và" follows it), and the time after it ends the counted words, as it ends them before
any comma ("1.000 ha rừng trong năm 2023").

>>> text = "24 hộ thoát nghèo, thoát cận nghèo trong năm 2024"
>>> start, end = timed_chunk(text, text.index(","))
>>> text[start:end]
'thoát cận nghèo'
>>> timed_chunk("24 hộ, năm 2024", 5), timed_chunk("24 hộ, 30 người trong năm 2024", 5)
(None, None)
"""

from __future__ import annotations

import re
from typing import Final

# The stretch's own words (no number, no stop), then the time the figure covers.
_TIMED: Final = re.compile(
    r",[ \t]*([^,;:.()\d\n]{1,60}?)"
    r"(?=\s(?:trong|vào)\s+(?:(?:năm|tháng|quý)\s+[\divx]|\d{1,2}\s+tháng))"
)


def timed_chunk(low: str, at: int) -> tuple[int, int] | None:
    """The span of the words after the comma at low[at] that a time closes, else None."""
    if not low.startswith(",", at):
        return None
    window_end = min(len(low), at + 80)
    if low.find(" trong ", at, window_end) < 0 and low.find(" vào ", at, window_end) < 0:
        return None  # the cheap test first: most commas are followed by no time
    found = _TIMED.match(low, at, window_end)
    return (found.start(1), found.end(1)) if found else None
