"""A rate brought from one level to another: "huyện đã kéo tỷ lệ hộ nghèo từ 6,26% xuống
còn 2,36%".

Both levels are of the rate; the actor that brought it and its verb ("kéo", "kéo giảm",
"hạ") name nothing measured, nor do the words of the move after the number ("xuống còn").

>>> moved_rate("các chương trình đã kéo tỷ lệ hộ nghèo xuống còn")
'tỷ lệ hộ nghèo'
>>> moved_rate("tỷ lệ hộ nghèo")
''
"""

from __future__ import annotations

import re
from typing import Final

_BROUGHT_RATE: Final = re.compile(
    r"^(?:.*\s)?(?:kéo giảm|kéo|hạ|đưa|giảm|nâng)\s+((?:tỷ|tỉ) (?:lệ|trọng)\s.+)$", re.I
)
# "từ 50 ha trở lên" bounds a size; it moves nothing.
_MOVE_END: Final = re.compile(
    r"\s+(?<!trở )(?:xuống|lên)(?:\s+(?:còn|mức|tới|đến))?$|\s+còn$", re.I
)


def moved_rate(named: str) -> str:
    """The rate alone, for a name that holds the verb that moved it or the move, or ''."""
    if (
        " xuống" not in named
        and " lên" not in named
        and " còn" not in named
        and ("kéo" not in named and "hạ " not in named and "đưa " not in named)
    ):
        return ""  # the cheap test first
    brought = _BROUGHT_RATE.match(named)
    rate = brought.group(1) if brought else named
    rate = _MOVE_END.sub("", rate)
    return rate if rate != named else ""
